// Liveness (the process answers) and readiness (Temporal and the database answer).
import { z } from 'zod';
import { route } from '../route';
import type { AppDeps } from '../app';

const readySchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  temporal: z.boolean(),
  database: z.boolean(),
});

export function healthRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get',
      path: '/health/live',
      operationId: 'getLiveness',
      summary: 'The process is up',
      tags: ['health'],
      roles: 'public',
      responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('live') }) } },
      handler: async () => ({ body: { status: 'live' } }),
    }),
    route({
      method: 'get',
      path: '/health/ready',
      operationId: 'getReadiness',
      summary: 'Temporal and the database answer',
      tags: ['health'],
      roles: 'public',
      responses: {
        200: { description: 'Ready', schema: readySchema },
        503: { description: 'Not ready', schema: readySchema },
      },
      handler: async () => {
        const [temporal, database] = await Promise.all([deps.checks.temporal(), deps.checks.database()]);
        const ok = temporal && database;
        return { status: ok ? 200 : 503, body: { status: ok ? 'ready' : 'not-ready', temporal, database } };
      },
    }),
  ];
}
