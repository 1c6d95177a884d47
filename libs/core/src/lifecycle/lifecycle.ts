import { IllegalTransitionError } from '../graphql/error-result';
import { Locale, LocalizedText } from '../i18n/locale';

/**
 * A record's status lifecycle: which status may follow which. Illegal steps come back as IllegalTransitionError
 * naming the allowed next statuses, never silently applied (DESIGN.md).
 */
export class Lifecycle<S extends string> {
  constructor(
    /** What the record is called in messages, e.g. { ja: '訪問', en: 'visit' }. */
    private readonly noun: LocalizedText,
    private readonly next: Readonly<Record<S, readonly S[]>>,
  ) {}

  /** The statuses that may follow `current`. */
  allowedAfter(current: S): S[] {
    return [...this.next[current]];
  }

  canMove(current: S, target: S): boolean {
    return this.next[current].includes(target);
  }

  /** Null when the record may move from `current` to `target`, else the error naming the allowed next statuses. */
  check(locale: Locale, current: S, target: S): IllegalTransitionError | null {
    return this.canMove(current, target) ? null : this.illegal(locale, current, target);
  }

  /** The error for a step the lifecycle does not allow from `current`. */
  illegal(locale: Locale, current: S, target: S): IllegalTransitionError {
    return new IllegalTransitionError(locale, this.noun, current, target, this.allowedAfter(current));
  }
}
