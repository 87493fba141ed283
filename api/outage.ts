// A dependency that does not answer is not our bug: the database (server selection, network, a pool not
// connected) or Temporal (gRPC UNAVAILABLE or a deadline) down is a 503 with Retry-After, so that clients
// retry instead of reporting a 500.
import { isGrpcServiceError } from '@temporalio/client';

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const DATABASE_OUTAGES: ReadonlySet<string> = new Set([
  'MongooseServerSelectionError',
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);
// gRPC status codes: 14 UNAVAILABLE (no connection), 4 DEADLINE_EXCEEDED (no answer in time).
const TEMPORAL_OUTAGES: ReadonlySet<number> = new Set([14, 4]);
// Mongoose queues commands while disconnected and fails them with this after bufferTimeoutMS.
const BUFFERING_TIMEOUT = /buffering timed out after/;
// Node's own socket errors. The MongoDB driver (6.x) lets a command written to a pooled connection that
// the server has closed (a database just killed) fail with Node's bare EPIPE, not a MongoNetworkError,
// until its monitor notices; Temporal's gRPC reports its own as a ServiceError (above), so a bare socket
// error reaching a route is the database's.
const SOCKET_ERRORS: ReadonlySet<string> = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT']);

/** Which dependency an error says is down, looking through its causes; undefined for any other error. */
export function outageOf(err: unknown): 'database' | 'Temporal' | undefined {
  // Not `instanceof Error`: Node's own errors may come from another realm (a VM context, Jest's), and are
  // still errors by shape.
  for (
    let e = err as (Error & { code?: unknown }) | undefined, depth = 0;
    typeof e === 'object' && e !== null && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (
      DATABASE_OUTAGES.has(e.name) ||
      (e.name === 'MongooseError' && BUFFERING_TIMEOUT.test(e.message)) ||
      SOCKET_ERRORS.has(String(e.code))
    )
      return 'database';
    if (isGrpcServiceError(e) && TEMPORAL_OUTAGES.has(e.code)) return 'Temporal';
  }
  return undefined;
}
