// A year's merit-system evidence for HR (web/staff/appraisal/evidence.tsx): the year's tasks (every human
// step with its due date and when it was closed) and its appraisal records (objections and their
// decisions, the follow-up), streamed through batched cursors into domain/appraisal/year-evidence.ts.
import type { Principal } from '../../domain/actor';
import {
  yearEvidenceFold,
  type EvidenceRecord,
  type EvidenceTask,
  type YearEvidence,
} from '../../domain/appraisal/year-evidence';
import { notFound } from '../errors';
import { requireAccess } from './access';
import type { AppraisalDeps } from './deps';

const BATCH = 500;

export function yearEvidenceCommands({ models }: AppraisalDeps) {
  async function yearEvidence(principal: Principal, input: { year: number }): Promise<YearEvidence> {
    await requireAccess(principal, () => false);
    if (!(await models.appraisalYears.findById(input.year, { _id: 1 }).lean()))
      throw notFound(`no appraisal year ${input.year}`);
    const fold = yearEvidenceFold(new Date());
    const tasks = models.tasks
      .find(
        { year: input.year },
        { type: 1, status: 1, dueAt: 1, closedAt: 1, subjectName: 1, assigneeName: 1 },
      )
      .lean()
      .cursor({ batchSize: BATCH });
    try {
      for await (const t of tasks) fold.addTask({ ...(t as unknown as EvidenceTask), id: String(t._id) });
    } finally {
      await tasks.close();
    }
    const records = models.appraisalRecords
      .find(
        { year: input.year },
        { nip: 1, name: 1, unitCode: 1, phase: 1, predikat: 1, objection: 1, followUp: 1 },
      )
      .lean()
      .cursor({ batchSize: BATCH });
    try {
      for await (const r of records) fold.addRecord(r as unknown as EvidenceRecord);
    } finally {
      await records.close();
    }
    return fold.result();
  }
  return { yearEvidence };
}
