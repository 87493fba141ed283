// The year's awards round (penghargaan), workflow ID `awards/<year>`, started by HR once the appraisal
// year has closed (commands/appraisal/awards.ts). It reads like the city's procedure: open the round under
// its rule set (domain/appraisal/award-rules.ts), draw up each unit's eligible list from the year's
// results (in an activity: the history holds one line per unit, never one per employee), ask each unit
// head to nominate within the quota by a due date (reminded before, escalated to their superior after,
// closed at the end of the grace), then HR's committee decides each nomination with a reason, and the
// employee is told. Every human step is a task (workflows/lib/task.ts) completed by the `completeTask`
// Update, whose validator refuses a step that is not open or a caller who is not its assignee.
import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Assignee } from '../../activities/tasks';
import type { AwardUnitTask } from '../../activities/appraisal/awards';
import type { Actor } from '../../domain/actor';
import {
  awardWindowsMs,
  qualifyingPredikat,
  resolveAwardRules,
  type AwardDecision,
  type AwardNominations,
  type AwardRuleOverrides,
  type AwardRuleSetId,
} from '../../domain/appraisal/award-rules';
import { awardTasks, type AwardTaskType } from '../../domain/appraisal/award-tasks';
import { acts, batchActs } from '../lib/activities';
import { Task } from '../lib/task';
import { awardsState, unitHeadsChanged } from './award-messages';
import { completeTask, extendTask } from './messages';

export interface YearAwardsInput {
  year: number;
  ruleSetId?: AwardRuleSetId;
  ruleOverrides?: AwardRuleOverrides;
  /** Who opened the round (HR). */
  actor: Actor;
}

export interface YearAwardsResult {
  year: number;
  units: number;
  nominated: number;
  awarded: number;
}

interface OpenAwardTask {
  task: Task<{ value: unknown; actor: Actor }>;
  type: AwardTaskType;
  unitCode: string;
  nip: string | null;
  /** Set once the step's outcome is written: the Update answers after it. */
  recorded: boolean;
}

export async function yearAwards(input: YearAwardsInput): Promise<YearAwardsResult> {
  const { year } = input;
  const { rules, changes } = resolveAwardRules(input.ruleOverrides ?? {}, input.ruleSetId);
  const windows = awardWindowsMs(rules);
  const wf = workflowInfo().workflowId;
  let seq = 0;
  const next = () => ++seq;
  let phase = 'eligibility';
  const open = new Map<string, OpenAwardTask>();
  const closed = new Map<string, string>();
  let nominated = 0;
  let awarded = 0;

  setHandler(awardsState, () => ({
    year,
    phase,
    openTasks: [...open.values()].map((t) => ({
      taskId: t.task.taskId,
      type: t.type,
      unitCode: t.unitCode,
      nip: t.nip,
      dueAt: t.task.dueAt,
      assigneeNip: t.task.assignee.nip,
      reminded: t.task.step.reminded,
      escalated: t.task.step.escalated,
    })),
  }));

  setHandler(
    completeTask,
    async ({ taskId, actor, payload }) => {
      const t = open.get(taskId)!;
      const value: unknown = awardTasks[t.type].payload.parse(payload);
      await t.task.complete({ value, actor }, actor);
      // Answered once the stage has written what it decided, so that every page then shows it.
      await condition(() => t.recorded);
      return { taskId, status: 'done' as const };
    },
    {
      validator: ({ taskId, actor, payload }) => {
        const t = open.get(taskId);
        if (!t || !t.task.isOpen) {
          const status = closed.get(taskId);
          throw new Error(status ? `the task is already ${status}` : 'no such open task in this round');
        }
        const a = t.task.assignee;
        const mayAct = a.kind === 'hr' ? actor.role === 'hr' : !!actor.nip && actor.nip === a.nip;
        if (!mayAct) throw new Error('only the assignee may complete this task');
        const parsed = awardTasks[t.type].payload.safeParse(payload);
        if (!parsed.success)
          throw new Error(
            parsed.error.issues.map((i) => `${['payload', ...i.path].join('.')}: ${i.message}`).join('; '),
          );
        if (
          t.type === 'award-nomination' &&
          (parsed.data as AwardNominations).nominations.length > rules.criteria.quotaPerUnit
        )
          throw new Error(`at most ${rules.criteria.quotaPerUnit} nomination(s) per unit (the quota)`);
      },
    },
  );

  // A unit's new head takes over its open nomination (with their own reminder and escalation).
  setHandler(unitHeadsChanged, async () => {
    const nominations = [...open.values()].filter((t) => t.type === 'award-nomination' && t.task.isOpen);
    if (nominations.length === 0) return;
    const { heads } = await acts.awardUnitHeads({ unitCodes: nominations.map((t) => t.unitCode) });
    for (const t of nominations) {
      const now = heads.find((h) => h.unitCode === t.unitCode)?.assignee;
      const same = now && now.nip === t.task.assignee.nip && now.kind === t.task.assignee.kind;
      if (now && !same && t.task.isOpen) await t.task.reassign(now);
    }
  });

  // HR moves a task's due date (audited by the task; its reminder and escalation move with it).
  setHandler(
    extendTask,
    async ({ taskId, dueAt, reason, actor }) => {
      const t = open.get(taskId)!;
      const previousDueAt = t.task.dueAt;
      const s = await t.task.extend(dueAt, reason, actor);
      await acts.sendEmail({
        key: `${wf}/${t.task.stepKey}/extended-${s}`,
        to: t.task.assignee.email,
        template: 'awardTaskExtended',
        data: {
          recipientName: t.task.assignee.name,
          task: t.type,
          year,
          subjectName: t.type === 'award-nomination' ? t.unitCode : (t.nip ?? ''),
          previousDueAt,
          dueAt,
          reason,
        },
      });
      return { taskId, dueAt };
    },
    {
      validator: ({ taskId, dueAt, actor }) => {
        if (!open.get(taskId)?.task.isOpen) throw new Error('no such open task in this round');
        if (actor.role !== 'hr') throw new Error('only HR may extend a deadline');
        if (Number.isNaN(Date.parse(dueAt))) throw new Error('dueAt is not an instant');
      },
    },
  );

  /** A human step of the round: its task opened (the assignee told), reminded and escalated. */
  function humanTask(o: {
    type: AwardTaskType;
    taskId: string;
    stepKey: string;
    assignee: Assignee;
    unitCode: string;
    nip: string | null;
    subjectName: string;
    dueAt: number;
    announce: (task: Task<unknown>, key: string) => Promise<unknown>;
  }): OpenAwardTask {
    const ref = (task: Task<unknown>) => ({
      task: o.type,
      year,
      subjectName: o.subjectName,
      dueAt: task.dueAt,
    });
    const t: OpenAwardTask = {
      type: o.type,
      unitCode: o.unitCode,
      nip: o.nip,
      recorded: false,
      task: new Task({
        taskId: o.taskId,
        workflowId: wf,
        stepKey: o.stepKey,
        assignee: o.assignee,
        record: {
          process: 'awards',
          type: o.type,
          year,
          subjectNip: o.nip,
          subjectName: o.subjectName,
          unitCode: o.unitCode,
        },
        times: {
          dueAt: o.dueAt,
          remindBeforeMs: windows.remindBefore,
          escalateAfterMs: windows.escalateAfter,
          expiresAtDue: false,
        },
        nextSeq: next,
        hooks: {
          announce: o.announce,
          remind: (task, n) =>
            acts.sendEmail({
              key: `${wf}/${o.stepKey}/reminder-${n}`,
              to: task.assignee.email,
              template: 'awardTaskReminder',
              data: { ...ref(task), assigneeName: task.assignee.name },
              link: {
                path: o.type === 'award-nomination' ? '/me/awards' : `/hr/appraisal/years/${year}/awards`,
              },
            }),
          escalate: (task, to, s) =>
            acts.sendEmail({
              key: `${wf}/${o.stepKey}/escalation-${s}`,
              to: to.email,
              template: 'awardTaskEscalation',
              data: { ...ref(task), assigneeName: task.assignee.name, supervisorName: to.name },
            }),
        },
      }),
    };
    open.set(o.taskId, t);
    return t;
  }

  const finish = (t: OpenAwardTask, status: string) => {
    open.delete(t.task.taskId);
    closed.set(t.task.taskId, status);
  };

  /** The committee decides one nomination, with a reason; the employee is told. */
  async function decide(n: { nip: string; name: string; taskId: string }, unit: AwardUnitTask) {
    const hr: Assignee = { kind: 'hr', nip: null, name: 'Tim Penghargaan BKPSDM', email: hrEmail };
    const t = humanTask({
      type: 'award-decision',
      taskId: n.taskId,
      stepKey: `decision/${n.nip}`,
      assignee: hr,
      unitCode: unit.unitCode,
      nip: n.nip,
      subjectName: n.name,
      dueAt: Date.now() + windows.decision,
      announce: (task, key) =>
        acts.sendEmail({
          key: `${wf}/decision/${n.nip}/${key}`,
          to: task.assignee.email,
          template: 'awardDecisionRequested',
          data: {
            recipientName: task.assignee.name,
            year,
            employeeName: n.name,
            unitName: unit.unitName,
            dueAt: task.dueAt,
          },
          link: { path: `/hr/appraisal/years/${year}/awards` },
        }),
    });
    await t.task.open();
    const outcome = await t.task.run();
    if (outcome.kind !== 'completed') return finish(t, outcome.kind);
    const { value, actor } = outcome.value as { value: AwardDecision; actor: Actor };
    const employee = await acts.recordAwardDecision({
      workflowId: wf,
      seq: next(),
      year,
      nip: n.nip,
      awarded: value.awarded,
      reason: value.reason,
      actor,
    });
    if (value.awarded) awarded++;
    t.recorded = true;
    finish(t, 'done');
    await acts.sendEmail({
      key: `${wf}/decision/${n.nip}/decided`,
      to: employee.email,
      template: 'awardDecided',
      data: { employeeName: employee.name, year, awarded: value.awarded, reason: value.reason },
      link: { path: '/me/awards' },
    });
  }

  /** A unit head nominates from the unit's eligible list by the due date; each nomination is decided. */
  async function unitRound(unit: AwardUnitTask, dueAt: number) {
    const t = humanTask({
      type: 'award-nomination',
      taskId: unit.taskId,
      stepKey: `nomination/${unit.unitCode}`,
      assignee: unit.assignee,
      unitCode: unit.unitCode,
      nip: null,
      subjectName: unit.unitName,
      dueAt,
      announce: (task, key) =>
        acts.sendEmail({
          key: `${wf}/nomination/${unit.unitCode}/${key}`,
          to: task.assignee.email,
          template: 'awardNominationRequested',
          data: {
            headName: task.assignee.name,
            year,
            unitName: unit.unitName,
            eligible: unit.eligible,
            quota: rules.criteria.quotaPerUnit,
            criteria: qualifyingPredikat(rules, 'id'),
            dueAt: task.dueAt,
          },
          link: { path: '/me/awards' },
        }),
    });
    await t.task.open();
    // A late nomination is still taken until the end of the grace after the due date (which HR may
    // move); then the step closes.
    const closing = (async () => {
      while (t.task.isOpen) {
        const due = t.task.dueAt;
        const closes = Date.parse(due) + windows.grace;
        const moved = () => !t.task.isOpen || t.task.dueAt !== due;
        if (!(await condition(moved, Math.max(1, closes - Date.now())))) {
          t.task.cancel('the nomination window closed');
          return;
        }
      }
    })();
    const outcome = await t.task.run();
    await closing;
    if (outcome.kind !== 'completed') return finish(t, 'closed without a nomination');
    const { value, actor } = outcome.value as { value: AwardNominations; actor: Actor };
    const nominees = await acts.recordAwardNominations({
      workflowId: wf,
      seq: next(),
      year,
      unitCode: unit.unitCode,
      nominations: value.nominations,
      actor,
      byName: t.task.assignee.name,
    });
    nominated += nominees.length;
    t.recorded = true;
    finish(t, 'done');
    await Promise.all(nominees.map((n) => decide(n, unit)));
  }

  // 1. The round opens under its rule set (and the year's overrides), audited.
  const { hrEmail } = await acts.openAwardRound({
    workflowId: wf,
    seq: next(),
    year,
    rules,
    ruleChanges: changes,
    actor: input.actor,
  });
  // 2. Each unit's eligible list, from the year's final results.
  const { units } = await batchActs.listAwardEligibility({ workflowId: wf, seq: next(), year, rules });
  // 3 and 4. The unit heads nominate; the committee decides each nomination as it comes.
  phase = 'nomination';
  const dueAt = Date.now() + windows.nomination;
  await Promise.all(units.map((u) => unitRound(u, dueAt)));
  // 5. The round closes.
  phase = 'closed';
  await acts.closeAwardRound({
    workflowId: wf,
    seq: next(),
    year,
    counts: { units: units.length, nominated, awarded },
  });
  await condition(allHandlersFinished);
  return { year, units: units.length, nominated, awarded };
}
