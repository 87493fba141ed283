// An application as its candidate and HR see it (the record, the workflow's live state, the decisions
// taken on it), HR's lists of a cycle's applications, and the steps a person takes on one: the candidate's
// confirmation, appeal and withdrawal (documents: documents.ts), HR's answer to an appeal, verification of the documents
// and correction of a refused email address (each an Update whose validator refuses it when it is not
// open), and the renewal of a candidate's links (a workflow of its own).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { actorOf, type Actor, type Principal } from '../../domain/actor';
import type { AnnouncementStage, ApplicationStatus } from '../../domain/recruitment/stages';
import { toApplicationView, type StoredApplication } from '../../domain/recruitment/views';
import {
  applicationState,
  confirmApplication,
  correctAddress,
  decideAppeal,
  submitAppeal,
  verifyDocuments,
  withdraw,
  cycleState,
} from '../../workflows/recruitment/messages';
import type { renewCandidateLinks, LinkRenewalInput } from '../../workflows/recruitment/links';
import { cycleWorkflowId, linkRenewalWorkflowId } from '../../domain/workflow-ids';
import type { Language } from '../../domain/language';
import { conflict, Problem } from '../errors';
import { linksWorkUntil } from './candidate-links';
import {
  applicantKeyOf,
  candidateActor,
  mayTouchApplication,
  openField,
  records,
  step,
  type RecruitmentDeps,
} from './context';

/** The most matches a name search answers (a name is not a key: narrow it rather than page it). */
export const SEARCH_LIMIT = 50;

export function applicationCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow, applicationOrThrow } = records(deps);
  /** The record with its sealed email opened (the NIK is opened only where it is shown). */
  const opened = (app: { email: string }) =>
    ({ ...app, email: openField(deps.fields, app.email) }) as unknown as StoredApplication;

  async function withApplication<T>(
    id: string,
    run: (h: ReturnType<typeof client.workflow.getHandle>) => Promise<T>,
  ): Promise<T> {
    const app = await applicationOrThrow(id);
    return step(() => run(client.workflow.getHandle(app.workflowId)));
  }

  /**
   * Whether HR has announced `stage` but the announcement has not reached this application yet: the cycle
   * records the window (by `_id`, one indexed read) only after it has signalled every application, and
   * this application has no window for the stage. Asked only when an appeal was refused, so an accepted
   * appeal costs nothing more, and a refusal for another reason (already appealed) keeps its own words.
   */
  async function stillBeingAnnounced(
    app: { cycleCode: string; workflowId: string },
    stage: AnnouncementStage,
  ): Promise<boolean> {
    const recorded = await models.cycles.findById(app.cycleCode, { appealWindows: 1 }).lean();
    if ((recorded?.appealWindows as Record<string, string> | undefined)?.[stage]) return false;
    const [own, cycle] = await Promise.all([
      client.workflow
        .getHandle(app.workflowId)
        .query(applicationState)
        .catch(() => undefined),
      client.workflow
        .getHandle(cycleWorkflowId(app.cycleCode))
        .query(cycleState)
        .catch(() => undefined),
    ]);
    return !!own && !own.appealWindows[stage] && !!cycle?.appealWindows[stage];
  }

  return {
    async getApplication(principal: Principal, id: string) {
      mayTouchApplication(principal, id);
      const app = await applicationOrThrow(id);
      const live = await client.workflow
        .getHandle(app.workflowId)
        .query(applicationState)
        .catch(() => undefined);
      // What was decided about this application and when (actors stay in the audit trail for HR).
      const history = (await deps.audit.history(app.workflowId)).map((r) => ({
        at: r.at,
        action: r.action,
        reason: r.reason,
      }));
      return { ...toApplicationView(opened(app)), nik: openField(deps.fields, app.nik), live, history };
    },

    async listApplications(
      code: string,
      q: { stage?: string; status?: string; formation?: string; page: number; pageSize: number },
    ) {
      await cycleOrThrow(code);
      // An unconfirmed application counts nowhere: it is listed only when asked for by its status.
      const filter: Record<string, unknown> = { cycleCode: code, status: { $ne: 'unconfirmed' } };
      if (q.status) filter.status = q.status;
      else if (q.stage)
        filter.status = { $in: statusesAtStage[q.stage as keyof typeof statusesAtStage] ?? [] };
      if (q.formation) filter.formationCode = q.formation;
      const [items, total] = await Promise.all([
        models.applications
          .find(filter, { nik: 0, applicantKey: 0, workflowId: 0 })
          .sort({ _id: 1 })
          .skip((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .lean(),
        models.applications.countDocuments(filter),
      ]);
      return {
        items: items.map((a) => toApplicationView(opened(a))),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /**
     * HR's search of a cycle's applications by what a person has at hand: a NIK (exact, through the applicant
     * key: the NIK is never stored, so it is never searched as text), a registration number (exact), or
     * part of a name (any case; at most `SEARCH_LIMIT` matches, in id order).
     */
    async searchApplications(code: string, query: string) {
      await cycleOrThrow(code);
      const q = query.trim();
      const filter: Record<string, unknown> = { cycleCode: code, status: { $ne: 'unconfirmed' } };
      if (/^\d{16}$/.test(q)) filter.applicantKey = applicantKeyOf(q, deps.applicantKeySecret);
      else if (/^[A-Z0-9-]{3,40}-\d{5,}$/i.test(q)) filter.registrationNumber = q.toUpperCase();
      else filter.name = { $regex: q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), $options: 'i' };
      const found = await models.applications
        .find(filter, { nik: 0, applicantKey: 0, workflowId: 0 })
        .sort({ _id: 1 })
        .limit(SEARCH_LIMIT)
        .lean();
      return found.map((a) => toApplicationView(opened(a)));
    },

    async appeal(principal: Principal, id: string, stage: AnnouncementStage, reason: string) {
      mayTouchApplication(principal, id);
      const app = await applicationOrThrow(id);
      try {
        return await step(() =>
          client.workflow
            .getHandle(app.workflowId)
            .executeUpdate(submitAppeal, { args: [{ stage, reason, actor: candidateActor(id) }] }),
        );
      } catch (err) {
        throw (await stillBeingAnnounced(app, stage)) ? announcementUnderWay(stage) : err;
      }
    },
    decideAppeal: (id: string, stage: AnnouncementStage, accepted: boolean, reason: string, actor: Actor) =>
      withApplication(id, (h) =>
        h.executeUpdate(decideAppeal, { args: [{ stage, accepted, reason, actor }] }),
      ),
    verifyDocuments: (id: string, accepted: boolean, reason: string | undefined, actor: Actor) =>
      withApplication(id, (h) => h.executeUpdate(verifyDocuments, { args: [{ accepted, reason, actor }] })),
    /** HR's corrected address for a candidate whose address the mail server refused (HR's task). */
    correctAddress: (id: string, email: string, actor: Actor) =>
      withApplication(id, (h) => h.executeUpdate(correctAddress, { args: [{ email, actor }] })),
    /** The candidate opened the link mailed to them: the application becomes real (again: its status). */
    confirm(principal: Principal, id: string) {
      mayTouchApplication(principal, id);
      return withApplication(id, (h) =>
        h.executeUpdate(confirmApplication, { args: [{ actor: candidateActor(id) }] }),
      );
    },
    /**
     * Every earlier personal link stops working and a fresh one is mailed (the candidate, or HR for them),
     * as long as the links work: until `linkValidAfterClose` after the cycle closed.
     */
    async renewLinks(principal: Principal, id: string, reason: string) {
      mayTouchApplication(principal, id);
      const app = await applicationOrThrow(id);
      const cycle = await cycleOrThrow(app.cycleCode);
      const until = linksWorkUntil(cycle);
      if (until !== undefined && Date.now() > until)
        throw conflict(
          `the personal links of this cycle stopped working on ${new Date(until).toISOString()}`,
        );
      const fromVersion = app.tokenVersion ?? 0;
      const workflowId = linkRenewalWorkflowId(id, fromVersion + 1);
      const input: LinkRenewalInput = {
        applicationId: id,
        applicationWorkflowId: app.workflowId,
        fromVersion,
        reason,
        actor: principal.role === 'candidate' ? candidateActor(id) : actorOf(principal),
        candidate: { name: app.name, email: deps.fields.open(app.email), language: app.language as Language },
        cycleTitle: cycle.title,
        ...(app.registrationNumber ? { registrationNumber: app.registrationNumber } : {}),
      };
      // Two requests at once renew once; a repeated one reads the renewal's result.
      try {
        return await client.workflow.execute<typeof renewCandidateLinks>('renewCandidateLinks', {
          taskQueue: deps.taskQueue,
          workflowId,
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [input],
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        return client.workflow.getHandle<typeof renewCandidateLinks>(workflowId).result();
      }
    },
    withdraw(principal: Principal, id: string, reason: string) {
      mayTouchApplication(principal, id);
      return withApplication(id, (h) =>
        h.executeUpdate(withdraw, { args: [{ reason, actor: candidateActor(id) }] }),
      );
    },
  };
}

/** The statuses an application has while it is at (or was decided at) a stage, for the HR list filter. */
const statusesAtStage = {
  registration: ['registered'],
  'administration-screening': ['registered', 'screened-ms', 'screened-tms'],
  skd: ['screened-ms', 'skd-passed', 'skd-failed'],
  'skb-cut': ['skd-passed', 'skb-advanced', 'not-advanced'],
  skb: ['skb-advanced'],
  'competency-test': ['screened-ms'],
  'final-announcement': ['passed', 'optimalisasi', 'not-passed'],
  documents: ['passed', 'replaced-in', 'documents-submitted', 'documents-verified', 'documents-failed'],
  appointment: ['appointed'],
} satisfies Partial<Record<string, ApplicationStatus[]>>;

/** Seconds a candidate waits before appealing again while the announcement reaches the applications. */
export const ANNOUNCEMENT_RETRY_SECONDS = 5;

/** 409 with Retry-After: the window is about to open for this application (its email is on the way). */
function announcementUnderWay(stage: AnnouncementStage) {
  return new Problem(
    409,
    'Conflict',
    `the ${stage} result is still being announced to every application; your appeal window opens within moments: try again after Retry-After seconds`,
    undefined,
    undefined,
    ANNOUNCEMENT_RETRY_SECONDS,
  );
}
