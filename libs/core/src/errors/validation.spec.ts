import { ValidationError } from 'class-validator';
import { validationException } from './validation';
import { ErrorCode } from './error-code';

function error(property: string, constraints: Record<string, string>, children: ValidationError[] = []) {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('validationException', () => {
  it('names every offending field under input, in Japanese and English', () => {
    const exception = validationException([
      error('email', { isEmail: 'email must be an email' }),
      error('password', { minLength: 'password must be longer than or equal to 12 characters' }),
    ]);
    expect(exception.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(exception.fields).toEqual([
      {
        field: 'input.email',
        message: { ja: 'メールアドレスの形式ではありません', en: 'must be a valid email address' },
      },
      {
        field: 'input.password',
        message: { ja: '12文字以上で入力してください', en: 'must be at least 12 characters' },
      },
    ]);
    expect(exception.text).toEqual({
      ja: '入力が正しくありません（input.email: メールアドレスの形式ではありません、input.password: 12文字以上で入力してください）',
      en: 'Invalid input: input.email must be a valid email address; input.password must be at least 12 characters',
    });
    expect(exception.message).toBe(exception.text.en);
  });

  it('takes the numbers of a constraint from its message (max, min, sizes)', () => {
    const exception = validationException([
      error('name', { maxLength: 'name must be shorter than or equal to 200 characters' }),
      error('fiscalYear', { min: 'fiscalYear must not be less than 2000' }),
      error('tags', { arrayMaxSize: 'tags must contain no more than 20 elements' }),
    ]);
    expect(exception.fields.map((f) => f.message)).toEqual([
      { ja: '200文字以内で入力してください', en: 'must be at most 200 characters' },
      { ja: '2000以上で入力してください', en: 'must be at least 2000' },
      { ja: '20件以内にしてください', en: 'must contain at most 20 items' },
    ]);
  });

  it('walks nested inputs with dotted paths and reports every constraint of a field', () => {
    const exception = validationException([
      error('address', {}, [error('prefecture', { isNotEmpty: 'x', maxLength: 'must be ≤ 20' })]),
    ]);
    expect(exception.fields.map((f) => [f.field, f.message.en])).toEqual([
      ['input.address.prefecture', 'must not be empty'],
      ['input.address.prefecture', 'must be at most 20 characters'],
    ]);
  });

  it('keeps the raw English text of an unknown constraint and a generic Japanese one', () => {
    const exception = validationException([error('code', { isPostalCode: 'code must be a postal code' })]);
    expect(exception.fields).toEqual([
      { field: 'input.code', message: { ja: '値が正しくありません', en: 'code must be a postal code' } },
    ]);
  });

  it('tells about fields that are not accepted', () => {
    const exception = validationException([error('role', { whitelistValidation: 'property role should not exist' })]);
    expect(exception.fields[0].message).toEqual({ ja: '指定できない項目です', en: 'is not an accepted field' });
  });

  it('names plain query arguments without the input prefix', () => {
    class ProgramsArgs {
      first = 500;
    }
    const exception = validationException([
      Object.assign(error('first', { max: 'first must not be greater than 100' }), { target: new ProgramsArgs() }),
    ]);
    expect(exception.fields).toEqual([
      { field: 'first', message: { ja: '100以下で入力してください', en: 'must be at most 100' } },
    ]);
  });
});
