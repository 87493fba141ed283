// HR's SKD sessions on the pages (issue 11): the sessions scheduled so far with their seats, the MS
// applicants a page at a time with their session, and a form for one session (code, place, start in WITA)
// and who sits it: by default every MS applicant without a seat, or every MS applicant, or those ticked on
// this page. Each submission is one call of the API's scheduleSkd command (validated by its schema
// first), so several sessions are several submissions; the pages' bodies allow 20 fields, which a form
// of many sessions at once would overrun.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { PickTable } from './pick-table';
import { actorOf, type Principal } from '../../domain/actor';
import { skdSessionsSchema } from '../../domain/recruitment/schemas';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
import { cycleSummary, type CycleSummary } from './results';
import {
  FORM_ROWS,
  pageQuery,
  parseSkdSessionForm,
  seatChoices,
  type FormErrors,
  type SeatChoice,
} from './stage-forms';

type Seating = Awaited<ReturnType<RecruitmentCommands['skdSeating']>>;

export interface SkdSessionsData {
  cycle: CycleSummary;
  seating: Seating;
  form: { code?: string; place?: string; startsAt?: string; who?: SeatChoice; ids?: string[] };
  errors?: FormErrors;
  refusal?: string;
  notice?: string;
}

export const skdSessionsPath = (code: string) => `/hr/recruitment/cycles/${code}/skd-sessions`;

export function SkdSessionsPage({ ctx, data }: { ctx: PageContext; data: SkdSessionsData }) {
  const { cycle, seating, form, errors = {} } = data;
  const base = skdSessionsPath(cycle.code);
  const pages = Math.ceil(seating.total / FORM_ROWS);
  const err = (f: keyof FormErrors) => (errors[f] ? ctx.t(errors[f]) : undefined);
  const who = form.who ?? 'unseated';
  const text = (f: 'code' | 'place' | 'startsAt', label: string, type = 'text') => (
    <div>
      <label for={`skd-${f}`}>{label}</label>
      <input
        id={`skd-${f}`}
        name={f}
        type={type}
        required
        maxLength={type === 'text' ? textLimits.short : undefined}
        value={form[f] ?? ''}
        aria-invalid={errors[f] ? 'true' : undefined}
        aria-describedby={errors[f] ? `${f}-error` : undefined}
      />
      <FieldError id={`${f}-error`} message={err(f)} />
    </div>
  );
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.skd.title', { cycle: cycle.title })} home="/hr">
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
      {cycle.kind !== 'CPNS' ? (
        <p id="not-cpns">{ctx.t('hr.stages.skd.notCpns')}</p>
      ) : (
        <>
          <p>{ctx.t('hr.stages.skd.intro')}</p>
          <h2 id="sessions-heading">{ctx.t('hr.stages.skd.sessions')}</h2>
          {seating.sessions.length === 0 ? (
            <p id="no-sessions">{ctx.t('hr.stages.skd.noSessions')}</p>
          ) : (
            <div class="scroll" role="region" aria-labelledby="sessions-heading" tabIndex={0}>
              <table id="sessions" class="desk">
                <thead>
                  <tr>
                    <th scope="col">{ctx.t('hr.stages.skd.code')}</th>
                    <th scope="col">{ctx.t('hr.stages.skd.place')}</th>
                    <th scope="col">{ctx.t('hr.stages.skd.startsAt')}</th>
                    <th scope="col">{ctx.t('hr.stages.skd.seats')}</th>
                  </tr>
                </thead>
                <tbody>
                  {seating.sessions.map((s) => (
                    <tr key={s.code}>
                      <td>{s.code}</td>
                      <td>{s.place}</td>
                      <td>
                        <When ctx={ctx} at={s.startsAt} />
                      </td>
                      <td class="num">{s.seats}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form method="post" action={`${base}?page=${seating.page}`} id="skd-form">
            <CsrfField ctx={ctx} />
            <fieldset>
              <legend>{ctx.t('hr.stages.skd.new')}</legend>
              {text('code', ctx.t('hr.stages.skd.code'))}
              {text('place', ctx.t('hr.stages.skd.place'))}
              {text('startsAt', ctx.t('hr.stages.skd.startsAt'), 'datetime-local')}
            </fieldset>
            <fieldset aria-describedby={errors.selection ? 'selection-error' : undefined}>
              <legend>{ctx.t('hr.stages.skd.who')}</legend>
              <FieldError id="selection-error" message={err('selection')} />
              {seatChoices.map((c) => (
                <div key={c} class="option">
                  <input type="radio" name="who" value={c} id={`who-${c}`} checked={who === c} />
                  <label for={`who-${c}`}>
                    {c === 'unseated'
                      ? ctx.t('hr.stages.skd.who.unseated', { count: seating.unseated })
                      : c === 'all'
                        ? ctx.t('hr.stages.skd.who.all', { count: seating.total })
                        : ctx.t('hr.stages.skd.who.selected')}
                  </label>
                </div>
              ))}
              <h2 id="applicants-heading">{ctx.t('hr.stages.skd.applicants', { count: seating.total })}</h2>
              {seating.items.length === 0 ? (
                <p id="none">{ctx.t('hr.stages.skd.none')}</p>
              ) : (
                <PickTable
                  ctx={ctx}
                  id="applicants"
                  labelledBy="applicants-heading"
                  items={seating.items}
                  ticked={new Set(form.ids ?? [])}
                  last={{
                    heading: ctx.t('hr.stages.col.session'),
                    cell: (a) => (a.skdSession ? a.skdSession.code : ctx.t('hr.stages.skd.noSeat')),
                  }}
                />
              )}
            </fieldset>
            <button type="submit">{ctx.t('hr.stages.skd.schedule')}</button>
          </form>
          {pages > 1 && (
            <nav aria-label={ctx.t('hr.apps.pages')}>
              {seating.page > 1 && (
                <a href={`${base}?page=${seating.page - 1}`}>{ctx.t('hr.apps.previous')}</a>
              )}{' '}
              {ctx.t('hr.apps.pageOf', { page: seating.page, pages })}{' '}
              {seating.page < pages && (
                <a href={`${base}?page=${seating.page + 1}`}>{ctx.t('hr.apps.next')}</a>
              )}
            </nav>
          )}
        </>
      )}
    </Layout>
  );
}

/** The schema's complaint about the one session, as the form's field it is about. */
function fieldOfIssue(path: PropertyKey[]): keyof FormErrors {
  const f = path[2];
  return f === 'code' || f === 'place' || f === 'startsAt' ? f : 'selection';
}

export function skdSessionRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });
  const query = z.object({ page: pageQuery });

  async function render(
    req: Request,
    res: Response,
    cycle: CycleSummary,
    extra: Pick<SkdSessionsData, 'form' | 'errors' | 'refusal' | 'notice'>,
    status = 200,
  ) {
    const { page } = query.parse({ ...req.query });
    const seating = await deps.commands.skdSeating(cycle.code, { page, pageSize: FORM_ROWS });
    sendPage(res, <SkdSessionsPage ctx={ctxOf(req, res)} data={{ cycle, seating, ...extra }} />, status);
  }

  router.get('/cycles/:code/skd-sessions', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const notice = takeNotice(req);
    await render(req, res, cycle, { form: {}, ...(notice ? { notice } : {}) });
  });

  router.post('/cycles/:code/skd-sessions', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const cycle = await cycleSummary(deps.commands, req.params.code);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const shown = (v: unknown) => (typeof v === 'string' ? v.slice(0, textLimits.short) : undefined);
    const echo: SkdSessionsData['form'] = {
      ...(shown(body.code) !== undefined ? { code: shown(body.code) } : {}),
      ...(shown(body.place) !== undefined ? { place: shown(body.place) } : {}),
      ...(shown(body.startsAt) !== undefined ? { startsAt: shown(body.startsAt) } : {}),
      who: z.enum(seatChoices).catch('unseated').parse(body.who),
      ids: [body.id]
        .flat()
        .filter((v): v is string => typeof v === 'string')
        .slice(0, FORM_ROWS),
    };
    const parsed = parseSkdSessionForm(body);
    if (!parsed.ok) return await render(req, res, cycle, { form: echo, errors: parsed.errors }, 400);
    const { who, ids } = parsed.value;
    const applicationIds =
      who === 'selected' ? ids : await deps.commands.skdApplicantIds(cycle.code, who === 'unseated');
    if (applicationIds.length === 0)
      return await render(
        req,
        res,
        cycle,
        { form: echo, errors: { selection: 'hr.stages.error.nobody' } },
        400,
      );
    // The API's schema, so that the page accepts exactly what the API accepts.
    const input = skdSessionsSchema.safeParse({
      sessions: [
        {
          code: parsed.value.code,
          place: parsed.value.place,
          startsAt: parsed.value.startsAt,
          applicationIds,
        },
      ],
    });
    if (!input.success) {
      const errors: FormErrors = {};
      for (const i of input.error.issues) {
        const f = fieldOfIssue(i.path);
        errors[f] ??= f === 'selection' ? 'hr.stages.error.selection' : `hr.stages.error.${f}`;
      }
      return await render(req, res, cycle, { form: echo, errors }, 400);
    }
    try {
      await deps.commands.scheduleSkd(cycle.code, input.data, actorOf(principal));
    } catch (err) {
      if (!(err instanceof Problem) || ![400, 404, 409].includes(err.status)) throw err;
      const detail = [err.detail ?? err.title, ...(err.errors ?? []).map((e) => e.message)].join('; ');
      return await render(
        req,
        res,
        cycle,
        { form: echo, refusal: ctxOf(req, res).t('hr.stages.refused', { detail }) },
        err.status,
      );
    }
    await redirectWithNotice(
      req,
      res,
      ctxOf(req, res).t('hr.stages.skd.done', {
        seats: applicationIds.length,
        code: parsed.value.code,
      }),
      skdSessionsPath(cycle.code),
    );
  });
  return router;
}
