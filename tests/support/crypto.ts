// The keys of the tests: a payload codec for clients and workers that encrypt like production, and the
// sealing of personal fields. Fixed keys, so that a test may read what another process of the run wrote.
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { fieldCrypto } from '../../runtime/field-crypto';
import { parseKeyRing } from '../../runtime/keyring';
import { payloadCodecOf } from '../../runtime/temporal';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

export const testPayloadKeys = `test-2:${key(2)},test-1:${key(1)}`;
export const testDataKeys = `test-data:${key(7)}`;

export const testPayloadCodec = payloadCodecOf(testPayloadKeys);
export const testFields = fieldCrypto(parseKeyRing(testDataKeys));

/** A client on the environment's connection that encrypts and decrypts with testPayloadCodec. */
export function codecClient(env: TestWorkflowEnvironment): Client {
  return new Client({
    connection: env.connection,
    namespace: 'default',
    dataConverter: { payloadCodecs: [testPayloadCodec] },
  });
}
