// The keys of the tests: a payload codec for clients and workers that encrypt like production, and the
// sealing of personal fields. Fixed keys, so that a test may read what another process of the run wrote.
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { auditKeysOf, auditTrail } from '../../db/audit-trail';
import type { Models } from '../../db/connection';
import { fieldCrypto } from '../../runtime/field-crypto';
import { parseKeyRing } from '../../runtime/keyring';
import { dataConverterOf, payloadCodecOf } from '../../runtime/temporal';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

export const testPayloadKeys = `test-2:${key(2)},test-1:${key(1)}`;
export const testDataKeys = `test-data:${key(7)}`;
export const testAuditKeys = `test-audit:${key(9)}`;
/** An Ed25519 PKCS#8 key from a fixed seed (the DER prefix of RFC 8410 and 32 seed bytes). */
export const testAuditSigningKeys = `test-sign:${Buffer.concat([
  Buffer.from('302e020100300506032b657004220420', 'hex'),
  Buffer.alloc(32, 11),
]).toString('base64')}`;

export const testPayloadCodec = payloadCodecOf(testPayloadKeys);
export const testFields = fieldCrypto(parseKeyRing(testDataKeys));
export const testAuditKeyring = auditKeysOf({
  AUDIT_KEYS: testAuditKeys,
  DATA_KEYS: testDataKeys,
  AUDIT_SIGNING_KEYS: testAuditSigningKeys,
});

/** The audit trail of a test's database, with the test keys. */
export const testAuditTrail = (models: Models) => auditTrail(models, testAuditKeyring);

/** A client on the environment's connection that encrypts and decrypts with testPayloadCodec. */
export function codecClient(env: TestWorkflowEnvironment): Client {
  return new Client({
    connection: env.connection,
    namespace: 'default',
    dataConverter: dataConverterOf(testPayloadCodec),
  });
}
