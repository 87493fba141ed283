// Subject access (UU 27/2022 Pasal 7): everything the system holds on one candidate, as one JSON document
// for them (or HR) to download: the application record with the NIK and email opened, scores and results,
// the emails sent to them (the outbox rows under their application's workflow), the documents they
// uploaded (each file's kind, type, size and hash; the files are downloaded one by one), their tasks and the
// audit records about them with their personal parts opened. Temporal's histories hold the same data,
// encrypted, and expire with the namespace's retention.
import { documentStore } from '../../db/document-store';
import type { Principal } from '../../domain/actor';
import { toApplicationView, type StoredApplication } from '../../domain/recruitment/views';
import { mayTouchApplication, openField, records, type RecruitmentDeps } from './context';

/**
 * The emails sent to the candidate of an application (its outbox rows, keyed `<workflowId>/<step>`), oldest
 * first, opened. HR's reminders about the application stay HR's (once retention emptied the addresses, the
 * rows left hold nothing and are all listed). A personal link shows its token's place.
 */
export async function emailsTo(deps: RecruitmentDeps, workflowId: string) {
  const hrMailboxes = [deps.hr.email, deps.hr.headEmail];
  const rows = await deps.models.outbox
    .find({ _id: { $gte: `${workflowId}/`, $lt: `${workflowId}0` } })
    .sort({ createdAt: 1 })
    .lean();
  return rows
    .map((m) => ({
      ...m,
      to: openField(deps.fields, m.to),
      subject: openField(deps.fields, m.subject),
      text: openField(deps.fields, m.text),
      html: openField(deps.fields, m.html),
    }))
    .filter((m) => !hrMailboxes.includes(m.to));
}

export function personalDataCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { applicationOrThrow } = records(deps);
  const clock = deps.clock ?? (() => new Date());

  return {
    async personalData(principal: Principal, id: string) {
      mayTouchApplication(principal, id);
      const app = await applicationOrThrow(id);
      const [outbox, files, tasks, audit] = await Promise.all([
        emailsTo(deps, app.workflowId),
        documentStore(models).list(id),
        models.tasks.find({ applicationId: id }).sort({ openedAt: 1 }).lean(),
        deps.audit.history(app.workflowId, 10_000),
      ]);
      const application = {
        ...toApplicationView({
          ...app,
          email: openField(deps.fields, app.email),
        } as unknown as StoredApplication),
        nik: openField(deps.fields, app.nik),
      };
      return {
        generatedAt: clock().toISOString(),
        applicationId: id,
        application,
        emails: outbox.map((m) => ({
          key: m._id,
          template: m.template,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          status: m.status,
          createdAt: m.createdAt?.toISOString() ?? null,
          sentAt: m.sentAt?.toISOString() ?? null,
          erased: !!m.erasedAt,
        })),
        documents: [...files.values()].map((f) => ({
          kind: f.metadata.kind,
          contentType: f.metadata.contentType,
          size: f.metadata.size,
          sha256: f.metadata.sha256,
          uploadedAt: new Date(f.metadata.uploadedAt).toISOString(),
        })),
        tasks: tasks.map((t) => ({
          taskId: t._id,
          type: t.type,
          status: t.status,
          assigneeKind: t.assigneeKind,
          dueAt: t.dueAt.toISOString(),
          openedAt: t.openedAt.toISOString(),
          closedAt: t.closedAt?.toISOString() ?? null,
        })),
        // Who decided is staff's own data: the role shows, the staff member's id stays with HR's trail.
        audit: audit.map((r) => ({
          seq: r.seq,
          at: r.at,
          action: r.action,
          role: r.role,
          reason: r.reason,
          before: r.before,
          after: r.after,
          erased: r.erased,
        })),
      };
    },
  };
}
