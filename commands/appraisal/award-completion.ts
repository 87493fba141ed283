// How an awards task is completed from the generic inbox (`POST /api/v1/tasks/{id}/complete`): the payload
// is checked against the step's schema, then handed to the same command as the awards routes and pages
// (a nomination checked against the unit's eligible list and quota, a decision HR's), so no check is
// written twice.
import type { TaskRecord } from '../../db/models/tasks';
import type { Principal } from '../../domain/actor';
import { awardTasks, type AwardTaskType } from '../../domain/appraisal/award-tasks';
import type { AwardDecision, AwardNominations } from '../../domain/appraisal/award-rules';
import { badRequest, fieldErrors } from '../errors';
import type { AwardCommands } from './awards';

export function awardTaskCompleter(awards: Pick<AwardCommands, 'nominate' | 'decide'>) {
  return async (principal: Principal, t: TaskRecord, payload: Record<string, unknown>) => {
    const type = t.type as AwardTaskType;
    const parsed = awardTasks[type].payload.safeParse(payload);
    if (!parsed.success) throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
    if (type === 'award-nomination')
      return awards.nominate(principal, {
        year: t.year!,
        unitCode: t.unitCode!,
        ...(parsed.data as AwardNominations),
      });
    return awards.decide(principal, { year: t.year!, nip: t.subjectNip!, ...(parsed.data as AwardDecision) });
  };
}
