// HR's uploads: screening decisions, SKD sessions and scores, SKB and competency results. Every row is
// checked first against the read model and the rule set (each bad row named, nothing applied); a valid
// upload is stored as a batch (the same upload twice is the same batch) and handed to the cycle, which
// applies its batches one after the other.
import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/actor';
import { skbScorer, validateCompetencyScores } from '../../domain/recruitment/ranking';
import type { CpnsRuleSet, PppkRuleSet } from '../../domain/recruitment/rule-sets';
import type {
  CompetencyResultsInput,
  ScreeningDecisionInput,
  SkbResultsInput,
  SkdResultsInput,
  SkdSessionsInput,
} from '../../domain/recruitment/schemas';
import { validateSkdScores } from '../../domain/recruitment/skd';
import { statusesAllowing, type ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { submitBatch, type BatchKind } from '../../workflows/recruitment/messages';
import { badRequest, conflict, type FieldError } from '../errors';
import { records, step, type RecruitmentDeps } from './context';

export function resultCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow } = records(deps);

  /** Checks every row's application: it exists in this cycle and is where the operation needs it. */
  async function checkRows(
    code: string,
    ids: string[],
    allowed: ApplicationStatus[],
    what: string,
    path = 'rows',
  ): Promise<{ errors: FieldError[]; apps: Map<string, { formationType: string; status: string }> }> {
    const found = await models.applications
      .find({ _id: { $in: ids }, cycleCode: code }, { status: 1, formationType: 1 })
      .lean();
    const apps = new Map(found.map((a) => [a._id, a]));
    const errors: FieldError[] = [];
    ids.forEach((id, i) => {
      const app = apps.get(id);
      if (!app)
        errors.push({
          path: `body.${path}.${i}.applicationId`,
          message: `no application ${id} in cycle ${code}`,
        });
      else if (!allowed.includes(app.status as ApplicationStatus)) {
        errors.push({
          path: `body.${path}.${i}.applicationId`,
          message: `${what} is not possible for an application that is ${app.status}`,
        });
      }
    });
    return { errors, apps };
  }

  /** Stores an upload as a batch (the same upload twice is the same batch) and hands it to the cycle. */
  async function handOver(code: string, kind: BatchKind, rows: object[], actor: Actor, meta: object = {}) {
    const batchId = createHash('sha256')
      .update(JSON.stringify([code, kind, rows, meta]))
      .digest('hex')
      .slice(0, 32);
    await models.resultBatches.updateOne(
      { _id: batchId },
      { $setOnInsert: { cycleCode: code, kind, rows, meta, actor: actor.sub } },
      { upsert: true },
    );
    await step(() =>
      client.workflow
        .getHandle(cycleWorkflowId(code))
        .executeUpdate(submitBatch, { args: [{ batchId, kind, actor }] }),
    );
    return { batchId, rows: rows.length };
  }

  return {
    async screen(code: string, decisions: ScreeningDecisionInput[], actor: Actor) {
      await cycleOrThrow(code);
      const { errors } = await checkRows(
        code,
        decisions.map((d) => d.applicationId),
        statusesAllowing('screen-ms'),
        'screening',
        'decisions',
      );
      if (errors.length)
        throw badRequest(
          `${errors.length} of ${decisions.length} decisions cannot be applied; nothing was applied`,
          errors,
        );
      return handOver(code, 'screening', decisions, actor);
    },

    async scheduleSkd(code: string, body: SkdSessionsInput, actor: Actor) {
      await cycleOrThrow(code);
      const rows = body.sessions.flatMap((s) =>
        s.applicationIds.map((applicationId) => ({
          applicationId,
          code: s.code,
          place: s.place,
          startsAt: s.startsAt,
        })),
      );
      const { errors } = await checkRows(
        code,
        rows.map((r) => r.applicationId),
        ['screened-ms'], // before the SKD result
        'an SKD session',
        'sessions',
      );
      if (errors.length)
        throw badRequest(`${errors.length} seat(s) cannot be assigned; nothing was applied`, errors);
      return handOver(code, 'skd-sessions', rows, actor);
    },

    async skdResults(code: string, body: SkdResultsInput, actor: Actor) {
      const cycle = await cycleOrThrow(code);
      if (cycle.kind !== 'CPNS') throw conflict('a PPPK cycle has no SKD; send competency results');
      const rules = cycle.rules as CpnsRuleSet;
      const { errors } = await checkRows(
        code,
        body.rows.map((r) => r.applicationId),
        statusesAllowing('skd-pass'),
        'an SKD result',
      );
      body.rows.forEach((r, i) => {
        for (const [subtest, problems] of Object.entries(validateSkdScores(r, rules))) {
          for (const message of problems ?? []) errors.push({ path: `body.rows.${i}.${subtest}`, message });
        }
      });
      if (errors.length)
        throw badRequest(
          `${new Set(errors.map((e) => e.path.split('.')[2])).size} row(s) are not valid; nothing was applied`,
          errors,
        );
      return handOver(code, 'skd', body.rows, actor);
    },

    async skbResults(code: string, body: SkbResultsInput, actor: Actor) {
      const cycle = await cycleOrThrow(code);
      if (cycle.kind !== 'CPNS') throw conflict('a PPPK cycle has no SKB; send competency results');
      const scorer = skbScorer(body.components, cycle.rules as CpnsRuleSet);
      if (!scorer.ok)
        throw badRequest(
          'the SKB components are not valid',
          scorer.reasons.map((message) => ({ path: 'body.components', message })),
        );
      const { errors } = await checkRows(
        code,
        body.rows.map((r) => r.applicationId),
        statusesAllowing('final-pass'),
        'an SKB result',
      );
      body.rows.forEach((r, i) => {
        const scored = scorer.value(r.scores);
        if (!scored.ok)
          for (const message of scored.reasons) errors.push({ path: `body.rows.${i}.scores`, message });
      });
      if (errors.length) throw badRequest('some rows are not valid; nothing was applied', errors);
      return handOver(code, 'skb', body.rows, actor, { components: body.components });
    },

    async competencyResults(code: string, body: CompetencyResultsInput, actor: Actor) {
      const cycle = await cycleOrThrow(code);
      if (cycle.kind !== 'PPPK') throw conflict('a CPNS cycle takes SKD and SKB results');
      const { errors } = await checkRows(
        code,
        body.rows.map((r) => r.applicationId),
        statusesAllowing('competency-pass'),
        'a competency result',
      );
      body.rows.forEach((r, i) => {
        for (const [part, problems] of Object.entries(
          validateCompetencyScores(r, cycle.rules as PppkRuleSet),
        )) {
          for (const message of problems ?? []) errors.push({ path: `body.rows.${i}.${part}`, message });
        }
      });
      if (errors.length) throw badRequest('some rows are not valid; nothing was applied', errors);
      return handOver(code, 'competency', body.rows, actor);
    },
  };
}
