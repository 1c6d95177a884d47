/** A member of a `<Verb><Noun>Result` union that implements ErrorResult (an expected failure). */
export interface ErrorResultShape {
  __typename?: string;
  code: string;
  message: string;
  /** Set by errors that name an input field, e.g. `input.userId` */
  field?: string;
}

export function isErrorResult(value: unknown): value is ErrorResultShape {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
