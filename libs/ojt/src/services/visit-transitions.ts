import { Lifecycle } from '@banso/core';
import { NEXT_VISIT_STATUS, VisitStatus } from '../ojt.enums';
import { VISIT_NOUN } from '../ojt.errors';

/** PLANNED → PRE_BRIEFED → VISITED → POST_BRIEFED → FEEDBACK_GIVEN, or CANCELLED before the visit. */
export const VISIT_LIFECYCLE = new Lifecycle<VisitStatus>(VISIT_NOUN, NEXT_VISIT_STATUS);
