import { IllegalTransitionError } from '../graphql/error-result';
import { Locale } from '../i18n/locale';
import { Lifecycle } from './lifecycle';

enum Status {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

const lifecycle = new Lifecycle<Status>(
  { ja: 'プログラム', en: 'program' },
  { [Status.DRAFT]: [Status.ACTIVE], [Status.ACTIVE]: [Status.CLOSED], [Status.CLOSED]: [] },
);

describe('Lifecycle', () => {
  it('allows the listed next statuses and nothing else', () => {
    expect(lifecycle.canMove(Status.DRAFT, Status.ACTIVE)).toBe(true);
    expect(lifecycle.canMove(Status.DRAFT, Status.CLOSED)).toBe(false);
    expect(lifecycle.canMove(Status.CLOSED, Status.DRAFT)).toBe(false);
    expect(lifecycle.check(Locale.EN, Status.ACTIVE, Status.CLOSED)).toBeNull();
  });

  it('names the current state and the allowed next ones in the caller language', () => {
    const error = lifecycle.check(Locale.EN, Status.DRAFT, Status.CLOSED);
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', currentState: 'DRAFT', allowedNext: ['ACTIVE'] });
    expect(error?.message).toBe('The program is DRAFT and cannot become CLOSED (allowed next: ACTIVE)');
    const ja = lifecycle.illegal(Locale.JA, Status.CLOSED, Status.ACTIVE);
    expect(ja.message).toBe('プログラムは現在 CLOSED のため ACTIVE にできません（可能な次の状態: —）');
    expect(ja.allowedNext).toEqual([]);
  });

  it('hands out copies, so callers cannot change the lifecycle', () => {
    lifecycle.allowedAfter(Status.DRAFT).push(Status.CLOSED);
    expect(lifecycle.allowedAfter(Status.DRAFT)).toEqual([Status.ACTIVE]);
  });
});
