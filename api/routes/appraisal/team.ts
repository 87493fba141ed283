// A supervisor's team in an appraisal year over HTTP: the people reporting to them by the registry, each
// with their year's phase and predikat and the caller's open tasks about them, and the caller's other open
// tasks of the year. The command (commands/appraisal/team.ts) is the one the "my team" page calls.
import { z } from 'zod';
import { teamCommands } from '../../../commands/appraisal/team';
import type { AppraisalDeps } from '../../../commands/appraisal/deps';
import { predikatSchema } from '../../../domain/appraisal/rule-sets';
import { taskView } from '../../../domain/tasks';
import { route } from '../../route';

const teamMember = z.object({
  nip: z.string(),
  name: z.string(),
  position: z.string(),
  unitCode: z.string(),
  phase: z.string().nullable().describe('null: no appraisal of this person in the year'),
  predikat: predikatSchema.nullable(),
  tasks: z.array(taskView).describe("the caller's open tasks about this person, earliest due first"),
});

export function teamRoutes(deps: AppraisalDeps) {
  const team = teamCommands(deps);
  return [
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/team',
      operationId: 'getAppraisalTeam',
      summary: "My direct reports' year (phase, predikat, my open tasks about each) and my other open tasks",
      tags: ['appraisal'],
      roles: ['supervisor', 'employee'],
      params: z.object({ year: z.coerce.number().int().min(2020).max(2100) }),
      responses: {
        200: {
          description: 'The team, by name',
          schema: z.object({ members: z.array(teamMember), otherTasks: z.array(taskView) }),
        },
      },
      handler: async ({ params, principal }) => ({ body: await team.team(principal!, params) }),
    }),
  ];
}
