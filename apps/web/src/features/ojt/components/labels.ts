/** Colours of the visit states, from planned (grey) to feedback given (green). */
export const VISIT_STATUS_COLOR: Record<string, string> = {
  PLANNED: 'gray',
  PRE_BRIEFED: 'blue',
  VISITED: 'cyan',
  POST_BRIEFED: 'orange',
  FEEDBACK_GIVEN: 'green',
  CANCELLED: 'red',
};
