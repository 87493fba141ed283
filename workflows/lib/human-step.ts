// The one mechanism for every human step: "a person must do X by a deadline, is reminded before it and
// escalated after it". A step is opened, waits on durable timers (reminder, due date, escalation) and
// ends when the workflow's Update completes it, when it expires at its due date (if it does), or when it
// is cancelled. HR may move the due date; the timers follow. Follows Temporal's expense and
// updatable-timer samples. Workflow code: deterministic, no I/O (hooks call activities).
import { condition } from '@temporalio/workflow';

export type StepStatus = 'open' | 'completed' | 'expired' | 'cancelled';

export type StepOutcome<R> =
  | { kind: 'completed'; value: R; at: number }
  | { kind: 'expired'; at: number }
  | { kind: 'cancelled'; reason: string; at: number };

export interface StepTimes {
  /** Epoch ms of the deadline. */
  dueAt: number;
  /** Send a reminder this long before the deadline (skipped if the step opens later than that). */
  remindBeforeMs?: number;
  /** Escalate this long after a missed deadline (0 = at the deadline). */
  escalateAfterMs?: number;
  /** True when missing the deadline ends the step (a window); false when it stays open (a task). */
  expiresAtDue: boolean;
}

export interface StepHooks {
  onRemind?(step: HumanStep<unknown>): Promise<void>;
  onEscalate?(step: HumanStep<unknown>): Promise<void>;
}

export interface StepSnapshot {
  id: string;
  status: StepStatus;
  openedAt: number;
  dueAt: number;
  reminded: boolean;
  escalated: boolean;
}

export class HumanStep<R> {
  status: StepStatus = 'open';
  readonly openedAt = Date.now();
  reminded = false;
  escalated = false;
  private dueFired = false;
  private version = 0;
  private outcome?: StepOutcome<R>;

  constructor(
    readonly id: string,
    private times: StepTimes,
    private hooks: StepHooks = {},
  ) {
    // A reminder whose moment passed before the step even opened would only confuse: skip it.
    if (times.remindBeforeMs !== undefined && times.dueAt - times.remindBeforeMs <= this.openedAt)
      this.reminded = true;
  }

  get dueAt(): number {
    return this.times.dueAt;
  }

  get isOpen(): boolean {
    return this.status === 'open';
  }

  /** Called from an Update handler after its validator checked `isOpen`. */
  complete(value: R): void {
    this.close({ kind: 'completed', value, at: Date.now() });
  }

  cancel(reason: string): void {
    this.close({ kind: 'cancelled', reason, at: Date.now() });
  }

  /** Moves the deadline; reminders and escalations not yet due are re-armed for the new date. */
  extend(dueAt: number): void {
    const now = Date.now();
    this.times = { ...this.times, dueAt };
    this.dueFired = dueAt <= now && this.dueFired;
    if (this.times.remindBeforeMs !== undefined && dueAt - this.times.remindBeforeMs > now)
      this.reminded = false;
    if (this.times.escalateAfterMs !== undefined && dueAt + this.times.escalateAfterMs > now)
      this.escalated = false;
    this.version += 1;
  }

  snapshot(): StepSnapshot {
    return {
      id: this.id,
      status: this.status,
      openedAt: this.openedAt,
      dueAt: this.dueAt,
      reminded: this.reminded,
      escalated: this.escalated,
    };
  }

  /** Waits for the step to end, firing its reminder and escalation on time. */
  async run(): Promise<StepOutcome<R>> {
    while (this.status === 'open') {
      const next = this.nextEvent();
      const seen = this.version;
      const changed = () => this.status !== 'open' || this.version !== seen;
      if (!next) {
        await condition(changed);
        continue;
      }
      const wait = next.at - Date.now();
      if (wait > 0 && (await condition(changed, wait))) continue;
      await this.fire(next.kind);
    }
    return this.outcome!;
  }

  private nextEvent(): { kind: 'remind' | 'due' | 'escalate'; at: number } | undefined {
    const { dueAt, remindBeforeMs, escalateAfterMs, expiresAtDue } = this.times;
    const events: { kind: 'remind' | 'due' | 'escalate'; at: number }[] = [];
    if (!this.reminded && remindBeforeMs !== undefined)
      events.push({ kind: 'remind', at: dueAt - remindBeforeMs });
    if (!this.dueFired && expiresAtDue) events.push({ kind: 'due', at: dueAt });
    if (!this.escalated && escalateAfterMs !== undefined && !expiresAtDue)
      events.push({ kind: 'escalate', at: dueAt + escalateAfterMs });
    return events.sort((a, b) => a.at - b.at)[0];
  }

  private async fire(kind: 'remind' | 'due' | 'escalate'): Promise<void> {
    if (kind === 'remind') {
      this.reminded = true;
      await this.hooks.onRemind?.(this as HumanStep<unknown>);
    } else if (kind === 'due') {
      this.dueFired = true;
      this.close({ kind: 'expired', at: Date.now() });
    } else {
      this.escalated = true;
      await this.hooks.onEscalate?.(this as HumanStep<unknown>);
    }
  }

  private close(outcome: StepOutcome<R>): void {
    if (this.status !== 'open') throw new Error(`step ${this.id} is already ${this.status}`);
    this.outcome = outcome;
    this.status = outcome.kind;
    this.version += 1;
  }
}
