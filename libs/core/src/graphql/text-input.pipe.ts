import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { DomainException, FieldProblem } from '../errors/domain.exception';
import { ErrorCode } from '../errors/error-code';
import { LocalizedText } from '../i18n/locale';

/** C0 control characters except tab (U+0009), line feed (U+000A) and carriage return (U+000D). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const CONTROL_TEXT: LocalizedText = {
  ja: '制御文字（タブ・改行以外）は使えません',
  en: 'must not contain control characters other than tab and line breaks',
};
const SURROGATE_TEXT: LocalizedText = {
  ja: '文字コードが壊れた文字（対になっていないサロゲート）が含まれています',
  en: 'contains a broken character (an unpaired UTF-16 surrogate)',
};

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Checks and NFC-normalises every string in `value` (nested objects and lists too), collecting the problems. */
export function cleanText(value: unknown, path: string, problems: FieldProblem[]): unknown {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) problems.push({ field: path, message: CONTROL_TEXT });
    else if (LONE_SURROGATE.test(value)) problems.push({ field: path, message: SURROGATE_TEXT });
    else return value.normalize('NFC');
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => cleanText(item, `${path}.${index}`, problems));
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      value[key] = cleanText(value[key], path ? `${path}.${key}` : key, problems);
    }
  }
  return value;
}

/**
 * The one place text enters: every String argument of every operation (nested input fields and lists included)
 * is refused with BAD_USER_INPUT naming the field when it holds a control character other than tab, newline or
 * carriage return, or an unpaired surrogate (PostgreSQL refuses U+0000, and a lone surrogate would be silently
 * replaced); everything else is normalised to NFC, so equal-looking Japanese text is stored equally.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems: FieldProblem[] = [];
    const cleaned = cleanText(value, metadata.data ?? '', problems);
    if (!problems.length) return cleaned;
    const ja = problems.map((p) => `${p.field}: ${p.message.ja}`).join('、');
    const en = problems.map((p) => `${p.field} ${p.message.en}`).join('; ');
    throw new DomainException(
      ErrorCode.BAD_USER_INPUT,
      { ja: `入力が正しくありません（${ja}）`, en: `Invalid input: ${en}` },
      problems,
    );
  }
}
