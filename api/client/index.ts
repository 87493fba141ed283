// The one HTTP client of the API, for the tests and the demos: openapi-fetch typed with the paths of
// schema.ts, which `npm run api-types` generates from the routes, so that a call the API would refuse
// for its shape does not compile. `must` and `answer` read a reply the way the callers need it.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths } from './schema';
export type ApiClient = Client<paths>;

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

interface Reply {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** A reply other than the one expected, with what the API said (its detail and the fields it named). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    const p = body as Partial<Problem> | undefined;
    const said = p?.detail
      ? `: ${p.detail}${(p.errors ?? [])
          .slice(0, 5)
          .map((e) => `\n    ${e.path}: ${e.message}`)
          .join('')}`
      : body === undefined
        ? ''
        : ` ${JSON.stringify(body).slice(0, 1000)}`;
    super(`${what} → ${status}${said}`);
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

/**
 * A call's status and body, whatever it answered: for the callers that check refusals. The body is typed
 * as the success's, with the problem fields of a refusal as optional ones.
 */
export async function answer<R extends Reply>(
  call: Promise<R>,
): Promise<{ status: number; json: NonNullable<R['data']> & Partial<Problem> }> {
  const r = await call;
  return {
    status: r.response.status,
    json: (r.data ?? r.error) as NonNullable<R['data']> & Partial<Problem>,
  };
}
