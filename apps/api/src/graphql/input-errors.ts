import { FieldProblem, LocalizedText } from '@banso/core';

/**
 * GraphQL rejects some bad input before our validation runs (unknown enum value, missing required field, wrong
 * scalar type). graphql-js words those in English for developers; this turns the common ones into a field name and
 * a reason in Japanese and English, like every other BAD_USER_INPUT.
 */
export interface DescribedInputError {
  text: LocalizedText;
  fields: FieldProblem[];
}

const VARIABLE = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;

type Reason = (match: RegExpMatchArray, at: string) => FieldProblem;

const REASONS: [RegExp, Reason][] = [
  [
    /^Value "([^"]*)" does not exist in "(\w+)" enum\./,
    ([, value, enumName], at) => ({
      field: at,
      message: {
        ja: `"${value}" は ${enumName} の選択肢にありません`,
        en: `"${value}" is not one of the ${enumName} values`,
      },
    }),
  ],
  [
    /^Field "(\w+)" of required type "([^"]+)" was not provided\./,
    ([, name], at) => ({ field: `${at}.${name}`, message: { ja: '必須です', en: 'is required' } }),
  ],
  [
    /^Field "(\w+)" is not defined by type "(\w+)"\./,
    ([, name], at) => ({
      field: `${at}.${name}`,
      message: { ja: '指定できない項目です', en: 'is not an accepted field' },
    }),
  ],
  [
    /^(Int|Float|String|Boolean|ID|DateTime) cannot represent/,
    ([, type], at) => ({
      field: at,
      message: { ja: `${type} の形式ではありません`, en: `must be a valid ${type}` },
    }),
  ],
  [
    /^Expected non-nullable type "([^"]+)" not to be null\./,
    (_match, at) => ({ field: at, message: { ja: '必須です', en: 'is required' } }),
  ],
];

export function describeInputError(message: string): DescribedInputError | null {
  const variable = VARIABLE.exec(message);
  if (!variable) return null;
  const [, name, path, reason] = variable;
  const at = path ?? name;
  for (const [pattern, build] of REASONS) {
    const match = reason.match(pattern);
    if (match) {
      const problem = build(match, at);
      return {
        fields: [problem],
        text: {
          ja: `入力が正しくありません（${problem.field}: ${problem.message.ja}）`,
          en: `Invalid input: ${problem.field} ${problem.message.en}`,
        },
      };
    }
  }
  return null;
}
