// A minimal process built on the human-step mechanism: one task with a reminder, an escalation or an
// expiry, completed or extended through Updates, each notification an email through the outbox.
import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { HumanStep, type StepOutcome, type StepSnapshot } from '../../../workflows/lib/human-step';
import { acts } from '../../../workflows/lib/activities';

export interface DeadlineHarnessInput {
  to: string;
  supervisor: string;
  dueAt: number;
  remindBeforeMs?: number;
  escalateAfterMs?: number;
  expiresAtDue: boolean;
}

export const completeStep = defineUpdate<string, [string]>('completeStep');
export const extendStep = defineUpdate<number, [number]>('extendStep');
export const stepState = defineQuery<StepSnapshot>('stepState');

export async function deadlineHarness(input: DeadlineHarnessInput): Promise<StepOutcome<string>> {
  const wf = workflowInfo().workflowId;
  const task = {
    task: 'skp-approval' as const,
    subjectName: 'Yohanes Lado',
    year: 2026,
    dueAt: new Date(input.dueAt).toISOString(),
  };
  const step = new HumanStep<string>('approval', input, {
    onRemind: async () => {
      await acts.sendEmail({
        key: `${wf}/approval/reminder`,
        to: input.to,
        template: 'taskReminder',
        data: { ...task, assigneeName: 'Ir. Maria Fernandez' },
      });
    },
    onEscalate: async () => {
      await acts.sendEmail({
        key: `${wf}/approval/escalation`,
        to: input.supervisor,
        template: 'taskEscalation',
        data: { ...task, assigneeName: 'Ir. Maria Fernandez', supervisorName: 'Drs. Paulus Bria' },
      });
    },
  });
  const notOpen = () => {
    if (!step.isOpen) throw new Error(`the step is ${step.status}, not open`);
  };
  setHandler(stepState, () => step.snapshot());
  setHandler(
    completeStep,
    async (value) => {
      step.complete(value);
      await acts.recordAudit({
        key: `${wf}/approval/completed`,
        at: new Date().toISOString(),
        actor: 'tester',
        role: 'supervisor',
        action: 'step.completed',
        subject: wf,
        reason: value,
      });
      return value;
    },
    {
      validator: (value: string) => {
        notOpen();
        if (!value.trim()) throw new Error('a note is required');
      },
    },
  );
  setHandler(
    extendStep,
    (dueAt) => {
      step.extend(dueAt);
      return dueAt;
    },
    { validator: (_dueAt: number) => notOpen() },
  );
  const outcome = await step.run();
  await condition(allHandlersFinished);
  return outcome;
}
