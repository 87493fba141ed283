// The appraisal of one employee for one year (PermenPANRB 6/2022, RULES 2.2), workflow ID
// `appraisal/<year>/<nip>`. It reads like the regulation: plan the SKP (draft, approve or return),
// rate each period after it ends, rate the year, give the employee the objection window and, if they
// object, the superior's final decision, then the follow-up. Every human step is a HumanStep (reminded
// before its due date, escalated after it) completed by the `completeTask` Update, whose validator
// refuses a step that is not open. Changes during the year arrive as signals (new supervisor, new
// position) or an Update (the employee leaves).
import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { EmployeeContext } from '../../activities/appraisal/records';
import { ratingDueAt, type AppraisalPeriod, type PeriodCode } from '../../domain/appraisal/periods';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import type { ObjectionDecision, Rating, SkpApproval, SkpDraft } from '../../domain/appraisal/schemas';
import { appraisalTasks, type AppraisalTaskType } from '../../domain/appraisal/tasks';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { HumanStep } from '../lib/human-step';
import { Task } from '../lib/task';
import {
  acceptResult,
  appraisalState,
  completeTask,
  extendTask,
  fileObjection,
  leaveAppraisal,
  positionChanged,
  recordFeedback,
  reportingLineChanged,
  type EmployeeAppraisalInput,
  type EmployeeAppraisalResult,
} from './messages';
import type { Assignee } from '../../activities/tasks';
import type { Actor } from '../../domain/actor';

interface Completion<T> {
  value: T;
  actor: Actor;
  assignee: Assignee;
}

/** An open step of this appraisal: its task, and what the task is about. */
interface OpenTask {
  task: Task<{ value: unknown; actor: Actor }>;
  type: AppraisalTaskType;
  period: PeriodCode | 'annual' | null;
}

/** The employee left: every stage stops. */
class Left extends Error {}

const iso = (ms: number) => new Date(ms).toISOString();

export async function employeeAppraisal(input: EmployeeAppraisalInput): Promise<EmployeeAppraisalResult> {
  const { year, nip, config } = input;
  const wf = workflowInfo().workflowId;
  const remindBeforeMs = durationMs(config.reminderBefore);
  const escalateAfterMs = durationMs(config.escalationAfter);
  let seq = 0;
  const next = () => ++seq;
  let phase = 'planning';
  let left: { reason: string } | null = null;
  let newPosition: string | null = null;
  let skpVersion = 0;
  let predikat: Predikat | null = null;
  let objected = false;
  let acceptanceRecorded = false;
  let objectionWindow: HumanStep<{ reason: string; actor: Actor; accepted?: true }> | null = null;
  const open = new Map<string, OpenTask>();
  const closed = new Map<string, string>();
  const base = () => ({ workflowId: wf, year, nip, seq: next() });

  // ---- Who the employee is (re-read when their position changes) --------------------------------------
  // Assigned once the handlers are registered (they must be before the first await).
  // eslint-disable-next-line prefer-const
  let employee!: EmployeeContext;

  // ---- Queries, Updates and signals -------------------------------------------------------------------
  setHandler(appraisalState, () => ({
    phase,
    openTasks: [...open.values()].map(({ task, type, period }) => ({
      taskId: task.taskId,
      type,
      period,
      dueAt: task.dueAt,
      assigneeNip: task.assignee.nip,
      assigneeName: task.assignee.name,
      reminded: task.step.reminded,
      escalated: task.step.escalated,
    })),
    objectionOpenUntil: objectionWindow?.isOpen ? iso(objectionWindow.dueAt) : null,
    predikat,
    left: !!left,
  }));

  const openTask = (taskId: string): OpenTask => {
    const t = open.get(taskId);
    if (!t) {
      const status = closed.get(taskId);
      throw new Error(status ? `the task is already ${status}` : 'no such open task in this appraisal');
    }
    if (!t.task.isOpen) throw new Error(`the task is already ${t.task.step.status}`);
    return t;
  };

  setHandler(
    completeTask,
    async ({ taskId, actor, payload }) => {
      const t = open.get(taskId)!;
      const value = appraisalTasks[t.type].payload.parse(payload);
      await t.task.complete({ value, actor }, actor);
      return { taskId, status: 'done' as const };
    },
    {
      validator: ({ taskId, actor, payload }) => {
        const t = openTask(taskId);
        const mayAct =
          t.task.assignee.kind === 'head-of-region'
            ? actor.role === 'hr'
            : !!actor.nip && actor.nip === t.task.assignee.nip;
        if (!mayAct) throw new Error('only the assignee may complete this task');
        const parsed = appraisalTasks[t.type].payload.safeParse(payload);
        if (!parsed.success) {
          throw new Error(
            parsed.error.issues.map((i) => `${['payload', ...i.path].join('.')}: ${i.message}`).join('; '),
          );
        }
      },
    },
  );

  setHandler(
    extendTask,
    async ({ taskId, dueAt, reason, actor }) => {
      const t = open.get(taskId)!;
      const previousDueAt = t.task.dueAt;
      const s = await t.task.extend(dueAt, reason, actor);
      await acts.sendEmail({
        key: `${wf}/${t.task.stepKey}/extended-${s}`,
        to: t.task.assignee.email,
        template: 'deadlineExtended',
        data: { ...taskRef(t), recipientName: t.task.assignee.name, previousDueAt, reason },
      });
      return { taskId, dueAt };
    },
    {
      validator: ({ taskId, dueAt, actor }) => {
        openTask(taskId);
        if (actor.role !== 'hr') throw new Error('only HR may extend a deadline');
        if (Number.isNaN(Date.parse(dueAt))) throw new Error('dueAt is not an instant');
      },
    },
  );

  setHandler(recordFeedback, ({ note, actor }) => acts.recordFeedback({ ...base(), note, actor }), {
    validator: (_input) => {
      if (left || phase === 'done')
        throw new Error(`the appraisal is ${left ? 'ended: the employee left' : 'done'}`);
    },
  });

  setHandler(
    fileObjection,
    async ({ reason, actor }) => {
      objectionWindow!.complete({ reason, actor });
      await acts.recordObjection({ ...base(), reason, actor, predikat: predikat! });
      return { decisionDueAt: iso(Date.now() + durationMs(config.deadlines.objectionWindow)) };
    },
    {
      validator: ({ actor }) => {
        if (!objectionWindow?.isOpen) throw new Error('the objection window is not open');
        if (actor.nip !== nip) throw new Error('only the employee may object to their result');
      },
    },
  );

  // The employee accepts the annual result: the window closes now instead of at its end. (A new Update:
  // a history without it runs as before.)
  setHandler(
    acceptResult,
    async ({ note, actor }) => {
      const acceptedAt = iso(Date.now());
      objectionWindow!.complete({ reason: note ?? '', actor, accepted: true });
      // Recorded by the stage itself (before the follow-up, so in sequence order); answered once it is.
      await condition(() => acceptanceRecorded || left !== null);
      return { predikat: predikat!, acceptedAt };
    },
    {
      validator: ({ actor }) => {
        if (!objectionWindow?.isOpen) throw new Error('the objection window is not open');
        if (actor.nip !== nip) throw new Error('only the employee may accept their result');
      },
    },
  );

  setHandler(
    leaveAppraisal,
    async ({ reason, actor }) => {
      left = { reason };
      for (const t of open.values()) t.task.cancel('the employee left');
      if (objectionWindow?.isOpen) objectionWindow.cancel('the employee left');
      await acts.recordLeaving({ ...base(), reason, actor });
      return { status: 'left' as const };
    },
    {
      validator: (_input) => {
        if (left) throw new Error('the employee has already left');
        if (phase === 'done') throw new Error('the appraisal is already done');
      },
    },
  );

  setHandler(reportingLineChanged, async () => {
    for (const t of [...open.values()]) {
      if (!t.task.isOpen || appraisalTasks[t.type].assignee === 'employee') continue;
      const now = await acts.prepareAppraisalTask({
        workflowId: wf,
        stepKey: t.task.stepKey,
        type: t.type,
        subjectNip: nip,
      });
      const same = now.assignee.nip === t.task.assignee.nip && now.assignee.kind === t.task.assignee.kind;
      if (t.task.isOpen && !same) await t.task.reassign(now.assignee);
    }
  });

  setHandler(positionChanged, ({ position }) => {
    newPosition = position;
  });

  // ---- The one way a human step runs ------------------------------------------------------------------
  function taskRef(t: OpenTask) {
    return {
      task: t.type,
      subjectName: employee.name,
      year,
      ...(t.period ? { period: t.period } : {}),
      dueAt: t.task.dueAt,
    };
  }

  async function humanTask<T>(
    type: AppraisalTaskType,
    stepKey: string,
    period: OpenTask['period'],
    dueAt: string,
    announce: (t: Task<unknown>, key: string) => Promise<unknown>,
  ): Promise<Completion<T>> {
    if (left) throw new Left();
    const opened = await acts.prepareAppraisalTask({ workflowId: wf, stepKey, type, subjectNip: nip });
    const t: OpenTask = { type, period, task: undefined! };
    t.task = new Task({
      taskId: opened.taskId,
      workflowId: wf,
      stepKey,
      assignee: opened.assignee,
      record: {
        process: 'appraisal',
        type,
        year,
        period,
        subjectNip: nip,
        subjectName: opened.subjectName,
        unitCode: opened.unitCode,
      },
      times: { dueAt: Date.parse(dueAt), remindBeforeMs, escalateAfterMs, expiresAtDue: false },
      nextSeq: next,
      hooks: {
        announce,
        remind: (task, n) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/reminder-${n}`,
            to: task.assignee.email,
            template: 'taskReminder',
            data: { ...taskRef(t), assigneeName: task.assignee.name },
          }),
        escalate: (task, to, s) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/escalation-${s}`,
            to: to.email,
            template: 'taskEscalation',
            data: { ...taskRef(t), assigneeName: task.assignee.name, supervisorName: to.name },
          }),
      },
    });
    open.set(t.task.taskId, t);
    await t.task.open();
    const outcome = await t.task.run();
    open.delete(t.task.taskId);
    closed.set(t.task.taskId, outcome.kind === 'completed' ? 'done' : outcome.kind);
    if (outcome.kind !== 'completed') throw new Left();
    return { ...(outcome.value as { value: T; actor: Actor }), assignee: t.task.assignee };
  }

  const mail = (key: string, to: string, template: string, data: object) =>
    acts.sendEmail({ key: `${wf}/${key}`, to, template, data } as Parameters<typeof acts.sendEmail>[0]);
  const setPhase = async (p: string) => {
    phase = p;
    await acts.setAppraisalPhase({ ...base(), phase: p });
  };

  // ---- Stage 1: planning (SKP drafted by the employee, approved or returned by the appraiser) ---------
  async function planSkp(): Promise<void> {
    const version = ++skpVersion;
    const position = newPosition ?? employee.position;
    newPosition = null;
    const dueAt =
      version === 1
        ? config.deadlines.skpDueAt
        : iso(
            Math.max(
              Date.parse(config.deadlines.skpDueAt),
              Date.now() + durationMs(config.deadlines.periodRatingWindow),
            ),
          );
    let returnedNote: string | null = null;
    for (let round = 1; ; round++) {
      const draftKey = `skp-${version}-draft-${round}`;
      const draft = await humanTask<SkpDraft>('skp-draft', draftKey, null, dueAt, async (t, key) => {
        if (key === 'opened' && returnedNote !== null) return; // the return email asked for this draft
        await mail(`${draftKey}/${key}`, employee.email, 'skpDraftRequested', {
          employeeName: employee.name,
          year,
          dueAt: t.dueAt,
        });
      });
      await acts.recordSkp({
        ...base(),
        version,
        step: draftKey,
        event: 'drafted',
        skp: draft.value,
        actor: draft.actor,
        position,
      });
      const approvalKey = `skp-${version}-approval-${round}`;
      const approval = await humanTask<SkpApproval>('skp-approval', approvalKey, null, dueAt, (t, key) =>
        mail(`${approvalKey}/${key}`, t.assignee.email, 'skpSubmitted', {
          appraiserName: t.assignee.name,
          employeeName: employee.name,
          year,
          dueAt: t.dueAt,
        }),
      );
      const { approved, note } = approval.value;
      await acts.recordSkp({
        ...base(),
        version,
        step: approvalKey,
        event: approved ? 'approved' : 'returned',
        note,
        actor: approval.actor,
        position,
      });
      if (approved) {
        await mail(`${approvalKey}/approved`, employee.email, 'skpApproved', {
          employeeName: employee.name,
          appraiserName: approval.assignee.name,
          year,
        });
        return;
      }
      returnedNote = note ?? '';
      await mail(`${approvalKey}/returned`, employee.email, 'skpReturned', {
        employeeName: employee.name,
        appraiserName: approval.assignee.name,
        year,
        note: returnedNote,
        dueAt,
      });
    }
  }

  /** Waits for an instant; a new position starts a new SKP meanwhile, leaving stops everything. */
  async function waitUntil(instant: string): Promise<void> {
    for (;;) {
      if (left) throw new Left();
      if (newPosition !== null) {
        const p = phase;
        await setPhase('planning');
        await planSkp();
        await setPhase(p);
        continue;
      }
      const wait = Date.parse(instant) - Date.now();
      if (wait <= 0) return;
      await condition(() => left !== null || newPosition !== null, wait);
    }
  }

  // ---- Stages 3 and 4: periodic and annual evaluation -------------------------------------------------
  async function rate(period: PeriodCode | 'annual', dueAt: string) {
    const stepKey = `rating-${period}`;
    const type = period === 'annual' ? 'annual-rating' : 'period-rating';
    const rating = await humanTask<Rating>(type, stepKey, period, dueAt, (t, key) =>
      mail(`${stepKey}/${key}`, t.assignee.email, 'ratingRequested', {
        appraiserName: t.assignee.name,
        employeeName: employee.name,
        year,
        period,
        dueAt: t.dueAt,
      }),
    );
    const result = await acts.recordRating({
      ...base(),
      period,
      config,
      rating: rating.value,
      actor: rating.actor,
      headOf: employee.headOf,
      functionalGrade: employee.functionalGrade,
    });
    return { ...result, note: rating.value.note, appraiserName: rating.assignee.name };
  }

  async function ratePeriod(period: AppraisalPeriod): Promise<void> {
    const r = await rate(period.period, ratingDueAt(period, config.deadlines.periodRatingWindow));
    await mail(`rating-${period.period}/result`, employee.email, 'periodRatingGiven', {
      employeeName: employee.name,
      year,
      period: period.period,
      hasilKerja: r.hasilKerja,
      perilakuKerja: r.perilakuKerja,
      predikat: r.predikat,
      ...(r.note ? { note: r.note } : {}),
    });
  }

  // ---- Stage 5: objection (keberatan) to the appraiser's superior, whose decision is final ------------
  async function objectionStage(annual: {
    hasilKerja: string;
    perilakuKerja: string;
    predikat: Predikat;
    appraiserName: string;
  }): Promise<Predikat> {
    const windowMs = durationMs(config.deadlines.objectionWindow);
    const dueAt = Date.now() + windowMs;
    // The window opens before the record and the email say so, so that an employee who sees it open can
    // object or accept at once.
    objectionWindow = new HumanStep('objection-window', { dueAt, expiresAtDue: true });
    await setPhase('objection-window');
    await mail('annual/result', employee.email, 'annualResult', {
      employeeName: employee.name,
      year,
      hasilKerja: annual.hasilKerja,
      perilakuKerja: annual.perilakuKerja,
      predikat: annual.predikat,
      objectionDueAt: iso(dueAt),
    });
    const window = objectionWindow;
    if (left && window.isOpen) window.cancel('the employee left');
    const filed = await window.run();
    if (filed.kind === 'cancelled') throw new Left();
    if (filed.kind === 'expired') return annual.predikat;
    if (filed.value.accepted) {
      await acts.recordAcceptance({
        ...base(),
        note: filed.value.reason,
        actor: filed.value.actor,
        predikat: annual.predikat,
      });
      acceptanceRecorded = true;
      return annual.predikat;
    }
    objected = true;
    const decision = await humanTask<ObjectionDecision>(
      'objection-decision',
      'objection-decision',
      'annual',
      iso(Date.now() + windowMs),
      (t, key) =>
        mail(`objection-decision/${key}`, t.assignee.email, 'objectionReceived', {
          superiorName: t.assignee.name,
          employeeName: employee.name,
          appraiserName: annual.appraiserName,
          year,
          predikat: annual.predikat,
          reason: filed.value.reason,
          dueAt: t.dueAt,
        }),
    );
    await acts.decideObjection({
      ...base(),
      previous: annual.predikat,
      predikat: decision.value.predikat,
      reason: decision.value.reason,
      actor: decision.actor,
    });
    await mail('objection-decision/result', employee.email, 'objectionDecided', {
      employeeName: employee.name,
      year,
      previousPredikat: annual.predikat,
      predikat: decision.value.predikat,
      reason: decision.value.reason,
    });
    return decision.value.predikat;
  }

  // ---- The year, stage by stage -----------------------------------------------------------------------
  employee = await acts.startAppraisalRecord(base());
  try {
    await planSkp();
    await setPhase('execution');
    for (const period of config.periods) {
      await waitUntil(period.endsAt);
      await ratePeriod(period);
    }
    await setPhase('annual-evaluation');
    const annual = await rate('annual', config.deadlines.annualDueAt);
    predikat = annual.predikat;
    predikat = await objectionStage(annual);
    // Stage 6: follow-up (credit points, promotion eligibility, improvement plan).
    await acts.completeAppraisal({
      ...base(),
      config,
      predikat,
      level: employee.level,
      functionalGrade: employee.functionalGrade,
    });
    phase = 'done';
    await condition(allHandlersFinished);
    return { status: 'done', predikat, objected };
  } catch (err) {
    if (!(err instanceof Left)) throw err;
    phase = 'left';
    await condition(allHandlersFinished);
    return { status: 'left', predikat, objected };
  }
}
