import type { CombinedError } from 'urql';

export interface FieldError {
  /** Path of the input field as the api names it, e.g. `input.email` */
  field: string;
  message: string;
}

/**
 * Field errors of a failed request (`extensions.fields`), keyed by the form's field path with the `input.`
 * prefix removed, so a form can place each message next to its field.
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const fields = graphQLError.extensions?.fields as FieldError[] | undefined;
    for (const { field, message } of fields ?? [])
      result[field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1')] = message;
  }
  return result;
}

/** The message to show for a failed request: the api's own words, or a network problem. */
export function errorMessage(error: CombinedError | undefined, networkMessage: string): string | null {
  if (!error) return null;
  if (error.networkError && !error.graphQLErrors.length) return networkMessage;
  return error.graphQLErrors.map((e) => e.message).join(' ');
}
