// The employee's SKP form (`/me/appraisal/<year>/skp`): the year's planned results as rows (description,
// indicator, target), the appraiser's note when the last one was returned, "add a row" re-rendering the form
// with one more row and every value kept, and the submission, whose rules are the API's schema
// (skpDraftSchema: at least one result, each text within its limit) and whose command is the API's
// (draftSkp). A refused field is said beside it.
import { z } from 'zod';
import { skpDraftSchema, type SkpDraft } from '../../domain/appraisal/schemas';
import { textLimits } from '../../domain/text';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { issuesByField, Notices, textIssue } from './parts';
import type { SkpView } from './year';

/**
 * The most rows the page offers (the API takes up to listLimits.skpResults, 50): each row is 3 fields,
 * and the page's form bodies are bounded (web/router.tsx).
 */
export const SKP_PAGE_ROWS = 10;

const fields = ['description', 'indicator', 'target'] as const;
type Field = (typeof fields)[number];
const short: Record<Field, string> = { description: 'd', indicator: 'i', target: 't' };
export type SkpRow = Record<Field, string>;

const cell = z
  .string()
  .max(4 * textLimits.reason)
  .optional();
/** The form as it arrives: known fields only, each bounded (a forged or oversized form is refused whole). */
export const skpForm = z.strictObject({
  _csrf: z.string().max(200),
  action: z.enum(['add', 'submit']).optional(),
  ...Object.fromEntries(
    Array.from({ length: SKP_PAGE_ROWS }, (_, i) => fields.map((f) => [`${short[f]}${i}`, cell])).flat(),
  ),
});

/** The rows typed in, in order, up to the page's limit (all values are strings by the form's schema). */
export function rowsOf(body: Record<string, unknown>): SkpRow[] {
  const rows: SkpRow[] = [];
  for (let i = 0; i < SKP_PAGE_ROWS; i++) {
    const [description, indicator, target] = fields.map((f) => {
      const v = body[`${short[f]}${i}`];
      return typeof v === 'string' ? v : '';
    }) as [string, string, string];
    if (description || indicator || target) rows.push({ description, indicator, target });
  }
  return rows;
}

export type SkpErrors = Map<string, string>;

/** The SKP the rows make, by the API's schema, or each refused field's message (`results.0.target`). */
export function skpOfRows(
  ctx: PageContext,
  rows: SkpRow[],
): { skp: SkpDraft; errors?: undefined } | { errors: SkpErrors } {
  const parsed = skpDraftSchema.safeParse({ results: rows });
  if (parsed.success) return { skp: parsed.data };
  const errors: SkpErrors = new Map();
  for (const [key, issue] of issuesByField(parsed.error)) {
    errors.set(
      key === 'results' ? 'form' : key,
      key === 'results' ? ctx.t('me.skp.atLeastOne') : textIssue(ctx, issue)!,
    );
  }
  return { errors };
}

export interface SkpFormData {
  year: number;
  rows: SkpRow[];
  /** The appraiser's note on the SKP they returned. */
  returnedNote?: string;
  errors?: SkpErrors;
  /** A refusal of the whole form (no draft open, a forged form). */
  error?: string;
  /** Whether a draft is open now: without one the form is not offered. */
  open: boolean;
}

export function SkpFormPage({ ctx, data }: { ctx: PageContext; data: SkpFormData }) {
  const { year, errors, open } = data;
  const rows = data.rows.length > 0 ? data.rows : [{ description: '', indicator: '', target: '' }];
  return (
    <Layout ctx={ctx} title={ctx.t('me.skp.formTitle', { year })} home="/me">
      <p>
        <a href={`/me/appraisal/${year}`}>{ctx.t('me.year.title', { year })}</a>
      </p>
      <Notices ctx={ctx} error={data.error ?? errors?.get('form')} />
      {data.returnedNote !== undefined && (
        <p id="returned-note" class="quote">
          <strong>{ctx.t('me.skp.note')}:</strong> {data.returnedNote}
        </p>
      )}
      {!open ? (
        <p id="skp-closed">{ctx.t('me.skp.notOpen')}</p>
      ) : (
        <form method="post" action={`/me/appraisal/${year}/skp`} id="skp-form">
          <CsrfField ctx={ctx} />
          <p class="hint">{ctx.t('me.skp.hint', { max: SKP_PAGE_ROWS })}</p>
          {rows.map((row, i) => (
            <fieldset key={i} class="skp-row">
              <legend>{ctx.t('me.skp.row', { n: i + 1 })}</legend>
              {fields.map((f) => {
                const id = `${short[f]}${i}`;
                const message = errors?.get(`results.${i}.${f}`);
                return (
                  <div key={f}>
                    <label for={id}>{ctx.t(`me.skp.${f}`)}</label>
                    <textarea
                      id={id}
                      name={id}
                      rows={f === 'description' ? 3 : 2}
                      maxLength={textLimits.reason}
                      aria-invalid={message ? 'true' : undefined}
                      aria-describedby={message ? `${id}-error` : undefined}
                    >
                      {row[f]}
                    </textarea>
                    <FieldError id={`${id}-error`} message={message} />
                  </div>
                );
              })}
            </fieldset>
          ))}
          {rows.length < SKP_PAGE_ROWS && (
            <button type="submit" name="action" value="add" class="secondary" formnovalidate>
              {ctx.t('me.skp.addRow')}
            </button>
          )}{' '}
          <button type="submit" name="action" value="submit">
            {ctx.t('me.skp.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}

/** The rows of the SKP last written (a returned one is drafted again from it). */
export const rowsOfSkp = (skp: SkpView | null): SkpRow[] =>
  (skp?.results ?? []).slice(0, SKP_PAGE_ROWS).map((r) => ({ ...r }));
