// HR's administrative screening on the pages (issue 11): the applications awaiting screening, a page of
// FORM_ROWS at a time (no cap on the pages), each with a checkbox named for its candidate; one decision (MS
// or TMS) and one reason for the rows selected; a confirmation page that lists exactly what will be
// decided, carrying the selection in hidden fields; then the API's own bulk screening command, which
// checks every row before anything is decided. "Select all on this page" is a plain GET that renders the
// page with every row ticked, so it needs no script. `?id=` shows one application alone.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { DeskApplication } from '../../commands/recruitment/stage-desk';
import { numberOf, PickTable } from './pick-table';
import { actorOf, type Principal } from '../../domain/actor';
import { textLimits } from '../../domain/text';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
import { cycleSummary, type CycleSummary } from './results';
import {
  FORM_ROWS,
  pageQuery,
  parseScreeningForm,
  type FormErrors,
  type ScreeningFormValue,
} from './stage-forms';

type QueueItem = DeskApplication & { documents?: number };

export interface ScreeningData {
  cycle: CycleSummary;
  items: QueueItem[];
  /** Absent when one application is shown alone (`?id=`). */
  total?: number;
  page: number;
  /** The form as sent (a refusal shows it again), or every row ticked after "select all". */
  form: { ids: string[]; decision?: string; reason?: string };
  errors?: FormErrors;
  /** A refusal of the command, shown at the top. */
  refusal?: string;
  notice?: string;
  /** `?id=`: the one application shown. */
  single?: string;
}

export const screeningPath = (code: string) => `/hr/recruitment/cycles/${code}/screening`;

function Paging(props: { ctx: PageContext; base: string; page: number; total: number }) {
  const { ctx, base, page, total } = props;
  const pages = Math.ceil(total / FORM_ROWS);
  if (pages <= 1) return null;
  return (
    <nav aria-label={ctx.t('hr.apps.pages')}>
      {page > 1 && <a href={`${base}?page=${page - 1}`}>{ctx.t('hr.apps.previous')}</a>}{' '}
      {ctx.t('hr.apps.pageOf', { page, pages })}{' '}
      {page < pages && <a href={`${base}?page=${page + 1}`}>{ctx.t('hr.apps.next')}</a>}
    </nav>
  );
}

export function ScreeningPage({ ctx, data }: { ctx: PageContext; data: ScreeningData }) {
  const { cycle, items, form, errors = {} } = data;
  const base = screeningPath(cycle.code);
  const action = data.single ? `${base}?id=${encodeURIComponent(data.single)}` : `${base}?page=${data.page}`;
  const ticked = new Set(form.ids);
  const describedBy = (field: keyof FormErrors, hint?: string) =>
    [errors[field] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.screening.title', { cycle: cycle.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{ctx.t('hr.stages.cycleLink')}</a>
      </p>
      {data.notice && (
        <p class="notice" role="status">
          {data.notice}
        </p>
      )}
      {data.refusal && (
        <p class="error" role="alert" id="refusal">
          {data.refusal}
        </p>
      )}
      <p id="phase">{ctx.t('hr.stages.phase', { phase: cycle.phase })}</p>
      <p id="screening-intro">{ctx.t('hr.stages.screening.intro')}</p>
      <h2 id="queue-heading">
        {data.total === undefined
          ? ctx.t('hr.stages.screening.one')
          : ctx.t('hr.stages.screening.waiting', { count: data.total })}
      </h2>
      {items.length === 0 ? (
        <p id="none">{ctx.t('hr.stages.screening.none')}</p>
      ) : (
        <>
          {!data.single && (
            // A GET, before the decision form: it ticks every row of this page without a script, and
            // pressing Enter in the decision form never lands on it.
            <form method="get" action={base}>
              <input type="hidden" name="page" value={String(data.page)} />
              {items.every((a) => ticked.has(a.applicationId)) ? (
                <button type="submit">{ctx.t('hr.stages.screening.selectNone')}</button>
              ) : (
                <button type="submit" name="all" value="1">
                  {ctx.t('hr.stages.screening.selectAll')}
                </button>
              )}
            </form>
          )}
          <form method="post" action={action} id="screening-form">
            <CsrfField ctx={ctx} />
            <fieldset aria-describedby={describedBy('selection')}>
              <legend>{ctx.t('hr.stages.screening.selection')}</legend>
              <FieldError id="selection-error" message={errors.selection && ctx.t(errors.selection)} />
              <PickTable
                ctx={ctx}
                id="queue"
                labelledBy="queue-heading"
                items={items}
                ticked={ticked}
                last={{
                  heading: ctx.t('hr.stages.col.documents'),
                  cell: (a) => a.documents ?? 0,
                  numeric: true,
                }}
              />
            </fieldset>
            <fieldset aria-describedby={describedBy('decision')}>
              <legend>{ctx.t('hr.stages.screening.decision')}</legend>
              <FieldError id="decision-error" message={errors.decision && ctx.t(errors.decision)} />
              {(['MS', 'TMS'] as const).map((d) => (
                <div key={d} class="option">
                  <input
                    type="radio"
                    name="decision"
                    value={d}
                    id={`decision-${d}`}
                    checked={form.decision === d}
                  />
                  <label for={`decision-${d}`}>{ctx.t(`hr.stages.decision.${d}`)}</label>
                </div>
              ))}
            </fieldset>
            <label for="reason">{ctx.t('hr.stages.screening.reason')}</label>
            <textarea
              id="reason"
              name="reason"
              rows={3}
              maxLength={textLimits.reason}
              required
              aria-describedby={describedBy('reason', 'reason-hint')}
              aria-invalid={errors.reason ? 'true' : undefined}
            >
              {form.reason ?? ''}
            </textarea>
            <p class="hint" id="reason-hint">
              {ctx.t('hr.stages.screening.reasonHint')}
            </p>
            <FieldError id="reason-error" message={errors.reason && ctx.t(errors.reason)} />
            <button type="submit">{ctx.t('hr.stages.screening.review')}</button>
          </form>
          {data.total !== undefined && <Paging ctx={ctx} base={base} page={data.page} total={data.total} />}
        </>
      )}
    </Layout>
  );
}

export function ScreeningConfirmPage(props: {
  ctx: PageContext;
  cycle: CycleSummary;
  value: ScreeningFormValue;
  selected: DeskApplication[];
  back: string;
}) {
  const { ctx, cycle, value, selected, back } = props;
  const byId = new Map(selected.map((a) => [a.applicationId, a]));
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.screening.confirmTitle')} home="/hr">
      <p id="summary">
        {ctx.t('hr.stages.screening.confirmSummary', {
          count: value.ids.length,
          decision: value.decision,
          reason: value.reason,
        })}
      </p>
      <ul id="selected">
        {value.ids.map((id) => {
          const a = byId.get(id);
          return (
            <li key={id}>{a ? `${a.name} (${numberOf(ctx, a)})` : `${id} ${ctx.t('hr.stages.unknown')}`}</li>
          );
        })}
      </ul>
      <form method="post" action={`${screeningPath(cycle.code)}/confirm`}>
        <CsrfField ctx={ctx} />
        {value.ids.map((id) => (
          <input key={id} type="hidden" name="id" value={id} />
        ))}
        <input type="hidden" name="decision" value={value.decision} />
        <input type="hidden" name="reason" value={value.reason} />
        <button type="submit">{ctx.t('hr.stages.confirm')}</button>
      </form>
      <p>
        <a href={back}>{ctx.t('hr.stages.back')}</a>
      </p>
    </Layout>
  );
}

const screeningQuery = z.object({
  page: pageQuery,
  all: z.literal('1').optional().catch(undefined),
  id: z.string().trim().min(1).max(textLimits.id).optional().catch(undefined),
});

export function screeningRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  /** The page's rows: one application (`?id=`) or a page of the queue. */
  async function rowsOf(cycle: CycleSummary, q: z.infer<typeof screeningQuery>) {
    if (q.id) {
      const [one] = await deps.commands.deskApplications(cycle.code, [q.id]);
      return { items: one ? [one] : [], single: q.id, page: 1 };
    }
    const queue = await deps.commands.screeningQueue(cycle.code, { page: q.page, pageSize: FORM_ROWS });
    return { items: queue.items, total: queue.total, page: q.page };
  }

  /** The form page, as asked or again with the form's errors or the command's refusal. */
  async function render(
    req: Request,
    res: Response,
    cycle: CycleSummary,
    extra: Pick<ScreeningData, 'form' | 'errors' | 'refusal' | 'notice'>,
    status = 200,
  ) {
    const q = screeningQuery.parse({ ...req.query });
    const rows = await rowsOf(cycle, q);
    sendPage(res, <ScreeningPage ctx={ctxOf(req, res)} data={{ cycle, ...rows, ...extra }} />, status);
  }

  router.get('/cycles/:code/screening', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const q = screeningQuery.parse({ ...req.query });
    const notice = takeNotice(req);
    const rows = await rowsOf(cycle, q);
    const ids = q.all || q.id ? rows.items.map((a) => a.applicationId) : [];
    const data: ScreeningData = { cycle, ...rows, form: { ids }, ...(notice ? { notice } : {}) };
    sendPage(res, <ScreeningPage ctx={ctxOf(req, res)} data={data} />);
  });

  /** The form sent: its errors beside the fields (400, nothing changed), or the confirmation page. */
  router.post('/cycles/:code/screening', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = parseScreeningForm(body);
    if (!parsed.ok) return await render(req, res, cycle, { form: echo(body), errors: parsed.errors }, 400);
    const selected = await deps.commands.deskApplications(cycle.code, parsed.value.ids);
    const back = req.originalUrl;
    sendPage(
      res,
      <ScreeningConfirmPage
        ctx={ctxOf(req, res)}
        cycle={cycle}
        value={parsed.value}
        selected={selected}
        back={back}
      />,
    );
  });

  /** Confirmed: the API's bulk screening command; its refusal is shown on the form, nothing changed. */
  router.post('/cycles/:code/screening/confirm', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const parsed = parseScreeningForm(body);
    if (!parsed.ok) return await render(req, res, cycle, { form: echo(body), errors: parsed.errors }, 400);
    const { ids, decision, reason } = parsed.value;
    try {
      await deps.commands.screen(
        cycle.code,
        ids.map((applicationId) => ({ applicationId, decision, reason })),
        actorOf(principal),
      );
    } catch (err) {
      if (!(err instanceof Problem) || ![400, 404, 409].includes(err.status)) throw err;
      const ctx = ctxOf(req, res);
      const detail = [err.detail ?? err.title, ...(err.errors ?? []).map((e) => e.message)].join('; ');
      return await render(
        req,
        res,
        cycle,
        { form: parsed.value, refusal: ctx.t('hr.stages.refused', { detail }) },
        err.status,
      );
    }
    await redirectWithNotice(
      req,
      res,
      ctxOf(req, res).t('hr.stages.screening.done', { count: ids.length, decision }),
      screeningPath(cycle.code),
    );
  });
  return router;
}

/** What a refused form said, shown again (bounded as the fields are; unknown fields dropped). */
function echo(body: Record<string, unknown>): ScreeningData['form'] {
  const ids = [body.id].flat().filter((v): v is string => typeof v === 'string' && v.length <= textLimits.id);
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, textLimits.reason) : undefined);
  const decision = text(body.decision);
  const reason = text(body.reason);
  return {
    ids: ids.slice(0, 100),
    ...(decision === 'MS' || decision === 'TMS' ? { decision } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}
