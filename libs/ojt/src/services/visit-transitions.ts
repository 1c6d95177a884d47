import { IllegalTransitionError, Locale } from '@banso/core';
import { NEXT_VISIT_STATUS, VisitStatus } from '../ojt.enums';
import { VISIT_NOUN } from '../ojt.errors';

/** Null when the visit may move from `current` to `target`, else the error naming the allowed next steps. */
export function checkVisitTransition(
  locale: Locale,
  current: VisitStatus,
  target: VisitStatus,
): IllegalTransitionError | null {
  return NEXT_VISIT_STATUS[current].includes(target) ? null : illegalVisitTransition(locale, current, target);
}

/** The error for a step the lifecycle does not allow from `current`, naming the allowed next steps. */
export function illegalVisitTransition(
  locale: Locale,
  current: VisitStatus,
  target: VisitStatus,
): IllegalTransitionError {
  return new IllegalTransitionError(locale, VISIT_NOUN, current, target, NEXT_VISIT_STATUS[current]);
}
