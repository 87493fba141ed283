// HR's appraisal year desk (`/hr/appraisal`, issue 12): its home (the years opened, the organisation
// import, opening a year) and the form that opens a year. The form becomes the body of
// appraisalYearInputSchema (year-form.ts); every issue of that schema stands beside its field, with a
// summary linking to each, and the year opens through the same command as `POST /api/v1/appraisal/years`.
import express, { type Request, type Response, type Router } from 'express';
import { Problem } from '../../../commands/errors';
import { appraisalYearInputSchema } from '../../../domain/appraisal/schemas';
import { periodicities, type Periodicity } from '../../../domain/appraisal/rule-sets';
import type { MessageKey } from '../../../domain/messages';
import { pageContext } from '../../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../../layout';
import { sendPage } from '../../render';
import { redirectWithNotice, takeNotice } from '../../session';
import { durationUnits, issuesByField, type FormIssue } from '../cycle-form';
import type { AppraisalDeskDeps } from './deps';
import {
  emptyYearForm,
  readYearForm,
  yearBodyOf,
  yearDurations,
  yearFieldOfPath,
  type YearFormValues,
} from './year-form';

export interface DeskHomeData {
  years: { year: number; phase: string; employees: number }[];
  units: number;
  employees: number;
}

export const phaseKey = (phase: string): MessageKey =>
  (
    [
      'planning',
      'execution',
      'annual-evaluation',
      'objection',
      'closing',
      'closed',
      'finalised',
    ] as readonly string[]
  ).includes(phase)
    ? (`hrYear.phase.${phase}` as MessageKey)
    : 'hrYear.phase.other';

export function DeskHomePage(props: { ctx: PageContext; data: DeskHomeData; notice?: string }) {
  const { ctx, data, notice } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('hrYear.title')} home="/hr">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>{ctx.t('hrYear.intro')}</p>
      <ul class="sections">
        <li>
          <a href="/hr/appraisal/org">{ctx.t('hrYear.link.org')}</a>
        </li>
        <li>
          <a href="/hr/appraisal/years/new">{ctx.t('hrYear.link.open')}</a>
        </li>
      </ul>
      <p id="registry">{ctx.t('hrYear.registry', { units: data.units, employees: data.employees })}</p>
      <h2>{ctx.t('hrYear.years')}</h2>
      {data.years.length === 0 ? (
        <p id="no-years">{ctx.t('hrYear.noYears')}</p>
      ) : (
        <ul id="years">
          {data.years.map((y) => (
            <li key={y.year}>
              <a href={`/hr/appraisal/years/${y.year}`}>{ctx.t('hrYear.yearLink', { year: y.year })}</a> ·{' '}
              {ctx.t(phaseKey(y.phase))} · {ctx.t('hrYear.employees', { n: y.employees })}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

const fieldLabels: Record<string, MessageKey> = {
  year: 'hrYear.form.year',
  periodicity: 'hrYear.form.periodicity',
  skpDueAt: 'hrYear.form.skpDueAt',
  annualDueAt: 'hrYear.form.annualDueAt',
  periodRatingWindow: 'hrYear.form.periodRatingWindow',
  objectionWindow: 'hrYear.form.objectionWindow',
  reminderBefore: 'hrYear.form.reminderBefore',
  escalationAfter: 'hrYear.form.escalationAfter',
  periodLength: 'hrYear.form.periodLength',
  startsAt: 'hrYear.form.startsAt',
  units: 'hrYear.form.units',
  form: 'hrYear.form.whole',
};
const labelOf = (ctx: PageContext, field: string) =>
  Object.hasOwn(fieldLabels, field) ? ctx.t(fieldLabels[field]!) : field;

export function YearFormPage(props: {
  ctx: PageContext;
  values: YearFormValues;
  units: { code: string; name: string }[];
  issues?: Map<string, string[]>;
}) {
  const { ctx, values, units, issues = new Map<string, string[]>() } = props;
  const errorOf = (field: string) => issues.get(field)?.join(' ');
  const aria = (field: string, hint?: string) => {
    const ids = [errorOf(field) ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
    return {
      'aria-invalid': errorOf(field) ? ('true' as const) : undefined,
      'aria-describedby': ids || undefined,
    };
  };
  const duration = (name: (typeof yearDurations)[number]['name']) => {
    const v = values.durations[name];
    return (
      <div class="duration" key={name}>
        <label for={name}>{ctx.t(fieldLabels[name]!)}</label>
        <input
          id={name}
          name={name}
          value={v.n}
          inputMode="numeric"
          maxLength={6}
          {...aria(name, `${name}-hint`)}
        />
        <label for={`${name}-unit`}>
          {ctx.t('hrYear.form.unitOf', { field: ctx.t(fieldLabels[name]!) })}
        </label>
        <select id={`${name}-unit`} name={`${name}-unit`}>
          {durationUnits.map((u) => (
            <option key={u} value={u} selected={u === v.unit}>
              {ctx.t(`hr.cycles.unit.${u}`)}
            </option>
          ))}
        </select>
        <p class="hint" id={`${name}-hint`}>
          {ctx.t(`hrYear.form.hint.${name}`)}
        </p>
        <FieldError id={`${name}-error`} message={errorOf(name)} />
      </div>
    );
  };
  const instant = (name: 'skpDueAt' | 'annualDueAt' | 'startsAt') => (
    <>
      <label for={name}>{ctx.t(fieldLabels[name]!)}</label>
      <input
        id={name}
        name={name}
        type="datetime-local"
        step={1}
        value={values[name]}
        {...aria(name, `${name}-hint`)}
      />
      <p class="hint" id={`${name}-hint`}>
        {ctx.t(`hrYear.form.hint.${name}`)}
      </p>
      <FieldError id={`${name}-error`} message={errorOf(name)} />
    </>
  );
  return (
    <Layout ctx={ctx} title={ctx.t('hrYear.form.title')} home="/hr">
      <p>
        <a href="/hr/appraisal">{ctx.t('hrYear.back')}</a>
      </p>
      {issues.size > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="problems-heading">
          <p id="problems-heading">
            <strong>{ctx.t('hr.cycles.form.problems')}</strong>
          </p>
          <ul id="problems">
            {[...issues].map(([field, messages]) => (
              <li key={field}>
                <a href={`#${field === 'form' ? 'year-form' : field}`}>
                  {labelOf(ctx, field)}: {messages.join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p id="form-intro">{ctx.t('hrYear.form.intro')}</p>
      <form id="year-form" class="year-form" method="post" action="/hr/appraisal/years/new">
        <CsrfField ctx={ctx} />
        <FieldError id="form-error" message={errorOf('form')} />
        <fieldset>
          <legend>{ctx.t('hrYear.form.yearPart')}</legend>
          <label for="year">{ctx.t('hrYear.form.year')}</label>
          <input
            id="year"
            name="year"
            value={values.year}
            required
            inputMode="numeric"
            maxLength={4}
            {...aria('year')}
          />
          <FieldError id="year-error" message={errorOf('year')} />
          <label for="periodicity">{ctx.t('hrYear.form.periodicity')}</label>
          <select id="periodicity" name="periodicity" {...aria('periodicity')}>
            <option value="" selected={values.periodicity === ''}>
              {ctx.t('hrYear.form.periodicity.default')}
            </option>
            {periodicities.map((p: Periodicity) => (
              <option key={p} value={p} selected={values.periodicity === p}>
                {ctx.t(`hrYear.form.periodicity.${p}`)}
              </option>
            ))}
          </select>
          <FieldError id="periodicity-error" message={errorOf('periodicity')} />
        </fieldset>
        <fieldset>
          <legend>{ctx.t('hrYear.form.deadlines')}</legend>
          <p class="hint">{ctx.t('hrYear.form.deadlinesHint')}</p>
          {instant('skpDueAt')}
          {instant('annualDueAt')}
          {duration('periodRatingWindow')}
          {duration('objectionWindow')}
          {duration('reminderBefore')}
          {duration('escalationAfter')}
        </fieldset>
        <fieldset id="units" aria-describedby={errorOf('units') ? 'units-error units-hint' : 'units-hint'}>
          <legend>{ctx.t('hrYear.form.units')}</legend>
          <p class="hint" id="units-hint">
            {ctx.t('hrYear.form.hint.units')}
          </p>
          <FieldError id="units-error" message={errorOf('units')} />
          {units.map((u) => (
            <div key={u.code}>
              <input
                type="checkbox"
                id={`unit-${u.code}`}
                name="units"
                value={u.code}
                checked={values.units.includes(u.code)}
              />
              <label for={`unit-${u.code}`} class="inline">
                {u.code} — {u.name}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{ctx.t('hrYear.form.compressed')}</legend>
          <p class="hint">{ctx.t('hrYear.form.compressedHint')}</p>
          {instant('startsAt')}
          {duration('periodLength')}
        </fieldset>
        <button type="submit">{ctx.t('hrYear.form.submit')}</button>
      </form>
    </Layout>
  );
}

export function yearsRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  const formCtx = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });
  const unitsForForm = async () =>
    (await deps.models.orgUnits.find({}, { name: 1 }).sort({ _id: 1 }).limit(500).lean()).map((u) => ({
      code: String(u._id),
      name: u.name,
    }));

  router.get('/', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const [years, units, employees] = await Promise.all([
      deps.dashboard.listYears(principal),
      deps.models.orgUnits.countDocuments({}),
      deps.models.employees.countDocuments({ active: true }),
    ]);
    sendPage(
      res,
      <DeskHomePage
        ctx={pageContext(req, res, { secure: deps.secure })}
        data={{ years, units, employees }}
        notice={takeNotice(req)}
      />,
    );
  });

  router.get('/years/new', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const year = new Date().getUTCFullYear();
    sendPage(
      res,
      <YearFormPage ctx={formCtx(req, res)} values={emptyYearForm(year)} units={await unitsForForm()} />,
    );
  });

  router.post('/years/new', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const ctx = formCtx(req, res);
    const { values, issues: read } = readYearForm((req.body ?? {}) as Record<string, unknown>, ctx.t);
    const { body, issues: own } = yearBodyOf(values, ctx.t);
    const refuse = async (api: FormIssue[] = []) =>
      sendPage(
        res,
        <YearFormPage
          ctx={ctx}
          values={values}
          units={await unitsForForm()}
          issues={issuesByField([...read, ...own], api)}
        />,
        400,
      );
    const parsed = appraisalYearInputSchema.safeParse(body);
    if (read.length || own.length || !parsed.success)
      return await refuse(
        parsed.success
          ? []
          : parsed.error.issues.map((i) => ({ field: yearFieldOfPath(i.path), message: i.message })),
      );
    try {
      const opened = await deps.years.openYear(principal, parsed.data);
      await redirectWithNotice(
        req,
        res,
        ctx.t(opened.alreadyStarted ? 'hrYear.form.already' : 'hrYear.form.opened', {
          year: parsed.data.year,
        }),
        `/hr/appraisal/years/${parsed.data.year}`,
      );
    } catch (err) {
      if (err instanceof Problem && err.status === 400)
        return await refuse(
          (err.errors ?? [{ path: 'form', message: err.detail ?? err.title }]).map((e) => ({
            field: yearFieldOfPath(e.path.replace(/^body\./, '').split('.')),
            message: e.message,
          })),
        );
      throw err;
    }
  });
  return router;
}
