// What the parts of one application's workflow share: its input, where it stands, the one lock that
// makes its state changes happen one at a time in arrival order, and the named ways it records, audits,
// mails and moves (by the transition table of domain/recruitment/stages.ts). Workflow code.
import { getExternalWorkflowHandle, log, workflowInfo } from '@temporalio/workflow';
import { Mutex } from 'async-mutex';
import type { Actor } from '../../domain/actor';
import type { SendEmailResult } from '../../activities/email';
import type { TemplateData, TemplateName } from '../../domain/email/templates';
import type { ExplanationRecord } from '../../domain/recruitment/explanation-facts';
import { nextStatus, type ApplicationAction, type ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { acts } from '../lib/activities';
import type { HumanStep } from '../lib/human-step';
import type { Task } from '../lib/task';
import type { ApplicationInput } from './messages';

export const iso = (ms: number) => new Date(ms).toISOString();

export type Application = ReturnType<typeof applicationContext>;

/** An email to the candidate that the mail server refused for good, kept to be resent once corrected. */
export interface RefusedMail {
  step: string;
  template: TemplateName;
  data: object;
  reason: string;
}

export function applicationContext(input: ApplicationInput) {
  const wf = workflowInfo().workflowId;
  const { applicationId, candidate } = input;
  let seq = 0;

  const app = {
    input,
    wf,
    applicationId,
    cycle: getExternalWorkflowHandle(cycleWorkflowId(input.cycleCode)),
    /** What every email to the candidate starts with; the registration number once confirmed. */
    base: { name: candidate.name, cycleTitle: input.cycleTitle } as {
      name: string;
      cycleTitle: string;
      registrationNumber?: string;
    },
    status: 'unconfirmed' as ApplicationStatus,
    closed: false,
    /** State changes one at a time, in arrival order, even when handlers await activities. */
    lock: new Mutex(),
    /** Steps that run alongside the path (windows, tasks); the path waits for them before it ends. */
    background: [] as Promise<unknown>[],
    /** Every open step, so that a withdrawal or the cycle's end can cancel what is still open. */
    steps: [] as (HumanStep<unknown> | Task<unknown>)[],

    nextSeq: () => ++seq,
    get seq() {
      return seq;
    },
    isOver: () => app.closed || app.status === 'withdrawn' || app.status === 'appointed',

    /** Runs a state change after the ones before it. */
    serial<T>(fn: () => Promise<T>): Promise<T> {
      return app.lock.runExclusive(fn);
    },

    /** Runs a step alongside the path, cancelled with the others when the application ends. */
    alongside(step: HumanStep<unknown> | Task<unknown>, done: Promise<unknown>) {
      app.steps.push(step);
      app.background.push(done);
    },

    /** Where the candidate's emails go: the address they applied with, until HR corrects a refused one. */
    email: candidate.email,
    /** What follows a refused email to the candidate (application-address.ts opens HR's task). */
    onRefused: (_mail: RefusedMail): Promise<void> => Promise.resolve(),

    cancelOpenSteps(reason: string) {
      for (const step of app.steps) if (step.isOpen) step.cancel(reason);
    },

    /**
     * Mails the candidate (with their personal link) or, given `to`, HR (with a link to the application's HR page).
     * A refusal for good does not hold the path up: a refused email to the candidate goes to `onRefused`.
     */
    async mail<N extends TemplateName>(
      step: string,
      template: N,
      data: Omit<TemplateData<N>, 'link'>,
      to?: string,
    ): Promise<SendEmailResult> {
      const result = await acts.sendEmail({
        key: `${wf}/${step}`,
        to: to ?? app.email,
        template,
        data: data as TemplateData<N>,
        language: to ? 'id' : candidate.language,
        link: to ? { path: `/hr/recruitment/applications/${applicationId}` } : { candidate: applicationId },
      });
      if (result.status === 'failed') {
        log.warn('email refused', { step, template, reason: result.reason });
        if (!to) await app.onRefused({ step, template, data, reason: result.reason });
      }
      return result;
    },

    audit(key: string, action: string, actor: Actor, reason: string, before: unknown, after: unknown) {
      return acts.recordAudit({
        key: `${wf}/${key}`,
        at: iso(Date.now()),
        actor: actor.sub,
        role: actor.role,
        action,
        subject: wf,
        reason,
        before,
        after,
      });
    },

    /**
     * Moves the application by the transition table and records it with `record` (the status and what
     * the move brings); a decision a person (or the system, by rule) took is audited. False when the table
     * refuses the move, which changes nothing.
     */
    async move(
      action: ApplicationAction,
      record: (status: ApplicationStatus, seq: number) => Promise<void>,
      decision?: { actor: Actor; reason: string; after?: Record<string, unknown> },
    ): Promise<boolean> {
      const next = nextStatus(app.status, action);
      if (!next.ok) {
        log.warn('transition refused', { applicationId, reason: next.reasons[0] });
        return false;
      }
      const before = app.status;
      app.status = next.value;
      const s = app.nextSeq();
      await record(app.status, s);
      if (decision) {
        await app.audit(
          `${s}`,
          `application.${action}`,
          decision.actor,
          decision.reason,
          { status: before },
          {
            status: app.status,
            ...decision.after,
          },
        );
      }
      return true;
    },

    /**
     * A move whose record is the status (and, at a result, the facts that explain it; at the SKD
     * announcement, that there was no score).
     */
    moveTo(
      action: ApplicationAction,
      decision?: { actor: Actor; reason: string },
      extra?: { skdAbsent?: true; explanation?: ExplanationRecord },
    ) {
      return app.move(
        action,
        (status, s) => acts.recordStatus({ applicationId, seq: s, status, ...extra }),
        decision,
      );
    },
  };
  return app;
}
