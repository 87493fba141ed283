// What each recruitment operation does, apart from HTTP: the checks against the read model (every bad row
// named, nothing applied), the idempotency of applications, and the hand-over to the workflows (Updates,
// whose validators refuse a step that is not open). The routes, the tests and the demo all call these.
import { createHash, createHmac } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import type { Models } from '../../db/connection';
import { upsertCycleRecord } from '../../db/cycle-record';
import type { Actor } from '../../domain/actor';
import { toApplicationView, toRankingRow, type StoredApplication } from '../../domain/recruitment/views';
import { viaUpdate } from '../updates';
import { auditHistory } from '../../db/audit-chain';
import {
  cycleRuleOverrides,
  type ApplicationInput as ApplicationBody,
  type CompetencyResultsInput,
  type CreateCycleInput,
  type ScreeningDecisionInput,
  type SkbResultsInput,
  type SkdResultsInput,
  type SkdSessionsInput,
} from '../../domain/recruitment/schemas';
import { resolveRuleSet, type CpnsRuleSet, type PppkRuleSet } from '../../domain/recruitment/rule-sets';
import { validateSkdScores } from '../../domain/recruitment/skd';
import { skbScorer, validateCompetencyScores } from '../../domain/recruitment/ranking';
import {
  announcementStages,
  isBanned,
  statusesAllowing,
  type AnnouncementStage,
  type ApplicationStatus,
} from '../../domain/recruitment/stages';
import {
  announce,
  applicationState,
  cycleState,
  decideAppeal,
  submitAppeal,
  submitBatch,
  submitDocuments,
  verifyDocuments,
  withdraw,
  type BatchKind,
  type CycleInput,
  type FormationConfig,
} from '../../workflows/recruitment/messages';
import { applicationWorkflowId, cycleWorkflowId } from '../../domain/workflow-ids';
import type { Auth } from '../../api/auth';
import { badRequest, conflict, notFound, type FieldError } from '../../commands/errors';

export interface RecruitmentDeps {
  client: Client;
  models: Models;
  auth: Auth;
  taskQueue: string;
  applicantKeySecret: string;
  hr: { email: string; headEmail: string };
  clock?: () => Date;
}

/** The applicant key: a keyed hash of the NIK, so no id, URL or workflow history carries the NIK. */
export function applicantKeyOf(nik: string, secret: string): string {
  return createHmac('sha256', secret).update(`nik:${nik}`).digest('hex');
}

/** A candidate acts on their own application, named by it (the audit trail holds no NIK). */
const candidateActor = (applicationId: string): Actor => ({ sub: applicationId, role: 'candidate' });

/** Runs an Update on a recruitment process, with the one mapping of its refusal. */
const step = <T>(run: () => Promise<T>) => viaUpdate('this process', run, { existed: true });

export function recruitmentCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const now = () => (deps.clock ?? (() => new Date()))();

  async function cycleOrThrow(code: string) {
    const cycle = await models.cycles.findById(code).lean();
    if (!cycle) throw notFound(`no recruitment cycle ${code}`);
    return cycle;
  }

  async function applicationOrThrow(id: string) {
    const app = await models.applications.findById(id).lean();
    if (!app) throw notFound(`no application ${id}`);
    return app;
  }

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

  /** Appeals still waiting for HR's answer, by stage, from the read model (the appeal desks count them too). */
  async function openAppeals(code: string) {
    const open: Partial<Record<AnnouncementStage, number>> = {};
    const isPending = (stage: AnnouncementStage) => ({ [`appeals.${stage}.status`]: 'pending' });
    // One query for every stage: on FerretDB each query on these fields reads the whole collection.
    const pending = await models.applications
      .find({ cycleCode: code, $or: announcementStages.map(isPending) }, { appeals: 1 })
      .lean();
    for (const stage of announcementStages) {
      const n = pending.filter((a) => a.appeals?.[stage]?.status === 'pending').length;
      if (n > 0) open[stage] = n;
    }
    return open;
  }

  const commands = {
    async createCycle(body: CreateCycleInput, actor: Actor) {
      const resolved = resolveRuleSet(body.kind, cycleRuleOverrides(body));
      if (!resolved.ok)
        throw badRequest(
          'the rule overrides are not valid',
          resolved.reasons.map((m) => ({ path: 'body.rules', message: m })),
        );
      const input: CycleInput = {
        code: body.code,
        kind: body.kind,
        title: body.title,
        formations: body.formations as FormationConfig[],
        schedule: {
          registrationOpensAt: body.schedule.registrationOpensAt,
          registrationClosesAt: body.schedule.registrationClosesAt,
        },
        rules: resolved.value.ruleSet,
        overrides: resolved.value.overridden,
        hr: deps.hr,
        createdBy: actor,
      };
      // The record first, so that the workflow's activities always find it (a failed start is retried by
      // the same request again: the record is kept, the workflow starts).
      await upsertCycleRecord(models, input);
      try {
        await client.workflow.start('recruitmentCycle', {
          taskQueue: deps.taskQueue,
          workflowId: cycleWorkflowId(body.code),
          args: [input],
        });
      } catch (err) {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          throw conflict(`a cycle with code ${body.code} already exists`);
        throw err;
      }
      return {
        code: body.code,
        workflowId: cycleWorkflowId(body.code),
        ruleSetId: input.rules.id,
        overridden: resolved.value.overridden,
      };
    },

    async getCycle(code: string) {
      const cycle = await cycleOrThrow(code);
      const live = await client.workflow
        .getHandle(cycleWorkflowId(code))
        .query(cycleState)
        .catch(() => undefined);
      const counts = await models.applications.aggregate<{
        _id: { formation: string; status: string };
        n: number;
      }>([
        { $match: { cycleCode: code } },
        { $group: { _id: { formation: '$formationCode', status: '$status' }, n: { $sum: 1 } } },
      ]);
      const byFormation: Record<string, Record<string, number>> = {};
      const byStatus: Record<string, number> = {};
      for (const c of counts) {
        (byFormation[c._id.formation] ??= {})[c._id.status] = c.n;
        byStatus[c._id.status] = (byStatus[c._id.status] ?? 0) + c.n;
      }
      return {
        code: cycle._id,
        kind: cycle.kind,
        title: cycle.title,
        phase: live?.phase ?? cycle.phase,
        ruleSetId: cycle.ruleSetId,
        formations: cycle.formations,
        schedule: cycle.schedule,
        appealWindows: live?.appealWindows ?? cycle.appealWindows,
        openAppeals: await openAppeals(code),
        documents: live?.documents,
        replacements: live?.replacements ?? 0,
        unfilled: live?.unfilled ?? [],
        counts: { byStatus, byFormation },
      };
    },

    async listCycles() {
      const cycles = await models.cycles
        .find({}, { title: 1, kind: 1, phase: 1, schedule: 1 })
        .sort({ createdAt: -1 })
        .limit(200)
        .lean();
      return cycles.map((c) => ({
        code: c._id,
        title: c.title,
        kind: c.kind,
        phase: c.phase,
        schedule: c.schedule,
      }));
    },

    /**
     * An application during registration. The same NIK again gives the same application back (no second
     * email) for the same formation and a 409 for another one; a NIK barred after withdrawing is refused.
     */
    async apply(
      code: string,
      body: ApplicationBody,
    ): Promise<{ applicationId: string; accessToken?: string; created: boolean }> {
      const cycle = await cycleOrThrow(code);
      const formation = (cycle.formations as FormationConfig[]).find((f) => f.code === body.formationCode);
      if (!formation) {
        throw badRequest('unknown formation', [
          { path: 'body.formationCode', message: `cycle ${code} has no formation ${body.formationCode}` },
        ]);
      }
      const applicantKey = applicantKeyOf(body.nik, deps.applicantKeySecret);
      const applicationId = `${code}-${applicantKey.slice(0, 20)}`;
      const workflowId = applicationWorkflowId(code, applicantKey);
      // A repeated request gets the same answer, even after registration closed.
      const existing = await models.applications.findById(applicationId, { formationCode: 1 }).lean();
      if (existing && existing.formationCode !== body.formationCode) {
        throw conflict('this NIK has already applied to another formation of this cycle');
      }
      let created = false;
      if (!existing) {
        // The cycle workflow opens and closes registration on its timers: it, not this clock, decides.
        const live = await client.workflow.getHandle(cycleWorkflowId(code)).query(cycleState);
        if (live.phase !== 'registration') {
          throw conflict(
            `registration for ${code} is open from ${cycle.schedule.registrationOpensAt} to ${cycle.schedule.registrationClosesAt}; the cycle is in its ${live.phase} phase`,
          );
        }
        const banned = (await models.bans.find({ applicantKey }, { years: 1 }).lean()).some((b) =>
          isBanned(b.years, now()),
        );
        if (banned)
          throw conflict(
            'this NIK withdrew after passing an earlier selection and may not apply in this budget year',
          );
        try {
          await models.applications.create({
            _id: applicationId,
            cycleCode: code,
            workflowId,
            applicantKey,
            formationCode: formation.code,
            formationType: formation.type,
            nik: body.nik,
            name: body.name,
            email: body.email,
            birthDate: body.birthDate,
            education: body.education,
            language: body.language,
            status: 'registered',
            seq: 0,
          });
          created = true;
        } catch (err) {
          if ((err as { code?: number }).code !== 11000) throw err;
          return commands.apply(code, body); // a concurrent twin won: answer as for a duplicate
        }
      }
      const rules = cycle.rules as CpnsRuleSet | PppkRuleSet;
      // Started with "use existing": a retry after a crash between the two writes starts it exactly once.
      await client.workflow.start('recruitmentApplication', {
        taskQueue: deps.taskQueue,
        workflowId,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        args: [
          {
            applicationId,
            cycleCode: code,
            cycleTitle: cycle.title,
            kind: cycle.kind as 'CPNS' | 'PPPK',
            formation: { code: formation.code, title: formation.title, type: formation.type },
            candidate: { name: body.name, email: body.email, language: body.language },
            windows: rules.windows,
            withdrawalBanBudgetYears: rules.withdrawalBanBudgetYears,
            hr: deps.hr,
          },
        ],
      });
      // A token only for a new application: a repeated NIK must not hand anyone access to its owner's file
      // (the owner already has the link by email).
      if (!created) return { applicationId, created };
      const accessToken = await deps.auth.sign(
        { sub: applicationId, role: 'candidate', app: applicationId },
        '180d',
      );
      return { applicationId, accessToken, created };
    },

    async getApplication(id: string) {
      const app = await applicationOrThrow(id);
      const live = await client.workflow
        .getHandle(app.workflowId)
        .query(applicationState)
        .catch(() => undefined);
      // What was decided about this application and when (actors stay in the audit trail for HR).
      const history = (await auditHistory(models, app.workflowId)).map((r) => ({
        at: r.at,
        action: r.action,
        reason: r.reason,
      }));
      return { ...toApplicationView(app as StoredApplication), nik: app.nik, live, history };
    },

    async listApplications(
      code: string,
      q: { stage?: string; status?: string; formation?: string; page: number; pageSize: number },
    ) {
      await cycleOrThrow(code);
      const filter: Record<string, unknown> = { cycleCode: code };
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
        items: items.map((a) => toApplicationView(a as StoredApplication)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

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

    async announce(code: string, stage: AnnouncementStage, actor: Actor) {
      await cycleOrThrow(code);
      if (stage === 'administration') {
        const unscreened = await models.applications.countDocuments({
          cycleCode: code,
          status: 'registered',
        });
        if (unscreened > 0) throw conflict(`${unscreened} application(s) are not screened yet`);
      }
      return step(() =>
        client.workflow
          .getHandle(cycleWorkflowId(code))
          .executeUpdate(announce, { args: [{ stage, actor }] }),
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

    async rankings(code: string, formationCode: string, stage: 'skd' | 'final', publicView: boolean) {
      const cycle = await cycleOrThrow(code);
      if (!(cycle.formations as FormationConfig[]).some((f) => f.code === formationCode))
        throw notFound(`cycle ${code} has no formation ${formationCode}`);
      const rankField = stage === 'skd' ? 'skdRank' : 'final.rank';
      const apps = await models.applications
        .find(
          { cycleCode: code, formationCode, [rankField]: { $exists: true } },
          { name: 1, status: 1, skd: 1, skb: 1, competency: 1, final: 1, skdRank: 1, replacementOf: 1 },
        )
        .sort({ [rankField]: 1 })
        .limit(5000)
        .lean();
      return {
        cycle: code,
        formation: formationCode,
        stage,
        rows: apps.map((a) => toRankingRow(a as never, stage, publicView)),
      };
    },

    appeal: (id: string, stage: AnnouncementStage, reason: string) =>
      withApplication(id, (h) =>
        h.executeUpdate(submitAppeal, { args: [{ stage, reason, actor: candidateActor(id) }] }),
      ),
    decideAppeal: (id: string, stage: AnnouncementStage, accepted: boolean, reason: string, actor: Actor) =>
      withApplication(id, (h) =>
        h.executeUpdate(decideAppeal, { args: [{ stage, accepted, reason, actor }] }),
      ),
    submitDocuments: (id: string, documents: { kind: string; reference: string }[]) =>
      withApplication(id, (h) =>
        h.executeUpdate(submitDocuments, { args: [{ documents, actor: candidateActor(id) }] }),
      ),
    verifyDocuments: (id: string, accepted: boolean, reason: string | undefined, actor: Actor) =>
      withApplication(id, (h) => h.executeUpdate(verifyDocuments, { args: [{ accepted, reason, actor }] })),
    withdraw: (id: string, reason: string) =>
      withApplication(id, (h) =>
        h.executeUpdate(withdraw, { args: [{ reason, actor: candidateActor(id) }] }),
      ),
  };
  return commands;

  async function withApplication<T>(
    id: string,
    run: (h: ReturnType<Client['workflow']['getHandle']>) => Promise<T>,
  ): Promise<T> {
    const app = await applicationOrThrow(id);
    return step(() => run(client.workflow.getHandle(app.workflowId)));
  }
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

export type RecruitmentCommands = ReturnType<typeof recruitmentCommands>;
