import { DomainException } from '../errors/domain.exception';
import { TextInputPipe } from './text-input.pipe';

describe('TextInputPipe', () => {
  const pipe = new TextInputPipe();
  const refusal = (value: unknown, data?: string): DomainException => {
    try {
      pipe.transform(value, { type: 'body', data });
    } catch (error) {
      return error as DomainException;
    }
    throw new Error('expected a refusal');
  };

  it('refuses NUL and other C0 controls, naming the field in nested inputs and lists', () => {
    const error = refusal(
      { name: 'ok', briefs: [{ note: 'fine' }, { note: 'bad\u0000' }], tags: ['a', '\u001b[31m'] },
      'input',
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.map((f) => f.field)).toEqual(['input.briefs.1.note', 'input.tags.1']);
    expect(error.fields[0].message).toEqual({
      ja: '制御文字（タブ・改行以外）は使えません',
      en: 'must not contain control characters other than tab and line breaks',
    });
    expect(error.text.ja).toBe(
      '入力が正しくありません（input.briefs.1.note: 制御文字（タブ・改行以外）は使えません、input.tags.1: 制御文字（タブ・改行以外）は使えません）',
    );
  });

  it('refuses unpaired surrogates (high or low) and accepts real pairs', () => {
    expect(refusal({ a: 'x\uD800y' }, 'input').fields[0]).toMatchObject({ field: 'input.a' });
    expect(refusal('\uDC00', 'id').fields[0].message.en).toBe(
      'contains a broken character (an unpaired UTF-16 surrogate)',
    );
    expect(pipe.transform({ a: '𠮷野家 😀' }, { type: 'body', data: 'input' })).toEqual({ a: '𠮷野家 😀' });
  });

  it('keeps tab, newline and carriage return and normalises text to NFC', () => {
    const decomposed = 'か\u3099き\tA\r\nカ\u3099';
    expect(pipe.transform({ note: decomposed }, { type: 'body', data: 'input' })).toEqual({ note: 'がき\tA\r\nガ' });
  });

  it('names plain arguments without a prefix and leaves non-text values alone', () => {
    const date = new Date('2025-04-01T00:00:00Z');
    expect(pipe.transform({ first: 10, at: date, flag: true }, { type: 'body' })).toEqual({
      first: 10,
      at: date,
      flag: true,
    });
    expect(refusal({ after: '\u0007' }).fields[0].field).toBe('after');
  });
});
