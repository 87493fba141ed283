// The one HTTP client of the API, for the tests and the demos: openapi-fetch typed with the paths of
// schema.ts, which `npm run api-types` generates from the routes, so that a call the API would refuse
// for its shape does not compile. `must` and `answer` read a reply the way the callers need it.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths } from './schema';
export type ApiClient = Client<paths>;

type Method = 'get' | 'post' | 'put' | 'delete';
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body an operation takes, e.g. RequestBody<'/api/v1/recruitment/cycles', 'post'>. */
export type RequestBody<P extends keyof paths, M extends Method> = JsonOf<
  NonNullable<paths[P][M] extends { requestBody?: infer B } ? B : never>
>;

/** The JSON body an operation answers with `status`. */
export type ResponseBody<
  P extends keyof paths,
  M extends Method,
  S extends number = 200,
> = paths[P][M] extends { responses: infer R } ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** The query parameters an operation takes. */
export type Query<P extends keyof paths, M extends Method> = NonNullable<
  paths[P][M] extends { parameters: { query?: infer Q } } ? Q : never
>;

/** The problem+json body of a refusal, as every route declares it. */
export type Problem = paths['/api/v1/audit']['get']['responses'][400]['content']['application/problem+json'];

export function createApiClient(opts: {
  /** Where the API listens, without the /api/v1 prefix (each path holds it). */
  baseUrl: string;
  /** A bearer token sent with every request. */
  token?: string;
  /** Another fetch, e.g. one that retries. */
  fetch?: (request: Request) => Promise<Response>;
}): ApiClient {
  return createClient<paths>({
    baseUrl: opts.baseUrl,
    ...(opts.token ? { headers: { authorization: `Bearer ${opts.token}` } } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}

/** What a call of the client resolves to. */
export interface Reply {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * A reply other than the one expected, with what the API said in a problem+json (its detail and the
 * fields it named); any other body is left out of the message, as it may hold personal data.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    const p = body as Partial<Problem> | undefined;
    const errors = (p?.errors ?? [])
      .slice(0, 5)
      .map((e) => `\n    ${e.path}: ${e.message}`)
      .join('');
    super(`${what} → ${status}${p?.detail ? `: ${p.detail}` : ''}${errors}`);
  }
}

/** The path a reply answers (the query left out: a reply does not say its method either). */
const what = (response: Response) => (response.url ? new URL(response.url).pathname : 'a request');

/** The body of a call that must answer `status`; any other answer throws an ApiError. */
export async function must<R extends Reply>(
  status: number,
  call: Promise<R>,
): Promise<NonNullable<R['data']>> {
  const r = await call;
  if (r.response.status !== status)
    throw new ApiError(r.response.status, r.data ?? r.error, `${what(r.response)} (expected ${status})`);
  return r.data as NonNullable<R['data']>;
}

/** A body that is the success's or a refusal's: the problem fields the success lacks, as optional ones. */
export type Answered<D> = D & Partial<Omit<Problem, keyof D>>;

/** A call's status and body, whatever it answered: for the callers that check refusals. */
export async function answer<R extends Reply>(
  call: Promise<R>,
): Promise<{ status: number; json: Answered<NonNullable<R['data']>> }> {
  const r = await call;
  return { status: r.response.status, json: (r.data ?? r.error) as Answered<NonNullable<R['data']>> };
}
