import { LocalizedText } from '@banso/core';

/**
 * graphql-js and the limit rules word document problems (unknown field, missing argument, syntax) in English for
 * developers. Each response speaks one language, so the Japanese version is a full translation of the known
 * messages, and a plain sentence without the English text for the rest.
 */
type Translate = (match: RegExpMatchArray) => string;

const quoted = (list: string | undefined): string =>
  list ? `（候補: ${[...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('、')}）` : '';

const TRANSLATIONS: [RegExp, Translate][] = [
  [
    /^Cannot query field "(\w+)" on type "(\w+)"\.(?: Did you mean (.+)\?)?$/,
    ([, field, type, hint]) => `型 ${type} にフィールド ${field} はありません${quoted(hint)}`,
  ],
  [
    /^Unknown argument "(\w+)" on field "([\w.]+)"\.(?: Did you mean (.+)\?)?$/,
    ([, argument, field, hint]) => `${field} に引数 ${argument} はありません${quoted(hint)}`,
  ],
  [
    /^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/,
    ([, field, argument, type]) => `${field} の引数 ${argument}（${type}）は必須です`,
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    ([, field, type]) => `フィールド ${field}（${type}）には取得する項目を指定してください`,
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    ([, field, type]) => `フィールド ${field}（${type}）には項目を指定できません`,
  ],
  [
    /^Field "([\w.]+)" of required type "([^"]+)" was not provided\.$/,
    ([, field, type]) => `項目 ${field}（${type}）は必須です`,
  ],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, ([, field, type]) => `型 ${type} に項目 ${field} はありません`],
  [/^Expected value of type "([^"]+)", found (.+)\.$/, ([, type]) => `値が型 ${type} として正しくありません`],
  [
    /^Value "([^"]*)" does not exist in "(\w+)" enum\./,
    ([, value, type]) => `"${value}" は ${type} の選択肢にありません`,
  ],
  [/^Enum "(\w+)" cannot represent non-enum value: (.+)\./, ([, type]) => `${type} の選択肢にない値です`],
  [/^(Int|Float|String|Boolean|ID|DateTime) cannot represent/, ([, type]) => `${type} の形式ではありません`],
  [
    /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/,
    ([, name, type]) => `変数 $${name}（${type}）は必須です`,
  ],
  [/^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/, ([, name]) => `変数 $${name} は必須です`],
  [/^Variable "\$(\w+)" is not defined/, ([, name]) => `変数 $${name} が定義されていません`],
  [/^Variable "\$(\w+)" is never used/, ([, name]) => `変数 $${name} が使われていません`],
  [/^Variable "\$(\w+)" got invalid value/, ([, name]) => `変数 $${name} の値が正しくありません`],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    ([, name, type, expected]) => `変数 $${name} の型 ${type} は ${expected} が必要な場所に使えません`,
  ],
  [/^Unknown type "(\w+)"\./, ([, type]) => `型 ${type} は存在しません`],
  [/^Unknown fragment "(\w+)"\.$/, ([, name]) => `フラグメント ${name} は定義されていません`],
  [/^Fragment "(\w+)" is never used\.$/, ([, name]) => `フラグメント ${name} が使われていません`],
  [/^Unknown directive "@?(\w+)"\.$/, ([, name]) => `ディレクティブ @${name} は存在しません`],
  [/^Unknown operation named "([^"]*)"\.$/, ([, name]) => `操作 ${name} は文書にありません`],
  [/^Must provide query string\.$/, () => 'クエリがありません'],
  [/^Too many errors processing variables/, () => '変数の誤りが多すぎるため処理を中止しました'],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => '複数の操作を含む文書では operationName を指定してください',
  ],
  [/^Syntax Error: /, () => 'GraphQL の構文が正しくありません'],
  [
    /^Query depth (\d+) exceeds the limit of (\d+)$/,
    ([, depth, max]) => `クエリの深さ ${depth} が上限 ${max} を超えています`,
  ],
  [/^The operation uses more than (\d+) aliases$/, ([, max]) => `別名（alias）は ${max} 個までです`],
  [
    /^Query cost (\d+) exceeds the limit of (\d+)$/,
    ([, cost, max]) => `クエリのコスト ${cost} が上限 ${max} を超えています`,
  ],
];

/** The message of a refused GraphQL document in both languages, each in one language only. */
export function describeDocumentError(message: string, location?: { line: number; column: number }): LocalizedText {
  const at = location ? `（${location.line}行目 ${location.column}文字目）` : '';
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return { ja: `リクエストが正しくありません: ${translate(match)}${at}`, en: message };
  }
  return { ja: `GraphQL のリクエストが正しくありません${at}`, en: message };
}
