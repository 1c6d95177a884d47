import { Field, InterfaceType, ObjectType } from '@nestjs/graphql';
import { Locale, localize, LocalizedText } from '../i18n/locale';

/**
 * An expected business failure returned as a member of a `<Verb><Noun>Result` union. Services return these before
 * their first write; the transaction helper rolls back when one is returned, so nothing is ever half-written.
 */
@InterfaceType('ErrorResult', {
  description: 'An expected failure of a mutation: a stable code and a message in the caller language',
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name.replace(/Result$/, ''),
})
export abstract class ErrorResult {
  @Field({ description: 'Stable machine-readable reason, e.g. INVALID_CREDENTIALS' })
  code: string;

  @Field({ description: 'Explanation for the person using the app, in their language (ja/en)' })
  message: string;

  protected constructor(code: string, locale: Locale, text: LocalizedText) {
    this.code = code;
    this.message = localize(text, locale);
  }
}

export function isErrorResult(value: unknown): value is ErrorResult {
  return value instanceof ErrorResult;
}

/** A generic "this state does not allow that" result, used by lifecycle transitions in every domain. */
@ObjectType({ implements: () => [ErrorResult], description: 'The record is not in a state that allows this step' })
export class IllegalTransitionError extends ErrorResult {
  @Field({ description: 'State the record is in now' })
  currentState: string;

  @Field(() => [String], { description: 'Steps allowed from the current state' })
  allowedNext: string[];

  constructor(locale: Locale, entity: LocalizedText, currentState: string, attempted: string, allowedNext: string[]) {
    const next = allowedNext.length ? allowedNext.join(', ') : '—';
    super('ILLEGAL_TRANSITION', locale, {
      ja: `${entity.ja}は現在 ${currentState} のため ${attempted} にできません（可能な次の状態: ${next}）`,
      en: `The ${entity.en} is ${currentState} and cannot become ${attempted} (allowed next: ${next})`,
    });
    this.currentState = currentState;
    this.allowedNext = allowedNext;
  }
}
