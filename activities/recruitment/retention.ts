// Retention of a closed cycle: the personal data of its unsuccessful candidates (every application not
// appointed) is erased or pseudonymised in their application records, the outbox, the task inbox, the
// withdrawal bans and the audit trail, and the documents they uploaded are deleted (in either mode) (the personal parts only, so that every hash still holds). Each
// collection is walked in pages in a stable order, the position heartbeated, so that a retried attempt
// resumes there; every change is idempotent, so a repeated page or a second run changes nothing more.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Models } from '../../db/connection';
import type { AuditTrail } from '../../db/audit-trail';
import { documentStore } from '../../db/document-store';
import type { Actor } from '../../domain/actor';
import {
  isUnsuccessful,
  pseudonymOf,
  retainedApplication,
  type RetainedFields,
  type RetentionMode,
} from '../../domain/recruitment/retention';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';

const PAGE = 200;

export interface RetentionInput {
  code: string;
  mode: RetentionMode;
  reason: string;
  actor: Actor;
  workflowId: string;
}

export interface RetentionResult {
  cycleCode: string;
  mode: RetentionMode;
  at: string;
  /** Applications kept as they are (appointed). */
  kept: number;
  /** Records now erased or pseudonymised, by collection (counted after the run: a repeat gives the same). */
  applications: number;
  emails: number;
  tasks: number;
  /** Uploaded files deleted by this run. */
  documents: number;
  auditRecords: number;
  bans: number;
  /** The audit record of this run. */
  auditSeq: number;
}

type Step = 'applications' | 'outbox' | 'tasks' | 'documents' | 'audit' | 'bans' | 'done';
const steps: Step[] = ['applications', 'outbox', 'tasks', 'documents', 'audit', 'bans', 'done'];
interface Position {
  step: Step;
  after?: string | number;
  at: string;
  /** Files deleted so far (carried across a retried attempt). */
  documents?: number;
}

/** Every key under an application workflow id of the cycle: `application/<code>/…` ('0' follows '/'). */
const applicationRange = (code: string) => ({ $gte: `application/${code}/`, $lt: `application/${code}0` });

export function createRetentionActivities({
  models,
  audit,
  clock,
}: {
  models: Models;
  audit: AuditTrail;
  clock: () => Date;
}) {
  return {
    async applyCycleRetention(input: RetentionInput): Promise<RetentionResult> {
      const ctx = Context.current();
      const { code, mode } = input;
      const cycle = await models.cycles.findById(code, { phase: 1 }).lean();
      if (cycle?.phase !== 'closed')
        throw ApplicationFailure.nonRetryable(`cycle ${code} is not closed`, 'CycleNotClosed');
      const resumed = ctx.info.heartbeatDetails as Position | undefined;
      const at = resumed?.at ?? clock().toISOString();
      let position: Position = resumed ?? { step: 'applications', at };
      const reached = (step: Step) => steps.indexOf(position.step) > steps.indexOf(step);
      let documents = resumed?.documents ?? 0;
      const advance = (step: Step, after?: string | number) => {
        position = { step, after, at, documents };
        ctx.heartbeat(position);
      };
      const next = (step: Step) => advance(steps[steps.indexOf(step) + 1]!);
      const after = (step: Step) => (position.step === step ? position.after : undefined);

      // The appointed keep everything: a few per formation, so their ids fit in memory and in `$nin`.
      const appointed = await models.applications
        .find({ cycleCode: code, status: 'appointed' }, { workflowId: 1 })
        .lean();
      const keptIds = new Set(appointed.map((a) => a._id));
      const keptWorkflows = appointed.map((a) => a.workflowId);
      const kept = (key: string) => keptWorkflows.some((wf) => key.startsWith(`${wf}/`));
      const nameIn = (applicationId: string) => (mode === 'pseudonymise' ? pseudonymOf(applicationId) : '');

      if (!reached('applications')) {
        for (;;) {
          const from = after('applications') as string | undefined;
          const page = await models.applications
            .find({ cycleCode: code, ...(from ? { _id: { $gt: from } } : {}) })
            .sort({ _id: 1 })
            .limit(PAGE)
            .lean();
          if (!page.length) break;
          for (const app of page) {
            const done = (app.retention as { mode?: string } | undefined)?.mode;
            if (!isUnsuccessful(app.status as ApplicationStatus) || done === 'erase' || done === mode)
              continue;
            await models.applications.updateOne(
              { _id: app._id },
              retainedApplication(mode, app as unknown as RetainedFields, at),
            );
          }
          advance('applications', page[page.length - 1]!._id);
        }
        next('applications');
      }

      if (!reached('outbox')) {
        for (;;) {
          const from = after('outbox') as string | undefined;
          const page = await models.outbox
            .find({ _id: { ...applicationRange(code), ...(from ? { $gt: from } : {}) } }, { erasedAt: 1 })
            .sort({ _id: 1 })
            .limit(PAGE)
            .lean();
          if (!page.length) break;
          const ids = page.filter((m) => !m.erasedAt && !kept(m._id)).map((m) => m._id);
          if (ids.length)
            await models.outbox.updateMany(
              { _id: { $in: ids } },
              { $set: { to: '', subject: '', text: '', html: '', erasedAt: new Date(at) } },
            );
          advance('outbox', page[page.length - 1]!._id);
        }
        next('outbox');
      }

      if (!reached('tasks')) {
        for (;;) {
          const from = after('tasks') as string | undefined;
          const page = await models.tasks
            .find(
              { cycleCode: code, ...(from ? { _id: { $gt: from } } : {}) },
              { applicationId: 1, assigneeKind: 1 },
            )
            .sort({ _id: 1 })
            .limit(PAGE)
            .lean();
          if (!page.length) break;
          for (const task of page) {
            if (!task.applicationId || keptIds.has(task.applicationId)) continue;
            const name = nameIn(task.applicationId);
            await models.tasks.updateOne(
              { _id: task._id },
              {
                $set: {
                  subjectName: name,
                  ...(task.assigneeKind === 'candidate' ? { assigneeName: name } : {}),
                },
              },
            );
          }
          advance('tasks', page[page.length - 1]!._id);
        }
        next('tasks');
      }

      if (!reached('documents')) {
        const store = documentStore(models);
        for (;;) {
          const from = after('documents') as string | undefined;
          const page = await models.applications
            .find({ cycleCode: code, ...(from ? { _id: { $gt: from } } : {}) }, { _id: 1 })
            .sort({ _id: 1 })
            .limit(PAGE)
            .lean();
          if (!page.length) break;
          for (const app of page) if (!keptIds.has(app._id)) documents += await store.removeAll(app._id);
          advance('documents', page[page.length - 1]!._id);
        }
        next('documents');
      }

      if (!reached('audit')) {
        for (;;) {
          const from = after('audit') as number | undefined;
          const page = await models.audit
            .find(
              {
                subject: { ...applicationRange(code), $nin: keptWorkflows },
                personal: { $ne: null },
                ...(from ? { seq: { $gt: from } } : {}),
              },
              { seq: 1 },
            )
            .sort({ seq: 1 })
            .limit(PAGE)
            .lean();
          if (!page.length) break;
          await models.audit.updateMany(
            { seq: { $in: page.map((r) => r.seq) } },
            { $set: { personal: null, erasedAt: new Date(at) } },
          );
          advance('audit', page[page.length - 1]!.seq);
        }
        next('audit');
      }

      if (!reached('bans')) {
        // A ban stays (its applicant key and years keep working); the reason the candidate wrote goes.
        await models.bans.updateMany({ cycleCode: code }, { $set: { reason: '' } });
        next('bans');
      }

      const [applications, emails, tasks, auditRecords, bans] = await Promise.all([
        models.applications.countDocuments({ cycleCode: code, retention: { $ne: null } }),
        models.outbox.countDocuments({ _id: applicationRange(code), erasedAt: { $ne: null } }),
        models.tasks.countDocuments({ cycleCode: code, applicationId: { $nin: [...keptIds, null] } }),
        models.audit.countDocuments({ subject: applicationRange(code), personal: null }),
        models.bans.countDocuments({ cycleCode: code }),
      ]);
      const counts = { kept: keptIds.size, applications, emails, tasks, documents, auditRecords, bans };
      const record = await audit.append({
        key: `${input.workflowId}/done`,
        at,
        actor: input.actor.sub,
        role: input.actor.role,
        action: 'cycle.retention',
        subject: cycleWorkflowId(code),
        reason: input.reason,
        after: { mode, ...counts },
      });
      await models.cycles.updateOne(
        { _id: code },
        { $set: { [`retention.${mode}`]: { at, by: input.actor.sub, ...counts, auditSeq: record.seq } } },
      );
      return { cycleCode: code, mode, at, ...counts, auditSeq: record.seq };
    },
  };
}
