// A human step with a task in the inbox: the one way every process asks a person to do something by a
// deadline. The step's timers are a HumanStep's (reminder before the due date, escalation after it, or the
// end of a window at it); the task record follows it through the shared task activities: written when
// the step opens, marked when it is reminded or escalated, rewritten when it moves to another assignee or
// a new due date, closed when it is completed, expires or is cancelled. What differs per process is only
// who is told what (`TaskHooks`). Workflow code: deterministic, no I/O.
import { Mutex } from 'async-mutex';
import type { Actor } from '../../domain/actor';
import type { Assignee, TaskRecordInput } from '../../activities/tasks';
import { acts } from './activities';
import { HumanStep, type StepOutcome, type StepTimes } from './human-step';

const iso = (ms: number) => new Date(ms).toISOString();

export interface TaskHooks {
  /** Tells the assignee of the task; `key` makes each telling its own email (`opened`, `reassigned-7`). */
  announce?(t: Task<unknown>, key: string): Promise<unknown>;
  /** The `n`th reminder, before the due date. */
  remind?(t: Task<unknown>, n: number): Promise<unknown>;
  /** The due date passed: `to` is the assignee's superior (or the head of HR); `seq` keys the email. */
  escalate?(t: Task<unknown>, to: { name: string; email: string }, seq: number): Promise<unknown>;
}

export interface TaskOptions {
  taskId: string;
  workflowId: string;
  stepKey: string;
  assignee: Assignee;
  /** The record's fields besides its id, step, assignee, due date and sequence. */
  record: Omit<TaskRecordInput, 'taskId' | 'seq' | 'workflowId' | 'stepKey' | 'assignee' | 'dueAt'>;
  times: StepTimes;
  /** The workflow's own step sequence: every write of its read models takes the next number. */
  nextSeq: () => number;
  hooks?: TaskHooks;
}

export class Task<R> {
  readonly step: HumanStep<R>;
  assignee: Assignee;
  reminders = 0;
  /** The record's writes, one after another, so that they land in the order of their sequence. */
  private readonly writes = new Mutex();

  constructor(private readonly o: TaskOptions) {
    this.assignee = o.assignee;
    this.step = new HumanStep<R>(o.stepKey, o.times, {
      onRemind: () => this.remind(),
      onEscalate: () => this.escalate(),
    });
  }

  get taskId(): string {
    return this.o.taskId;
  }
  get stepKey(): string {
    return this.o.stepKey;
  }
  get dueAt(): string {
    return iso(this.step.dueAt);
  }
  get isOpen(): boolean {
    return this.step.isOpen;
  }

  /** Writes the task and tells its assignee. */
  async open(): Promise<void> {
    await this.save();
    await this.o.hooks?.announce?.(this as Task<unknown>, 'opened');
  }

  /** Waits for the step to end and closes the task as it ended (a completion is closed by `complete`). */
  async run(): Promise<StepOutcome<R>> {
    const outcome = await this.step.run();
    if (outcome.kind !== 'completed')
      await this.write((seq) => acts.closeTask({ taskId: this.taskId, seq, status: outcome.kind }));
    return outcome;
  }

  /** Called from an Update handler whose validator checked `isOpen`; the task closes as done. */
  complete(value: R, actor: Actor): Promise<void> {
    this.step.complete(value);
    return this.write((seq) => acts.closeTask({ taskId: this.taskId, seq, status: 'done', actor }));
  }

  cancel(reason: string): void {
    if (this.step.isOpen) this.step.cancel(reason);
  }

  /** HR moves the due date (audited); the reminder and escalation move with it and the assignee is told. */
  async extend(dueAt: string, reason: string, actor: Actor): Promise<number> {
    const previousDueAt = this.dueAt;
    this.step.extend(Date.parse(dueAt));
    return this.write(async (seq) => {
      await acts.extendTask({
        taskId: this.taskId,
        process: this.o.record.process,
        seq,
        workflowId: this.o.workflowId,
        stepKey: this.o.stepKey,
        previousDueAt,
        dueAt,
        reason,
        actor,
      });
      return seq;
    });
  }

  /** Hands the task to someone else, who gets their own reminder and escalation and is told. */
  async reassign(assignee: Assignee): Promise<void> {
    this.assignee = assignee;
    this.step.extend(this.step.dueAt);
    const seq = await this.save();
    await this.o.hooks?.announce?.(this as Task<unknown>, `reassigned-${seq}`);
  }

  private save(): Promise<number> {
    return this.write(async (seq) => {
      await acts.saveTask({
        ...this.o.record,
        taskId: this.taskId,
        workflowId: this.o.workflowId,
        stepKey: this.o.stepKey,
        assignee: this.assignee,
        dueAt: this.dueAt,
        seq,
      });
      return seq;
    });
  }

  private async remind(): Promise<void> {
    if (!this.step.isOpen) return; // completed in the same instant
    const n = ++this.reminders;
    await this.write((seq) =>
      acts.markTask({ taskId: this.taskId, seq, event: 'reminded', assigneeNip: this.assignee.nip }),
    );
    await this.o.hooks?.remind?.(this as Task<unknown>, n);
  }

  private async escalate(): Promise<void> {
    if (!this.step.isOpen) return; // completed in the same instant
    const [seq, { escalateTo }] = await this.write(
      async (seq) =>
        [
          seq,
          await acts.markTask({
            taskId: this.taskId,
            seq,
            event: 'escalated',
            assigneeNip: this.assignee.nip,
          }),
        ] as const,
    );
    await this.o.hooks?.escalate?.(this as Task<unknown>, escalateTo, seq);
  }

  /** Runs a write after the ones issued before it, with the sequence number taken when it runs. */
  private write<T>(fn: (seq: number) => Promise<T>): Promise<T> {
    return this.writes.runExclusive(() => fn(this.o.nextSeq()));
  }
}
