// Fan-out from a cycle to its applications, run in activities so that no workflow history grows with the
// number of applicants: a cursor over the read model (or an uploaded batch) in a stable order, signals sent
// a few at a time, and the position heartbeated so that a retried activity resumes where it stopped.
// Signals are idempotent for the application workflows (a repeated one changes nothing).
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import type { Models } from '../../db/connection';
import type { CpnsRuleSet } from '../../domain/recruitment/rule-sets';
import { skdOutcome, skdTotal } from '../../domain/recruitment/skd';
import { skdFacts } from '../../domain/recruitment/explanation-facts';
import { competencyTotal, finalScore, skbScorer } from '../../domain/recruitment/ranking';
import { screened, skdScheduled, skdScored, type BatchKind } from '../../workflows/recruitment/messages';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import type { FormationType } from '../../domain/recruitment/rule-sets';
import * as messages from '../../workflows/recruitment/messages';
import { writeApplication } from '../../db/application-writers';
import type { AuditTrail } from '../../db/audit-trail';
import { batchDigest } from '../../db/result-batch-digest';
import { cycleWorkflowId } from '../../domain/workflow-ids';

const PARALLEL = 16;

/** Where a resumed attempt starts: the position the previous attempt heartbeated. */
function resumeFrom<T>(fallback: T): T {
  const details = Context.current().info.heartbeatDetails as T | undefined;
  return details ?? fallback;
}

/**
 * Runs `fn` over `items` (an array or a database cursor) a few at a time. After each group `alive`
 * heartbeats where a retry would resume: a page or a formation on a slow database may take longer than the
 * heartbeat timeout, and an attempt that stops heartbeating is retried while it still runs.
 */
export async function inParallel<T>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T) => Promise<void>,
  alive: () => void,
): Promise<void> {
  let group: T[] = [];
  const run = async () => {
    await Promise.all(group.map(fn));
    group = [];
    alive();
  };
  for await (const item of items) {
    group.push(item);
    if (group.length >= PARALLEL) await run();
  }
  if (group.length) await run();
}

/**
 * Signals one application workflow; one that has already ended (a withdrawn candidate) has nothing more to
 * hear, so that is not an error.
 */
export async function signalIfRunning<A extends unknown[]>(
  client: Client,
  workflowId: string,
  def: SignalDefinition<A>,
  ...args: A
): Promise<boolean> {
  try {
    await client.workflow.getHandle(workflowId).signal(def, ...args);
    return true;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return false;
    throw err;
  }
}

/** The fan-out signals the cycle may send to every application in some statuses. */
export const broadcastSignals = {
  announced: messages.announced,
  documentsOpened: messages.documentsOpened,
  appointed: messages.appointed,
  cycleClosed: messages.cycleClosed,
} as const;
export type BroadcastSignal = keyof typeof broadcastSignals;

export function createFanOutActivities({
  models,
  client,
  audit,
  clock,
}: {
  models: Models;
  client: Client;
  audit: AuditTrail;
  clock: () => Date;
}) {
  const signal = <A extends unknown[]>(workflowId: string, def: SignalDefinition<A>, ...args: A) =>
    signalIfRunning(client, workflowId, def, ...args).then(() => undefined);

  return {
    /** Sends one signal, with the same arguments, to every application of a cycle in the given statuses. */
    async signalApplications(input: {
      cycleCode: string;
      statuses?: ApplicationStatus[];
      /** Final ranking outcomes, written by the ranking itself: no wait for the applications to apply them. */
      outcomes?: FinalOutcome[];
      signal: BroadcastSignal;
      args: unknown[];
    }): Promise<{ signalled: number }> {
      const def = broadcastSignals[input.signal] as SignalDefinition<unknown[]>;
      let { after, count } = resumeFrom({ after: '', count: 0 });
      const filter = {
        cycleCode: input.cycleCode,
        ...(input.statuses ? { status: { $in: input.statuses } } : {}),
        ...(input.outcomes ? { 'final.outcome': { $in: input.outcomes } } : {}),
      };
      for (;;) {
        const page = await models.applications
          .find({ ...filter, _id: { $gt: after } }, { workflowId: 1 })
          .sort({ _id: 1 })
          .limit(200)
          .lean();
        if (page.length === 0) break;
        // Count only the workflows that received it: one that has ended hears nothing.
        const pageStart = { after, count };
        await inParallel(
          page,
          async (a) => {
            if (await signalIfRunning(client, a.workflowId, def, ...input.args)) count += 1;
          },
          () => Context.current().heartbeat(pageStart),
        );
        after = page[page.length - 1]!._id;
        Context.current().heartbeat({ after, count });
      }
      return { signalled: count };
    },

    /**
     * Applies one uploaded batch: screening decisions and SKD sessions go to each application as they are;
     * SKD scores are judged against the formation type's passing grades; SKB and competency scores are
     * weighted and stored for the ranking, which the database then sorts. Stored results are written under
     * the batch's place in the cycle's order (`seq`), so a late retry of an earlier batch never undoes a
     * correction uploaded after it.
     */
    async applyBatch(input: { batchId: string; seq: number }): Promise<{ applied: number }> {
      const batch = await models.resultBatches.findById(input.batchId).lean();
      if (!batch) throw new Error(`unknown batch ${input.batchId}`);
      const cycle = await models.cycles.findById(batch.cycleCode).lean();
      if (!cycle) throw new Error(`unknown cycle ${batch.cycleCode}`);
      const kind = batch.kind as BatchKind;
      const rows = batch.rows as ({ applicationId: string } & Record<string, unknown>)[];
      const rules = cycle.rules as CpnsRuleSet;
      const scoreSkb =
        kind === 'skb'
          ? skbScorer(batch.meta.components as Parameters<typeof skbScorer>[0], rules)
          : undefined;
      if (scoreSkb && !scoreSkb.ok) throw new Error(`SKB weights refused: ${scoreSkb.reasons.join('; ')}`);

      const writeResults = (id: string, set: Record<string, unknown>) =>
        writeApplication(models, 'results', id, input.seq, set);
      let start = resumeFrom(0);
      for (; start < rows.length; start += 200) {
        const slice = rows.slice(start, start + 200);
        const apps = new Map(
          (
            await models.applications
              .find(
                { _id: { $in: slice.map((r) => r.applicationId) } },
                { workflowId: 1, formationType: 1, skd: 1 },
              )
              .lean()
          ).map((a) => [a._id, a]),
        );
        await inParallel(
          slice,
          async (row) => {
            const app = apps.get(row.applicationId);
            if (!app) return; // the API checked every id; an application removed since has nothing to receive
            if (kind === 'screening') {
              await signal(app.workflowId, screened, {
                decision: row.decision as 'MS' | 'TMS',
                reason: String(row.reason),
                actor: { sub: batch.actor, role: 'hr' },
              });
            } else if (kind === 'skd-sessions') {
              await signal(app.workflowId, skdScheduled, {
                code: String(row.code),
                place: String(row.place),
                startsAt: String(row.startsAt),
              });
            } else if (kind === 'skd') {
              const scores = { twk: Number(row.twk), tiu: Number(row.tiu), tkp: Number(row.tkp) };
              const outcome = skdOutcome(scores, app.formationType as FormationType, rules);
              const skd = {
                ...scores,
                total: skdTotal(scores),
                passed: outcome.passed,
                reasons: outcome.reasons,
              };
              await writeResults(app._id, { skd });
              const facts = skdFacts(scores, app.formationType as FormationType, rules);
              await signal(app.workflowId, skdScored, { ...skd, facts });
            } else if (kind === 'skb') {
              const scored = scoreSkb!.ok ? scoreSkb!.value(row.scores as Record<string, number>) : undefined;
              if (!scored?.ok) throw new Error(`row ${row.applicationId}: ${scored?.reasons.join('; ')}`);
              const score = finalScore(app.skd?.total ?? 0, scored.value, rules);
              await writeResults(app._id, {
                skb: { score: scored.value, components: row.scores },
                'final.score': score,
              });
            } else {
              const parts = {
                technical: Number(row.technical),
                managerial: Number(row.managerial),
                interview: Number(row.interview),
              };
              const total = competencyTotal(parts);
              await writeResults(app._id, { competency: { ...parts, total }, 'final.score': total });
            }
          },
          () => Context.current().heartbeat(start),
        );
        Context.current().heartbeat(start + slice.length);
      }
      // The upload in the cycle's trail, under the officer who uploaded it, once (keyed by the batch): its
      // content digest lets the merit-system evidence tie every stored score to an audited upload.
      const wf = cycleWorkflowId(batch.cycleCode);
      await audit.append({
        key: `${wf}/results/${input.batchId}`,
        at: clock().toISOString(),
        actor: batch.actor,
        role: 'hr',
        action: 'cycle.results-applied',
        subject: wf,
        reason: `${kind}: ${rows.length} row(s) uploaded and applied`,
        before: null,
        after: {
          batchId: input.batchId,
          kind,
          rows: rows.length,
          order: input.seq,
          digest: batchDigest(batch),
        },
      });
      return { applied: rows.length };
    },
  };
}
