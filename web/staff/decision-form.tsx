// One decision form for HR's and a committee's task lists (appeals, document verification, awards): the
// hidden fields naming the item, a choice of decisions, the reason, and each refusal beside its field.
import { Fragment } from 'preact';
import { textLimits } from '../../domain/text';
import { CsrfField, FieldError, type PageContext } from '../layout';

/** A refused decision's field (or the whole form), why, and the reason as typed. */
export interface DecisionFieldError {
  field: 'decision' | 'reason' | 'form';
  message: string;
  reason?: string;
}

export function DecisionForm(props: {
  ctx: PageContext;
  /** The prefix of the form's element ids. */
  id: string;
  action: string;
  hidden: readonly (readonly [string, string])[];
  legend: string;
  options: readonly { value: string; label: string }[];
  reason: { label: string; required: boolean; hint?: string };
  submit: string;
  /** The refusal about this form, if any. */
  error?: DecisionFieldError;
}) {
  const { ctx, id, action, hidden, legend, options, reason, submit, error } = props;
  const errorOf = (f: DecisionFieldError['field']) => (error?.field === f ? error.message : undefined);
  const reasonDescribed =
    [errorOf('reason') ? `${id}-reason-error` : '', reason.hint ? `${id}-reason-hint` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <form method="post" action={action} class="decision">
      <CsrfField ctx={ctx} />
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FieldError id={`${id}-form-error`} message={errorOf('form')} />
      <fieldset aria-describedby={errorOf('decision') ? `${id}-decision-error` : undefined}>
        <legend>{legend}</legend>
        <FieldError id={`${id}-decision-error`} message={errorOf('decision')} />
        {options.map((o, i) => (
          <Fragment key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name="decision"
              value={o.value}
              required={i === 0 ? true : undefined}
            />
            <label for={`${id}-${o.value}`}>{o.label}</label>
          </Fragment>
        ))}
      </fieldset>
      <label for={`${id}-reason`}>{reason.label}</label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        required={reason.required ? true : undefined}
        maxLength={textLimits.reason}
        rows={3}
        aria-invalid={errorOf('reason') ? 'true' : undefined}
        aria-describedby={reasonDescribed}
      >
        {error?.reason ?? ''}
      </textarea>
      {reason.hint && (
        <p class="hint" id={`${id}-reason-hint`}>
          {reason.hint}
        </p>
      )}
      <FieldError id={`${id}-reason-error`} message={errorOf('reason')} />
      <button type="submit">{submit}</button>
    </form>
  );
}
