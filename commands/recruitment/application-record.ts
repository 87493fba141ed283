// An application's record as HR reads it beside its status: every email the outbox holds for it, and its
// audit trail with the trail's verdict on those records. HR only: the emails' subjects name the candidate,
// the trail's reasons are personal. The outbox names no application as a field: its `_id` (the
// idempotency key) is the application workflow's id and the step, so the emails are one `_id` range.
import type { Principal } from '../../domain/actor';
import type { StoredAudit } from '../../db/audit-chain';
import { forbidden } from '../errors';
import { records, type RecruitmentDeps } from './context';

/** The most emails and audit records one application's page lists (a long-lived one has a few dozen). */
export const RECORD_LIMIT = 500;

/** The `_id` range of every key `<prefix>/…`: '/' + 1 is '0'. */
export const keyRange = (prefix: string) => ({ $gte: `${prefix}/`, $lt: `${prefix}0` });

const hrOnly = (principal: Principal) => {
  if (principal.role !== 'hr') throw forbidden("only HR reads an application's emails and audit trail");
};

export function applicationRecordCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { applicationOrThrow } = records(deps);

  return {
    /** Every email queued for the application, oldest first: its template, subject (opened), when and how it went. */
    async applicationEmails(principal: Principal, id: string) {
      hrOnly(principal);
      const app = await applicationOrThrow(id);
      const rows = await models.outbox
        .find({ _id: keyRange(app.workflowId) }, { to: 0, text: 0, html: 0 })
        .sort({ _id: 1 })
        .limit(RECORD_LIMIT)
        .lean();
      const emails = rows.map((m) => ({
        step: String(m._id).slice(app.workflowId.length + 1),
        template: m.template,
        language: m.language,
        // Retention empties the sealed fields: an erased email keeps only its facts.
        subject: m.erasedAt || !m.subject ? '' : deps.fields.open(m.subject),
        status: m.status as 'pending' | 'sent' | 'failed',
        queuedAt: new Date(m.createdAt).toISOString(),
        ...(m.sentAt ? { sentAt: new Date(m.sentAt).toISOString() } : {}),
        ...(m.failedAt ? { failedAt: new Date(m.failedAt).toISOString() } : {}),
        ...(m.failure ? { failure: m.failure } : {}),
        ...(m.smtpMessageId ? { messageId: m.smtpMessageId } : {}),
        erased: !!m.erasedAt,
      }));
      emails.sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
      return { applicationId: id, emails };
    },

    /**
     * The application's audit records, oldest first, with their personal part opened, and whether each
     * holds (its keyed hash, its digest, its link to the record before it in the chain).
     */
    async applicationAudit(principal: Principal, id: string) {
      hrOnly(principal);
      const app = await applicationOrThrow(id);
      const stored = await models.audit
        .find({ subject: app.workflowId })
        .sort({ seq: 1 })
        .limit(RECORD_LIMIT)
        .lean<StoredAudit[]>();
      const verdict = await deps.audit.verifyRecords(stored);
      const bad = new Map(verdict.problems.map((p) => [p.seq, p.problem]));
      return {
        applicationId: id,
        verified: { checked: verdict.checked, ok: verdict.problems.length === 0 },
        records: stored.map((r) => {
          const o = deps.audit.open(r);
          const problem = bad.get(r.seq);
          const status = (o.after as { status?: unknown } | null)?.status;
          return {
            seq: o.seq,
            at: o.at,
            actor: o.actor,
            role: o.role,
            action: o.action,
            reason: o.reason,
            erased: o.erased,
            // A move of the status (the timeline's steps); the rest are events on the way.
            ...(typeof status === 'string' ? { status } : {}),
            ...(problem ? { problem } : {}),
          };
        }),
      };
    },
  };
}
