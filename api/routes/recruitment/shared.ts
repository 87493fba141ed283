// What the recruitment routes share: the base path, the path parameters (every code and id has its
// pattern and bounds), the small response shapes of the commands that hand work to a workflow, and the
// refusals each route documents.
import { z } from 'zod';
import { actorOf, type Principal } from '../../../domain/actor';
import { formationCodeSchema } from '../../../domain/recruitment/schemas';
import { announcementStages, applicationStatuses } from '../../../domain/recruitment/stages';

export const BASE = '/api/v1/recruitment';
export const tags = ['recruitment'];

const cycleCode = z
  .string()
  .regex(/^[A-Z0-9-]{3,40}$/, { error: 'a cycle code is 3 to 40 capital letters, digits or hyphens' });
/** `<cycleCode>-<20 hex>`: the code of the cycle, then the start of the applicant's keyed hash. */
const applicationIdParam = z
  .string()
  .regex(/^[A-Z0-9-]{3,40}-[0-9a-f]{20}$/, { error: 'an application id is <cycle code>-<20 hex digits>' });
export const stageParam = z.enum(announcementStages, {
  error: `stage must be one of ${announcementStages.join(', ')}`,
});

export const codeParams = z.object({ code: cycleCode });
export const idParams = z.object({ id: applicationIdParam });
export const rankingParams = z.object({ code: cycleCode, formationCode: formationCodeSchema });
export const rankingQuery = z
  .object({ stage: z.enum(['skd', 'final'], { error: 'stage must be skd or final' }) })
  .strict();

/** The cycle code an application id starts with. */
export const cycleOf = (applicationId: string) => applicationId.replace(/-[0-9a-f]{20}$/, '');

export const batchAccepted = z.object({
  batchId: z.string().describe('The same upload twice is the same batch'),
  rows: z.number().int(),
});
export const statusOnly = z.object({ status: z.enum(applicationStatuses) });

export const notFound = (what: string) => ({ 404: { description: `No such ${what}` } });
export const notNow = {
  409: { description: 'Not possible in the current phase or status (the reason says why)' },
};

/** The actor of a route that requires a token (the route has checked it). */
export const callerOf = (p: Principal | undefined) => actorOf(p!);
