// HR's uploads: screening decisions, SKD sessions and scores, SKB and competency results. Every row is
// checked first against the read model and the rule set (each bad row named, nothing applied); a valid
// upload is stored as a batch (the same upload twice is the same batch) and handed to the cycle, which
// applies its batches one after the other.
import { createHash } from 'node:crypto';
import type { Actor } from '../../domain/actor';
import { skbScorer, validateCompetencyScores } from '../../domain/recruitment/ranking';
import type { CpnsRuleSet, PppkRuleSet } from '../../domain/recruitment/rule-sets';
import {
  competencyResultRowSchema,
  parseUploadRows,
  screeningDecisionSchema,
  skbResultRowSchema,
  skdResultRowSchema,
  type RowIssue,
  type SkbResultsInput,
  type SkdSessionsInput,
} from '../../domain/recruitment/schemas';
import { validateSkdScores } from '../../domain/recruitment/skd';
import { statusesAllowing, type ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { submitBatch, type BatchKind } from '../../workflows/recruitment/messages';
import { badRequest, conflict, type FieldError } from '../errors';
import { records, step, type RecruitmentDeps } from './context';

/** A bulk upload as the route hands it over: the list checked, each row still to parse. */
type Upload = { rows: unknown[] };

const rowErrors = (list: string, issues: RowIssue[]): FieldError[] =>
  issues.map((i) => ({ path: ['body', list, i.index, ...i.path].join('.'), message: i.message }));

/** The one refusal of a bulk upload: every bad row, schema and rule errors together; nothing applied. */
function refuseRows(errors: FieldError[], total: number, what = 'rows') {
  const bad = new Set(errors.map((e) => e.path.split('.')[2])).size;
  return badRequest(`${bad} of ${total} ${what} are not valid; nothing was applied`, errors);
}

export function resultCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow } = records(deps);

  /** Checks every row's application: it exists in this cycle and is where the operation needs it. */
  async function checkRows(
    code: string,
    ids: string[] | { index: number; id: string }[],
    allowed: ApplicationStatus[],
    what: string,
    path = 'rows',
  ): Promise<{ errors: FieldError[]; apps: Map<string, { formationType: string; status: string }> }> {
    const indexed = ids.map((x, index) => (typeof x === 'string' ? { index, id: x } : x));
    const found = await models.applications
      .find({ _id: { $in: indexed.map((x) => x.id) }, cycleCode: code }, { status: 1, formationType: 1 })
      .lean();
    const apps = new Map(found.map((a) => [a._id, a]));
    const errors: FieldError[] = [];
    indexed.forEach(({ index: i, id }) => {
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
    async screen(code: string, decisions: readonly unknown[], actor: Actor) {
      await cycleOrThrow(code);
      const { rows, issues } = parseUploadRows(decisions, screeningDecisionSchema);
      const { errors } = await checkRows(
        code,
        rows.map((r) => ({ index: r.index, id: r.row.applicationId })),
        statusesAllowing('screen-ms'),
        'screening',
        'decisions',
      );
      errors.push(...rowErrors('decisions', issues));
      if (errors.length) throw refuseRows(sorted(errors), decisions.length, 'decisions');
      return handOver(
        code,
        'screening',
        rows.map((r) => r.row),
        actor,
      );
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

    skdResults: async (code: string, upload: Upload, actor: Actor) =>
      handOver(code, 'skd', await checkSkdResults(code, upload), actor),
    skbResults: async (code: string, upload: Upload & Pick<SkbResultsInput, 'components'>, actor: Actor) =>
      handOver(code, 'skb', await checkSkbResults(code, upload), actor, { components: upload.components }),
    competencyResults: async (code: string, upload: Upload, actor: Actor) =>
      handOver(code, 'competency', await checkCompetencyResults(code, upload), actor),
    checkSkdResults,
    checkSkbResults,
    checkCompetencyResults,
  };

  /** The rows of an SKD results upload, each checked; every bad row refused together (nothing applied). */
  async function checkSkdResults(code: string, upload: Upload) {
    const cycle = await cycleOrThrow(code);
    if (cycle.kind !== 'CPNS') throw conflict('a PPPK cycle has no SKD; send competency results');
    const rules = cycle.rules as CpnsRuleSet;
    const { rows, issues } = parseUploadRows(upload.rows, skdResultRowSchema);
    const { errors } = await checkRows(
      code,
      rows.map((r) => ({ index: r.index, id: r.row.applicationId })),
      statusesAllowing('skd-pass'),
      'an SKD result',
    );
    errors.push(...rowErrors('rows', issues));
    for (const { index, row } of rows) {
      for (const [subtest, problems] of Object.entries(validateSkdScores(row, rules))) {
        for (const message of problems ?? []) errors.push({ path: `body.rows.${index}.${subtest}`, message });
      }
    }
    if (errors.length) throw refuseRows(sorted(errors), upload.rows.length);
    return rows.map((r) => r.row);
  }

  /** The rows of an SKB results upload, each checked against the components and the rule set. */
  async function checkSkbResults(code: string, upload: Upload & Pick<SkbResultsInput, 'components'>) {
    const cycle = await cycleOrThrow(code);
    if (cycle.kind !== 'CPNS') throw conflict('a PPPK cycle has no SKB; send competency results');
    const scorer = skbScorer(upload.components, cycle.rules as CpnsRuleSet);
    if (!scorer.ok)
      throw badRequest(
        'the SKB components are not valid',
        scorer.reasons.map((message) => ({ path: 'body.components', message })),
      );
    const { rows, issues } = parseUploadRows(upload.rows, skbResultRowSchema);
    const { errors } = await checkRows(
      code,
      rows.map((r) => ({ index: r.index, id: r.row.applicationId })),
      statusesAllowing('final-pass'),
      'an SKB result',
    );
    errors.push(...rowErrors('rows', issues));
    for (const { index, row } of rows) {
      const scored = scorer.value(row.scores);
      if (!scored.ok)
        for (const message of scored.reasons) errors.push({ path: `body.rows.${index}.scores`, message });
    }
    if (errors.length) throw refuseRows(sorted(errors), upload.rows.length);
    return rows.map((r) => r.row);
  }

  /** The rows of a PPPK competency results upload, each checked against the rule set. */
  async function checkCompetencyResults(code: string, upload: Upload) {
    const cycle = await cycleOrThrow(code);
    if (cycle.kind !== 'PPPK') throw conflict('a CPNS cycle takes SKD and SKB results');
    const { rows, issues } = parseUploadRows(upload.rows, competencyResultRowSchema);
    const { errors } = await checkRows(
      code,
      rows.map((r) => ({ index: r.index, id: r.row.applicationId })),
      statusesAllowing('competency-pass'),
      'a competency result',
    );
    errors.push(...rowErrors('rows', issues));
    for (const { index, row } of rows) {
      for (const [part, problems] of Object.entries(
        validateCompetencyScores(row, cycle.rules as PppkRuleSet),
      )) {
        for (const message of problems ?? []) errors.push({ path: `body.rows.${index}.${part}`, message });
      }
    }
    if (errors.length) throw refuseRows(sorted(errors), upload.rows.length);
    return rows.map((r) => r.row);
  }
}

/** Errors in row order (then as found), so that a client reads them down its sheet. */
function sorted(errors: FieldError[]): FieldError[] {
  const row = (e: FieldError) => Number(e.path.split('.')[2]);
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => row(a.e) - row(b.e) || a.i - b.i)
    .map((x) => x.e);
}
