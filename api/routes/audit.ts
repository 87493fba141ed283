// Read access to the audit trail: a subject's history, and verification of the whole hash chain.
import { z } from 'zod';
import { auditHistory, verifyAuditChain } from '../../db/audit-chain';
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
  prevHash: z.string(),
  hash: z.string(),
});

const verification = z.union([
  z.object({ ok: z.literal(true), records: z.number().int(), head: z.string() }),
  z.object({
    ok: z.literal(false),
    records: z.number().int(),
    firstBad: z.object({ seq: z.number().int(), id: z.string(), problem: z.string() }),
  }),
]);

export function auditRoutes({ models }: AppDeps) {
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
      handler: async ({ query }) => ({
        body: { records: await auditHistory(models, query.subject, query.limit) },
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/audit/verify',
      operationId: 'verifyAuditChain',
      summary: 'Walks the hash chain and names the first record that was edited, inserted or removed',
      tags: ['audit'],
      roles: ['hr'],
      responses: { 200: { description: 'The verification result', schema: verification } },
      handler: async () => ({ body: await verifyAuditChain(models) }),
    }),
  ];
}
