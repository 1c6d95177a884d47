import { IllegalTransitionError, Locale } from '@banso/core';
import { VisitStatus } from '../ojt.enums';
import { VISIT_LIFECYCLE } from './visit-transitions';

describe('visit lifecycle', () => {
  it('allows exactly PLANNED → PRE_BRIEFED → VISITED → POST_BRIEFED → FEEDBACK_GIVEN, cancelling before VISITED', () => {
    const allowed: [VisitStatus, VisitStatus][] = [
      [VisitStatus.PLANNED, VisitStatus.PRE_BRIEFED],
      [VisitStatus.PRE_BRIEFED, VisitStatus.VISITED],
      [VisitStatus.VISITED, VisitStatus.POST_BRIEFED],
      [VisitStatus.POST_BRIEFED, VisitStatus.FEEDBACK_GIVEN],
      [VisitStatus.PLANNED, VisitStatus.CANCELLED],
      [VisitStatus.PRE_BRIEFED, VisitStatus.CANCELLED],
    ];
    for (const from of Object.values(VisitStatus)) {
      for (const to of Object.values(VisitStatus)) {
        const ok = allowed.some(([a, b]) => a === from && b === to);
        expect({ from, to, ok: VISIT_LIFECYCLE.check(Locale.EN, from, to) === null }).toEqual({ from, to, ok });
      }
    }
  });

  it('names the current state and the allowed next steps in both languages', () => {
    const en = VISIT_LIFECYCLE.check(Locale.EN, VisitStatus.VISITED, VisitStatus.CANCELLED);
    expect(en).toBeInstanceOf(IllegalTransitionError);
    expect(en).toMatchObject({
      currentState: 'VISITED',
      allowedNext: ['POST_BRIEFED'],
      message: 'The visit is VISITED and cannot become CANCELLED (allowed next: POST_BRIEFED)',
    });
    expect(VISIT_LIFECYCLE.check(Locale.JA, VisitStatus.CANCELLED, VisitStatus.PRE_BRIEFED)?.message).toBe(
      '同行訪問は現在 CANCELLED のため PRE_BRIEFED にできません（可能な次の状態: —）',
    );
  });
});
