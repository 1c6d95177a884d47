import { IllegalTransitionError, Locale } from '@banso/core';
import { NEXT_VISIT_STATUS, VisitStatus } from '../ojt.enums';
import { VISIT_NOUN } from '../ojt.errors';

/** Null when the visit may move from `current` to `target`, else the error naming the allowed next steps. */
export function checkVisitTransition(
  locale: Locale,
  current: VisitStatus,
  target: VisitStatus,
): IllegalTransitionError | null {
  const allowed = NEXT_VISIT_STATUS[current];
  return allowed.includes(target) ? null : new IllegalTransitionError(locale, VISIT_NOUN, current, target, allowed);
}
