// The refusals every command may give, as RFC 9457 problem details (status, title, detail, each failing
// field's path and reason). The JSON API sends them as problem+json; the pages show them beside the form.
import type { ZodError } from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
    /** Seconds after which the same request may succeed (sent as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem(400, 'Bad Request', detail, errors);
export const unauthorized = (detail: string) => new Problem(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new Problem(403, 'Forbidden', detail);
export const notFound = (detail: string) => new Problem(404, 'Not Found', detail);
export const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new Problem(409, 'Conflict', detail, undefined, extra);

/** Turns zod issues into field errors whose paths start with where the value came from (body, query…). */
export function fieldErrors(where: string, error: ZodError): FieldError[] {
  return error.issues.flatMap((i) => {
    const base = [where, ...i.path.map(String)].join('.');
    if (i.code === 'unrecognized_keys')
      return i.keys.map((k) => ({ path: `${base}.${k}`, message: 'unknown field' }));
    return [{ path: base, message: i.message }];
  });
}
