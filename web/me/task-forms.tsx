// The forms that complete a supervisor's appraisal tasks on a report's page (`/me/team/<year>/<nip>`): approve
// or return the SKP with a note, a period's or the year's two ratings with a "preview" that re-renders the
// form with the predikat they will give (server-side, so it works without JavaScript), and the superior's
// decision on an objection. The payload's rules are the API's schemas (domain/appraisal/schemas.ts) and the
// completion is the inbox's command (completeTask), as `POST /api/v1/tasks/{id}/complete`.
import { z } from 'zod';
import { ratingLevelWords, ratingPreview, type Explanation } from '../../domain/appraisal/explanations';
import {
  predikatNames,
  predikatValues,
  ratingLevels,
  unitResultNames,
  type AppraisalRules,
  type Predikat,
  type UnitResult,
} from '../../domain/appraisal/rule-sets';
import { objectionDecisionSchema, ratingSchema, skpApprovalSchema } from '../../domain/appraisal/schemas';
import type { TaskView } from '../../domain/tasks';
import { taskTitle } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { CsrfField, FieldError, type PageContext } from '../layout';
import { Due, issuesByField, periodName, textIssue, Why } from './parts';
import type { ObjectionView } from './year';

/** The task form as it arrives: known fields only, each bounded. The payload's own rules follow. */
export const taskForm = z.strictObject({
  _csrf: z.string().max(200),
  action: z.enum(['preview', 'submit']).optional(),
  decision: z.string().max(20).optional(),
  hasilKerja: z.string().max(20).optional(),
  perilakuKerja: z.string().max(20).optional(),
  predikat: z.string().max(40).optional(),
  note: z
    .string()
    .max(4 * textLimits.reason)
    .optional(),
  reason: z
    .string()
    .max(4 * textLimits.reason)
    .optional(),
});
export type TaskFormValues = Omit<z.infer<typeof taskForm>, '_csrf'>;

/** A task form's state after a submission: what was typed, what was refused, the preview. */
export interface TaskFormState {
  taskId: string;
  values: TaskFormValues;
  errors: Map<string, string>;
  formError?: string;
  preview?: { predikat: Predikat; explanation: Explanation };
}

const blankToUndefined = (v: string | undefined) => (v && v.trim() ? v : undefined);

/** The task's payload by the API's schema for its type, or the page's messages for each refused field. */
export function payloadOf(
  ctx: PageContext,
  type: TaskView['type'],
  v: TaskFormValues,
): { payload: Record<string, unknown>; errors?: undefined } | { errors: Map<string, string> } {
  const errors = new Map<string, string>();
  const fail = (error: z.ZodError, choice: Record<string, string>) => {
    for (const [key, issue] of issuesByField(error))
      errors.set(
        choice[key] ? choice[key]! : key,
        Object.hasOwn(choice, key) ? ctx.t('me.form.choose') : textIssue(ctx, issue)!,
      );
    return { errors };
  };
  if (type === 'skp-approval') {
    const p = skpApprovalSchema.safeParse({
      approved: v.decision === 'approve' ? true : v.decision === 'return' ? false : undefined,
      note: blankToUndefined(v.note),
    });
    return p.success ? { payload: p.data } : fail(p.error, { approved: 'decision' });
  }
  if (type === 'period-rating' || type === 'annual-rating') {
    const p = ratingSchema.safeParse({
      hasilKerja: v.hasilKerja,
      perilakuKerja: v.perilakuKerja,
      note: blankToUndefined(v.note),
    });
    return p.success
      ? { payload: p.data }
      : fail(p.error, { hasilKerja: 'hasilKerja', perilakuKerja: 'perilakuKerja' });
  }
  if (type === 'objection-decision') {
    const p = objectionDecisionSchema.safeParse({ predikat: v.predikat, reason: v.reason });
    return p.success ? { payload: p.data } : fail(p.error, { predikat: 'predikat' });
  }
  errors.set('form', ctx.t('me.task.notHere'));
  return { errors };
}

/** The preview of a rating form: the predikat of the two levels chosen, by the year's matrix. */
export function previewOf(
  v: TaskFormValues,
  rules: AppraisalRules,
  unitResult: UnitResult | null,
): TaskFormState['preview'] {
  const hk = z.enum(ratingLevels).safeParse(v.hasilKerja);
  const pk = z.enum(ratingLevels).safeParse(v.perilakuKerja);
  return hk.success && pk.success ? ratingPreview(hk.data, pk.data, rules, unitResult) : undefined;
}

/**
 * Every rating's preview, for the form's small script (web/assets/me-rating.js) to show as the ratings are
 * chosen: keyed `hasilKerja|perilakuKerja`, the lines the server's preview shows.
 */
function livePreviews(ctx: PageContext, rules: AppraisalRules, unitResult: UnitResult | null) {
  const previews: Record<string, string[]> = {};
  for (const hk of ratingLevels)
    for (const pk of ratingLevels) {
      const p = ratingPreview(hk, pk, rules, unitResult);
      previews[`${hk}|${pk}`] = [
        ctx.t('me.rating.previewIs', { predikat: predikatNames[p.predikat] }),
        `${ctx.t('me.why')}: ${p.explanation[ctx.lang]}`,
      ];
    }
  return previews;
}

function Choice(props: {
  ctx: PageContext;
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked?: string;
  error?: string;
}) {
  const { id, name, legend, options, checked, error } = props;
  return (
    <fieldset aria-describedby={error ? `${id}-${name}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError id={`${id}-${name}-error`} message={error} />
      {options.map((o, i) => (
        <span key={o.value}>
          <input
            type="radio"
            id={`${id}-${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={checked === o.value}
            required={i === 0}
          />
          <label for={`${id}-${name}-${o.value}`}>{o.label}</label>
        </span>
      ))}
    </fieldset>
  );
}

function TextField(props: {
  ctx: PageContext;
  id: string;
  name: 'note' | 'reason';
  label: string;
  value?: string;
  error?: string;
  required?: boolean;
  hint?: string;
}) {
  const { id, name, label, value, error, required, hint } = props;
  const fieldId = `${id}-${name}`;
  return (
    <>
      <label for={fieldId}>{label}</label>
      {hint && (
        <p class="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={fieldId}
        name={name}
        rows={3}
        maxLength={textLimits.reason}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined}
      >
        {value ?? ''}
      </textarea>
      <FieldError id={`${fieldId}-error`} message={error} />
    </>
  );
}

/** The task types completed on a report's page. */
const formTypes: ReadonlySet<TaskView['type']> = new Set([
  'skp-approval',
  'period-rating',
  'annual-rating',
  'objection-decision',
]);

/** One open task of the reader's about this employee, with the form that completes it. */
export function TaskForm(props: {
  ctx: PageContext;
  task: TaskView;
  action: string;
  state?: TaskFormState;
  objection: ObjectionView | null;
  currentPredikat: Predikat | null;
  /** The unit's own result when the employee heads it: it stands for their Rating Hasil Kerja. */
  unitResult: UnitResult | null;
  rules: AppraisalRules;
}) {
  const { ctx, task, action, objection, currentPredikat, unitResult, rules } = props;
  const rating = task.type === 'period-rating' || task.type === 'annual-rating';
  const state = props.state?.taskId === task.id ? props.state : undefined;
  const v = state?.values ?? {};
  const err = (f: string) => state?.errors.get(f);
  const id = `f-${task.id}`;
  const levels = ratingLevels.map((l) => ({ value: l, label: ratingLevelWords[l][ctx.lang] }));
  return (
    <li class="task" id={`task-${task.id}`}>
      <article aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>
          {taskTitle(task.type, ctx.lang)}, {periodName(ctx, task.period, task.year ?? 0)}
        </h3>
        <p>
          <Due ctx={ctx} task={task} />
        </p>
        {!formTypes.has(task.type) ? (
          <p>{ctx.t('me.task.notHere')}</p>
        ) : (
          <form
            method="post"
            action={action}
            class="decision"
            id={id}
            data-previews={rating ? JSON.stringify(livePreviews(ctx, rules, unitResult)) : undefined}
          >
            <CsrfField ctx={ctx} />
            <FieldError id={`${id}-form-error`} message={state?.formError ?? err('form')} />
            {task.type === 'skp-approval' && (
              <>
                <Choice
                  ctx={ctx}
                  id={id}
                  name="decision"
                  legend={ctx.t('me.approval.decision')}
                  options={[
                    { value: 'approve', label: ctx.t('me.approval.approve') },
                    { value: 'return', label: ctx.t('me.approval.return') },
                  ]}
                  checked={v.decision}
                  error={err('decision')}
                />
                <TextField
                  ctx={ctx}
                  id={id}
                  name="note"
                  label={ctx.t('me.approval.note')}
                  hint={ctx.t('me.approval.noteHint')}
                  value={v.note}
                  error={err('note')}
                />
                <button type="submit" name="action" value="submit">
                  {ctx.t('me.approval.submit')}
                </button>
              </>
            )}
            {(task.type === 'period-rating' || task.type === 'annual-rating') && (
              <>
                {unitResult && (
                  <p class="hint" id={`${id}-unit-result`}>
                    {ctx.t('me.rating.unitHead', { result: unitResultNames[unitResult] })}
                  </p>
                )}
                <Choice
                  ctx={ctx}
                  id={id}
                  name="hasilKerja"
                  legend={ctx.t('me.rating.hasilKerja')}
                  options={levels}
                  checked={v.hasilKerja}
                  error={err('hasilKerja')}
                />
                <Choice
                  ctx={ctx}
                  id={id}
                  name="perilakuKerja"
                  legend={ctx.t('me.rating.perilakuKerja')}
                  options={levels}
                  checked={v.perilakuKerja}
                  error={err('perilakuKerja')}
                />
                <TextField
                  ctx={ctx}
                  id={id}
                  name="note"
                  label={ctx.t('me.rating.note')}
                  value={v.note}
                  error={err('note')}
                />
                <div
                  class={state?.preview ? 'notice' : undefined}
                  role="status"
                  id={`${id}-preview`}
                  data-live-preview
                >
                  {state?.preview && (
                    <>
                      <p>
                        {ctx.t('me.rating.previewIs', { predikat: predikatNames[state.preview.predikat] })}
                      </p>
                      <Why ctx={ctx} text={state.preview.explanation} />
                    </>
                  )}
                </div>
                <button type="submit" name="action" value="preview" class="secondary">
                  {ctx.t('me.rating.preview')}
                </button>{' '}
                <button type="submit" name="action" value="submit">
                  {ctx.t('me.rating.submit')}
                </button>
              </>
            )}
            {task.type === 'objection-decision' && (
              <>
                {objection && (
                  <p class="quote" id={`${id}-objection`}>
                    <strong>{ctx.t('me.objection.reasonOf')}:</strong> {objection.reason}
                  </p>
                )}
                <label for={`${id}-predikat`}>{ctx.t('me.decision.predikat')}</label>
                <select
                  id={`${id}-predikat`}
                  name="predikat"
                  aria-invalid={err('predikat') ? 'true' : undefined}
                  aria-describedby={err('predikat') ? `${id}-predikat-error` : undefined}
                >
                  {predikatValues.map((p) => (
                    <option key={p} value={p} selected={(v.predikat ?? currentPredikat) === p}>
                      {predikatNames[p]}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-predikat-error`} message={err('predikat')} />
                <TextField
                  ctx={ctx}
                  id={id}
                  name="reason"
                  label={ctx.t('me.decision.reason')}
                  value={v.reason}
                  error={err('reason')}
                  required
                />
                <button type="submit" name="action" value="submit">
                  {ctx.t('me.decision.submit')}
                </button>
              </>
            )}
          </form>
        )}
      </article>
    </li>
  );
}
