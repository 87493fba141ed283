// Temporal connections for the API (client) and the worker, and the health check both use. Every client
// encrypts its payloads with the codec the worker uses (runtime/payload-codec.ts), failures included.
import { Client, Connection } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { parseKeyRing } from './keyring';
import { EncryptionCodec } from './payload-codec';

/** The module whose failure converter puts failure messages and stack traces into encrypted payloads. */
export const failureConverterPath = require.resolve('./failure-converter');

/** What every client and worker converts with: the payload codec, and failures encoded for it. */
export function dataConverterOf(payloadCodec: PayloadCodec) {
  return { payloadCodecs: [payloadCodec], failureConverterPath };
}

/** The payload codec of PAYLOAD_KEYS. */
export function payloadCodecOf(payloadKeys: string): PayloadCodec {
  return new EncryptionCodec(parseKeyRing(payloadKeys));
}

export async function connectClient(
  address: string,
  namespace: string,
  payloadCodec: PayloadCodec,
): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address });
  return {
    client: new Client({ connection, namespace, dataConverter: dataConverterOf(payloadCodec) }),
    connection,
  };
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
