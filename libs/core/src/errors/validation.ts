import { ValidationError } from 'class-validator';
import { DomainException, FieldProblem } from './domain.exception';
import { ErrorCode } from './error-code';
import { LocalizedText } from '../i18n/locale';

type Constraint = (args: string[]) => LocalizedText;

/** Japanese and English wording for the class-validator constraints used on inputs. */
const CONSTRAINT_TEXT: Record<string, Constraint> = {
  isEmail: () => ({ ja: 'メールアドレスの形式ではありません', en: 'must be a valid email address' }),
  isNotEmpty: () => ({ ja: '必須です', en: 'must not be empty' }),
  isDefined: () => ({ ja: '必須です', en: 'is required' }),
  minLength: ([min]) => ({ ja: `${min}文字以上で入力してください`, en: `must be at least ${min} characters` }),
  maxLength: ([max]) => ({ ja: `${max}文字以内で入力してください`, en: `must be at most ${max} characters` }),
  isUuid: () => ({ ja: 'IDの形式が正しくありません', en: 'must be a valid id' }),
  isEnum: () => ({ ja: '選択肢にない値です', en: 'is not one of the allowed values' }),
  isInt: () => ({ ja: '整数で入力してください', en: 'must be an integer' }),
  min: ([min]) => ({ ja: `${min}以上で入力してください`, en: `must be at least ${min}` }),
  max: ([max]) => ({ ja: `${max}以下で入力してください`, en: `must be at most ${max}` }),
  isDateString: () => ({ ja: '日付の形式（YYYY-MM-DD）ではありません', en: 'must be a date (YYYY-MM-DD)' }),
  isIso8601: () => ({ ja: '日付の形式（YYYY-MM-DD）ではありません', en: 'must be a date (YYYY-MM-DD)' }),
  isDate: () => ({ ja: '日時の形式ではありません', en: 'must be a date-time' }),
  arrayMaxSize: ([max]) => ({ ja: `${max}件以内にしてください`, en: `must contain at most ${max} items` }),
  arrayMinSize: ([min]) => ({ ja: `${min}件以上必要です`, en: `must contain at least ${min} items` }),
  arrayUnique: () => ({ ja: '重複があります', en: 'must not contain duplicates' }),
  matches: () => ({ ja: '形式が正しくありません', en: 'has an invalid format' }),
  isString: () => ({ ja: '文字列で入力してください', en: 'must be a string' }),
  isBase64: () => ({ ja: 'Base64形式ではありません', en: 'must be base64-encoded' }),
  isBoolean: () => ({ ja: '真偽値で入力してください', en: 'must be true or false' }),
  isLocale: () => ({ ja: 'ja または en を指定してください', en: 'must be ja or en' }),
  whitelistValidation: () => ({ ja: '指定できない項目です', en: 'is not an accepted field' }),
  dateRange: () => ({ ja: '終了日は開始日以降にしてください', en: 'must not be before the start date' }),
};

function constraintText(name: string, raw: string): LocalizedText {
  const builder = CONSTRAINT_TEXT[name];
  if (builder) {
    const numbers = raw.match(/-?\d+(\.\d+)?/g) ?? [];
    return builder(numbers);
  }
  return { ja: '値が正しくありません', en: raw };
}

function collect(errors: ValidationError[], parent: string, out: FieldProblem[]): void {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [name, raw] of Object.entries(error.constraints ?? {})) {
      out.push({ field, message: constraintText(name, raw) });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
}

/** Turns class-validator output into one BAD_USER_INPUT error naming every offending field. */
export function validationException(errors: ValidationError[]): DomainException {
  const fields: FieldProblem[] = [];
  // Mutation inputs are named `input.x`; plain query arguments (an @ArgsType class such as ConnectionArgs) by name.
  const target: unknown = errors[0]?.target;
  const isQueryArguments = typeof target === 'object' && target !== null && /Args$/.test(target.constructor.name);
  collect(errors, isQueryArguments ? '' : 'input', fields);
  const ja = fields.map((f) => `${f.field}: ${f.message.ja}`).join('、');
  const en = fields.map((f) => `${f.field} ${f.message.en}`).join('; ');
  return new DomainException(
    ErrorCode.BAD_USER_INPUT,
    { ja: `入力が正しくありません（${ja}）`, en: `Invalid input: ${en}` },
    fields,
  );
}
