/** Colours of the visit states, from planned (grey) to feedback given (green). */
export const VISIT_STATUS_COLOR: Record<string, string> = {
  PLANNED: 'gray',
  PRE_BRIEFED: 'blue',
  VISITED: 'cyan',
  POST_BRIEFED: 'orange',
  FEEDBACK_GIVEN: 'green',
  CANCELLED: 'red',
};

export const TRAINEE_ROLES = ['OBSERVER', 'CO_LEAD', 'LEAD'] as const;
export const HYPOTHESIS_KINDS = ['MANAGEMENT_ISSUE', 'TALENT_ISSUE', 'HIRING_PROFILE'] as const;
export const VERDICTS = ['CONFIRMED', 'REVISED', 'REJECTED'] as const;
export const STEPS = ['STEP0', 'STEP1', 'STEP2', 'STEP3'] as const;
