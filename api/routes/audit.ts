// Read access to the audit trail: a subject's history, verification of the whole keyed chain against its
// signed checkpoints (and a checkpoint from an email), and the checkpoints with their public keys.
import { z } from 'zod';
import { route } from '../route';
import type { AppDeps } from '../app';

const auditRecord = z.object({
  seq: z.number().int(),
  key: z.string(),
  at: z.string(),
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  subject: z.string(),
  reason: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  erased: z.boolean().describe('The personal part (reason, before, after) was erased by retention'),
  keyId: z.string().describe('The AUDIT_KEYS key of its HMAC'),
  prevHash: z.string(),
  hash: z.string(),
});

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits');

const checkpoint = z.object({
  id: z.string().describe('<workflow id>/phase/<phase>'),
  seq: z.number().int().describe('The number of records in the chain when it was taken'),
  hash: z.string().describe('The hash of record `seq` (the genesis hash for an empty chain)'),
  at: z.string(),
  workflowId: z.string(),
  phase: z.string(),
  keyId: z.string().describe('The signing key, among publicKeys'),
  signature: z
    .string()
    .describe('Ed25519 signature (base64) of the canonical JSON of every other field, keys sorted'),
});

const verification = z.union([
  z.object({
    ok: z.literal(true),
    records: z.number().int(),
    head: z.string(),
    checkpoints: z.number().int().describe('Stored checkpoints the chain was checked against'),
    erased: z.number().int().describe('Records whose personal part retention erased'),
  }),
  z.object({
    ok: z.literal(false),
    records: z.number().int(),
    firstBad: z.object({ seq: z.number().int(), id: z.string(), problem: z.string() }),
  }),
  z.object({
    ok: z.literal(false),
    records: z.number().int(),
    badCheckpoint: z.object({ id: z.string(), seq: z.number().int(), problem: z.string() }),
  }),
]);

export function auditRoutes({ audit }: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/api/v1/audit',
      operationId: 'listAuditRecords',
      summary: "A subject's audit history, oldest first",
      tags: ['audit'],
      roles: ['hr'],
      query: z
        .object({
          subject: z.string().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(1000).default(500),
        })
        .strict(),
      responses: { 200: { description: 'The records', schema: z.object({ records: z.array(auditRecord) }) } },
      handler: async ({ query }) => ({ body: { records: await audit.history(query.subject, query.limit) } }),
    }),
    route({
      method: 'get',
      path: '/api/v1/audit/verify',
      operationId: 'verifyAuditChain',
      summary:
        'Walks the keyed hash chain and checks it against every signed checkpoint (and the one given), naming the first record or checkpoint that does not fit',
      tags: ['audit'],
      roles: ['hr'],
      query: z
        .object({
          seq: z.coerce
            .number()
            .int()
            .min(0)
            .max(Number.MAX_SAFE_INTEGER)
            .optional()
            .describe('A checkpoint known from outside the database (an HR email): its record count'),
          hash: hex64.optional().describe("That checkpoint's hash"),
        })
        .strict()
        .refine((q) => (q.seq === undefined) === (q.hash === undefined), {
          path: ['hash'],
          error: 'seq and hash go together',
        }),
      responses: { 200: { description: 'The verification result', schema: verification } },
      handler: async ({ query }) => ({
        body: await audit.verify(
          query.seq === undefined ? [] : [{ id: 'given', seq: query.seq, hash: query.hash! }],
        ),
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/audit/checkpoints',
      operationId: 'listAuditCheckpoints',
      summary:
        "The signed checkpoints of the chain's head, taken at each phase change of a cycle or a year, with the public keys that check them",
      tags: ['audit'],
      roles: ['hr'],
      responses: {
        200: {
          description: 'The checkpoints in chain order',
          schema: z.object({
            publicKeys: z.array(
              z.object({ keyId: z.string(), algorithm: z.literal('Ed25519'), pem: z.string() }),
            ),
            checkpoints: z.array(checkpoint),
          }),
        },
      },
      handler: async () => ({ body: await audit.checkpoints() }),
    }),
  ];
}
