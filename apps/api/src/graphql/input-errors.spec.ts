import { describeInputError } from './input-errors';

describe('describeInputError (GraphQL coercion errors in the caller language)', () => {
  it('names the field of an unknown enum value', () => {
    const described = describeInputError(
      'Variable "$input" got invalid value "BOSS" at "input.role"; Value "BOSS" does not exist in "ProgramRole" enum. Did you mean the enum value "OWNER"?',
    );
    expect(described).toEqual({
      fields: [
        {
          field: 'input.role',
          message: {
            ja: '"BOSS" は ProgramRole の選択肢にありません',
            en: '"BOSS" is not one of the ProgramRole values',
          },
        },
      ],
      text: {
        ja: '入力が正しくありません（input.role: "BOSS" は ProgramRole の選択肢にありません）',
        en: 'Invalid input: input.role "BOSS" is not one of the ProgramRole values',
      },
    });
  });

  it('names a missing required field and an unknown one', () => {
    expect(
      describeInputError(
        'Variable "$input" got invalid value { email: "a@b.jp" }; Field "password" of required type "String!" was not provided.',
      )?.fields,
    ).toEqual([{ field: 'input.password', message: { ja: '必須です', en: 'is required' } }]);
    expect(
      describeInputError('Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "LoginInput".')
        ?.fields,
    ).toEqual([{ field: 'input.x', message: { ja: '指定できない項目です', en: 'is not an accepted field' } }]);
  });

  it('names a value of the wrong scalar type', () => {
    expect(
      describeInputError(
        'Variable "$input" got invalid value "abc" at "input.fiscalYear"; Int cannot represent non-integer value: "abc"',
      )?.fields,
    ).toEqual([{ field: 'input.fiscalYear', message: { ja: 'Int の形式ではありません', en: 'must be a valid Int' } }]);
  });

  it('leaves other messages alone', () => {
    expect(describeInputError('Syntax Error: Unexpected Name "mutatio".')).toBeNull();
  });
});
