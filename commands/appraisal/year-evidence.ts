// A year's merit-system evidence for HR (web/staff/appraisal/evidence.tsx, and the API): the year's audit
// trail (the year's own records, subject `appraisal-year/<year>` and its units' under it, and its appraisals', subjects
// `appraisal/<year>/<nip>`, one range), each batch checked against its keyed hash and predecessor and
// opened; the year's tasks (every human step with its due date and when it was closed) and its appraisal
// records (objections and their decisions, the follow-up); all streamed through batched cursors into
// domain/appraisal/year-evidence.ts.
import type { AuditTrail } from '../../db/audit-trail';
import type { StoredAudit } from '../../db/audit-chain';
import type { Principal } from '../../domain/actor';
import {
  yearEvidenceFold,
  type EvidenceRecord,
  type EvidenceTask,
  type YearEvidence,
} from '../../domain/appraisal/year-evidence';
import { appraisalYearWorkflowId } from '../../domain/workflow-ids';
import { notFound } from '../errors';
import { requireAccess } from './access';
import type { AppraisalDeps } from './deps';
import type { OrgFileDeps } from './org-files';

/** What the year desk's commands need: the engine's, the sealing of staged files, and the audit trail. */
export type YearDeskDeps = OrgFileDeps & { audit: AuditTrail };

const BATCH = 500;

export function yearEvidenceCommands({ models, audit }: AppraisalDeps & { audit: AuditTrail }) {
  /** The trail of `filter` in `seq` order, each batch verified, then opened and folded. */
  async function streamTrail(filter: Record<string, unknown>, fold: ReturnType<typeof yearEvidenceFold>) {
    let batch: StoredAudit[] = [];
    const flush = async () => {
      const verdict = await audit.verifyRecords(batch);
      for (const p of verdict.problems) fold.addChainProblem(p);
      for (const r of batch) fold.addDecision(audit.open(r));
      batch = [];
    };
    const cursor = models.audit
      .find(filter)
      .sort({ seq: 1 })
      .lean<StoredAudit[]>()
      .cursor({ batchSize: BATCH });
    try {
      for await (const r of cursor) {
        batch.push(r as unknown as StoredAudit);
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length) await flush();
    } finally {
      await cursor.close();
    }
  }

  async function yearEvidence(principal: Principal, input: { year: number }): Promise<YearEvidence> {
    await requireAccess(principal, () => false);
    if (!(await models.appraisalYears.findById(input.year, { _id: 1 }).lean()))
      throw notFound(`no appraisal year ${input.year}`);
    const fold = yearEvidenceFold(new Date());
    // The year's own records and its units' (`appraisal-year/<year>/<unit>`), then its appraisals'.
    const yearId = appraisalYearWorkflowId(input.year);
    await streamTrail({ subject: { $gte: yearId, $lt: `${yearId}0` } }, fold);
    await streamTrail(
      { subject: { $gte: `appraisal/${input.year}/`, $lt: `appraisal/${input.year}0` } },
      fold,
    );
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
