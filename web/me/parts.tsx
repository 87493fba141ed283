// Pieces the staff member's own pages (web/me/) share: a task's line (what, for whom, which period, due
// in WITA, overdue, reminded, escalated), an explanation beside a result, the name of a phase and of a
// period, notices, and the refusals of a form field in the reader's words.
import type { z } from 'zod';
import { periodLabel } from '../../domain/appraisal/emails';
import type { PeriodCode } from '../../domain/appraisal/periods';
import type { Explanation } from '../../domain/appraisal/explanations';
import { taskTitle, type TaskView } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import type { PageContext } from '../layout';
import type { MessageKey } from '../../domain/messages';

type Issue = z.ZodError['issues'][number];

/** The appraisal phases a record may be in, with their names (a stored value is looked up, never indexed). */
const phaseKeys = {
  planning: 'me.phase.planning',
  execution: 'me.phase.execution',
  'annual-evaluation': 'me.phase.annualEvaluation',
  'objection-window': 'me.phase.objectionWindow',
  objection: 'me.phase.objection',
  done: 'me.phase.done',
  left: 'me.phase.left',
} as const satisfies Record<string, MessageKey>;

export function phaseName(ctx: PageContext, phase: string | null): string {
  if (phase === null) return ctx.t('me.phase.none');
  return Object.hasOwn(phaseKeys, phase) ? ctx.t(phaseKeys[phase as keyof typeof phaseKeys]) : phase;
}

/** "Triwulan I 2026" / "tahun 2026". */
export function periodName(ctx: PageContext, period: string | null, year: number): string {
  return periodLabel((period ?? 'annual') as PeriodCode | 'annual', year, ctx.lang);
}

/** Due date in WITA, and whether it is late, was reminded or escalated (and to whom). */
export function Due({ ctx, task }: { ctx: PageContext; task: TaskView }) {
  return (
    <>
      {ctx.t('staff.task.due')} <When ctx={ctx} at={task.dueAt} />
      {task.overdue && <strong class="overdue"> · {ctx.t('staff.task.overdue')}</strong>}
      {task.reminded && <span class="tag">{ctx.t('me.task.reminded')}</span>}
      {task.escalated && (
        <span class="tag">{ctx.t('me.task.escalated', { to: task.escalatedTo ?? '' })}</span>
      )}
    </>
  );
}

/** A task in a list: its title linked to the form that completes it, the person and period, the due date. */
export function TaskLine(props: {
  ctx: PageContext;
  task: TaskView;
  /** Whether the title links to the task's form (only the assignee's own tasks do). */
  link?: boolean;
  id?: string;
  /** Said first, e.g. whose task it is. */
  lead?: string;
}) {
  const { ctx, task, link = true, lead } = props;
  const title = taskTitle(task.type, ctx.lang);
  const about = [task.subjectName, task.year ? periodName(ctx, task.period, task.year) : '']
    .filter(Boolean)
    .join(', ');
  return (
    <li id={props.id ?? `task-${task.id}`}>
      {lead ? `${lead} ` : ''}
      {link ? <a href={`/me/tasks/${task.id}`}>{title}</a> : <strong>{title}</strong>}
      {about ? `: ${about}` : ''} · <Due ctx={ctx} task={task} />
    </li>
  );
}

/** A result's explanation in the reader's language (domain/appraisal/explanations.ts wrote both). */
export function Why({ ctx, id, text }: { ctx: PageContext; id?: string; text?: Explanation }) {
  if (!text) return null;
  return (
    <p class="why" id={id}>
      <strong>{ctx.t('me.why')}:</strong> {text[ctx.lang]}
    </p>
  );
}

/** The notice an action left (after its redirect), or a refusal about the whole form. */
export function Notices(props: { ctx: PageContext; notice?: string; error?: string }) {
  return (
    <>
      {props.notice && (
        <p class="notice" role="status" id="notice">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="error" role="alert" id="form-error">
          {props.error}
        </p>
      )}
    </>
  );
}

/** A text field's refusal by the API's schema, in the reader's words: empty, or too long. */
export function textIssue(ctx: PageContext, issue: Issue | undefined): string | undefined {
  if (!issue) return undefined;
  return issue.code === 'too_big'
    ? ctx.t('me.form.tooLong', { max: textLimits.reason })
    : ctx.t('me.form.required');
}

/** Field errors by field name, from a schema's issues (the first issue of each field). */
export function issuesByField(error: z.ZodError): Map<string, Issue> {
  const byField = new Map<string, Issue>();
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!byField.has(key)) byField.set(key, issue);
  }
  return byField;
}
