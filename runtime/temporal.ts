// Temporal connections for the API (client) and the worker, and the health check both use.
import { Client, Connection } from '@temporalio/client';

export async function connectClient(
  address: string,
  namespace: string,
): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address });
  return { client: new Client({ connection, namespace }), connection };
}

/** True when the Temporal frontend answers its gRPC health check within 3 seconds. */
export async function temporalAnswers(connection: Connection): Promise<boolean> {
  try {
    const r = await connection.withDeadline(Date.now() + 3000, () => connection.healthService.check({}));
    return r.status === 1; // SERVING
  } catch {
    return false;
  }
}
