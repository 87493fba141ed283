// HR's cycles on the pages (issue 11): the list, newest first, and the form that opens a cycle with its
// formations, schedule and the rule overrides HR changes in practice. The form builds the body of
// `POST /api/v1/recruitment/cycles` (cycle-form.ts), validates it with the API's own schema and calls the
// same command; every issue is shown beside its field and in a summary linking to it, and nothing is
// opened while anything is wrong. "Tambah baris formasi" and a change of kind re-render the form with its
// values (no JavaScript).
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { actorOf, type Principal } from '../../domain/actor';
import type { MessageKey } from '../../domain/messages';
import {
  cycleKinds,
  formationTypes,
  resolveRuleSet,
  type CycleKind,
  type RecruitmentRuleSet,
} from '../../domain/recruitment/rule-sets';
import { createCycleSchema } from '../../domain/recruitment/schemas';
import type { CyclePhase } from '../../domain/recruitment/stages';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { redirectWithNotice } from '../session';
import {
  cycleBodyOf,
  durationFields,
  durationUnits,
  emptyForm,
  emptyRow,
  fieldOfPath,
  fieldOfProblemPath,
  formRows,
  issuesByField,
  readCycleForm,
  rowFields,
  rulesOf,
  windowFields,
  type CycleFormValues,
  type FormIssue,
  type RowField,
  type WindowField,
} from './cycle-form';

export type CycleListItem = Awaited<ReturnType<RecruitmentCommands['listCycles']>>[number];

export function CycleListPage(props: { ctx: PageContext; cycles: CycleListItem[] }) {
  const { ctx, cycles } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('hr.cycles.title')} home="/hr">
      <p>
        <a href="/hr/recruitment/cycles/new">{ctx.t('hr.cycles.new')}</a>
      </p>
      {cycles.length === 0 ? (
        <p id="no-cycles">{ctx.t('hr.cycles.none')}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="cycles-caption" tabIndex={0}>
          <table id="cycles" class="ranking">
            <caption id="cycles-caption">{ctx.t('hr.cycles.listed', { count: cycles.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{ctx.t('hr.cycles.code')}</th>
                <th scope="col">{ctx.t('hr.cycles.name')}</th>
                <th scope="col">{ctx.t('hr.cycles.kind')}</th>
                <th scope="col">{ctx.t('hr.cycles.phase')}</th>
                <th scope="col">{ctx.t('hr.cycles.registration')}</th>
              </tr>
            </thead>
            <tbody>
              {cycles.map((c) => {
                const schedule = c.schedule as {
                  registrationOpensAt?: string;
                  registrationClosesAt?: string;
                };
                return (
                  <tr key={c.code}>
                    <td>
                      <a href={`/hr/recruitment/cycles/${c.code}`}>{c.code}</a>
                    </td>
                    <td>{c.title}</td>
                    <td>{c.kind}</td>
                    <td>{ctx.t(`hr.dashboard.phase.${c.phase as CyclePhase}`)}</td>
                    <td>
                      {schedule.registrationOpensAt && schedule.registrationClosesAt && (
                        <>
                          <When ctx={ctx} at={schedule.registrationOpensAt} /> {ctx.t('hr.cycles.until')}{' '}
                          <When ctx={ctx} at={schedule.registrationClosesAt} />
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

const rowLabel: Record<RowField, MessageKey> = {
  code: 'hr.cycles.form.rowCode',
  title: 'hr.cycles.form.rowTitle',
  unit: 'hr.cycles.form.rowUnit',
  type: 'hr.cycles.form.rowType',
  vacancies: 'hr.cycles.form.rowVacancies',
};
/** The API's own limits, so the browser stops typing where the API would refuse. */
const rowMax: Record<Exclude<RowField, 'type'>, number> = { code: 40, title: 200, unit: 200, vacancies: 6 };
const windowSource: Record<WindowField, MessageKey> = {
  appealWindow: 'hr.cycles.source.appealWindow',
  appealAnswerWindow: 'hr.cycles.source.appealAnswerWindow',
  documentWindow: 'hr.cycles.source.documentWindow',
  appealAnswerReminderBefore: 'hr.cycles.source.convention',
  documentReminderBefore: 'hr.cycles.source.convention',
};
const topLabels: Record<string, MessageKey> = {
  code: 'hr.cycles.form.code',
  title: 'hr.cycles.form.title.field',
  kind: 'hr.cycles.form.kind',
  budgetYear: 'hr.cycles.form.budgetYear',
  opensAt: 'hr.cycles.form.opensAt',
  closesAt: 'hr.cycles.form.closesAt',
  formations: 'hr.cycles.form.formations',
  rules: 'hr.cycles.form.rules',
  form: 'hr.cycles.form.whole',
};

/** The name of a field of the form, for the summary of its issues. */
function labelOf(ctx: PageContext, field: string): string {
  const row = /^f(\d+)-(\w+)$/.exec(field);
  if (row && (rowFields as readonly string[]).includes(row[2]!))
    return `${ctx.t('hr.cycles.form.row', { n: Number(row[1]) + 1 })}: ${ctx.t(rowLabel[row[2] as RowField])}`;
  const w = windowFields.find((x) => x.name === field);
  if (w) return ctx.t(`hr.cycles.window.${w.name}`);
  const r = rulesOf('CPNS').find((x) => x.name === field);
  if (r) return ctx.t(`hr.cycles.rule.${r.name}`);
  return Object.hasOwn(topLabels, field) ? ctx.t(topLabels[field]!) : field;
}

/** Where the summary's link for a field leads: the control, or the fieldset of a whole part. */
const anchorOf = (field: string) => (field === 'form' ? 'cycle-form' : field);

export interface CycleFormProps {
  ctx: PageContext;
  values: CycleFormValues;
  issues?: Map<string, string[]>;
  /** The code of a cycle that already exists, linked beside the code field. */
  existing?: string;
  kindChanged?: boolean;
}

export function CycleFormPage(props: CycleFormProps) {
  const { ctx, values, issues = new Map<string, string[]>(), existing, kindChanged } = props;
  const resolved = resolveRuleSet(values.kind);
  if (!resolved.ok) throw new Error(`the default ${values.kind} rule set does not resolve`);
  const rs: RecruitmentRuleSet = resolved.value.ruleSet;
  const number = new Intl.NumberFormat(ctx.lang === 'id' ? 'id-ID' : 'en-GB');
  const errorOf = (field: string) => issues.get(field)?.join(' ');
  /** aria-invalid and aria-describedby of a control: its error first, then its hint. */
  const aria = (field: string, hint?: string) => {
    const ids = [errorOf(field) ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ');
    return {
      'aria-invalid': errorOf(field) ? ('true' as const) : undefined,
      'aria-describedby': ids || undefined,
    };
  };
  const defaultHint = (value: string, source: MessageKey) =>
    ctx.t('hr.cycles.form.default', { value, ruleSet: rs.id, source: ctx.t(source) });
  const durationText = (iso: string) => {
    const d = durationFields(iso);
    return d ? `${d.n} ${ctx.t(`hr.cycles.unit.${d.unit}`)}` : iso;
  };
  const ruleDefault = (path: readonly string[]): string => {
    const v = path.reduce<unknown>(
      (node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
      rs,
    );
    return typeof v === 'number' ? number.format(v) : String(v);
  };

  return (
    <Layout ctx={ctx} title={ctx.t('hr.cycles.form.title')} home="/hr">
      <p>
        <a href="/hr/recruitment">{ctx.t('hr.cycles.form.back')}</a>
      </p>
      {issues.size > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="problems-heading">
          <p id="problems-heading">
            <strong>{ctx.t('hr.cycles.form.problems')}</strong>
          </p>
          <ul id="problems">
            {[...issues].map(([field, messages]) => (
              <li key={field}>
                <a href={`#${anchorOf(field)}`}>
                  {labelOf(ctx, field)}: {messages.join(' ')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {kindChanged && (
        <p class="notice" role="status">
          {ctx.t('hr.cycles.form.kindChanged')}
        </p>
      )}
      <p id="form-intro">{ctx.t('hr.cycles.form.intro')}</p>
      <form id="cycle-form" method="post" action="/hr/recruitment/cycles/new">
        <CsrfField ctx={ctx} />
        {/* The default button, first in the form: Enter in a field opens the cycle rather than pressing
            "Tambah baris formasi" or the change of kind, the next submit buttons in the form. */}
        <button type="submit" name="action" value="create" hidden tabIndex={-1}>
          {ctx.t('hr.cycles.form.submit')}
        </button>
        <input type="hidden" name="shownKind" value={values.kind} />
        <input type="hidden" name="rows" value={String(values.rows.length)} />
        <FieldError id="form-error" message={errorOf('form')} />

        <fieldset>
          <legend>{ctx.t('hr.cycles.form.cycle')}</legend>
          <label for="kind">{ctx.t('hr.cycles.form.kind')}</label>
          <select id="kind" name="kind" {...aria('kind', 'kind-hint')}>
            {cycleKinds.map((k) => (
              <option key={k} value={k} selected={k === values.kind}>
                {k}
              </option>
            ))}
          </select>
          <p class="hint" id="kind-hint">
            {ctx.t('hr.cycles.form.kindHint', { ruleSet: rs.id })}
          </p>
          <FieldError id="kind-error" message={errorOf('kind')} />
          <button type="submit" name="action" value="kind" formNoValidate class="secondary">
            {ctx.t('hr.cycles.form.changeKind')}
          </button>

          <label for="code">{ctx.t('hr.cycles.form.code')}</label>
          <input
            id="code"
            name="code"
            value={values.code}
            required
            maxLength={40}
            autoComplete="off"
            {...aria('code', 'code-hint')}
          />
          <p class="hint" id="code-hint">
            {ctx.t('hr.cycles.form.codeHint')}
          </p>
          <FieldError id="code-error" message={errorOf('code')} />
          {existing && (
            <p>
              <a href={`/hr/recruitment/cycles/${existing}`}>
                {ctx.t('hr.cycles.existing', { code: existing })}
              </a>
            </p>
          )}

          <label for="title">{ctx.t('hr.cycles.form.title.field')}</label>
          <input id="title" name="title" value={values.title} required maxLength={200} {...aria('title')} />
          <FieldError id="title-error" message={errorOf('title')} />

          <label for="budgetYear">{ctx.t('hr.cycles.form.budgetYear')}</label>
          <input
            id="budgetYear"
            name="budgetYear"
            value={values.budgetYear}
            inputMode="numeric"
            maxLength={4}
            {...aria('budgetYear', 'budgetYear-hint')}
          />
          <p class="hint" id="budgetYear-hint">
            {ctx.t('hr.cycles.form.budgetYearHint')}
          </p>
          <FieldError id="budgetYear-error" message={errorOf('budgetYear')} />
        </fieldset>

        <fieldset id="formations" aria-describedby="formations-hint">
          <legend>{ctx.t('hr.cycles.form.formations')}</legend>
          <p class="hint" id="formations-hint">
            {ctx.t('hr.cycles.form.formationsHint', { max: formRows.max })}
          </p>
          <FieldError id="formations-error" message={errorOf('formations')} />
          {values.rows.map((row, i) => (
            <fieldset key={i} class="formation-row">
              <legend>{ctx.t('hr.cycles.form.row', { n: i + 1 })}</legend>
              {rowFields.map((f) => {
                const id = `f${i}-${f}`;
                return (
                  <div key={f} class="field">
                    <label for={id}>{ctx.t(rowLabel[f])}</label>
                    {f === 'type' ? (
                      <select id={id} name={id} {...aria(id)}>
                        {formationTypes.map((type) => (
                          <option key={type} value={type} selected={type === row.type}>
                            {type}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        id={id}
                        name={id}
                        value={row[f]}
                        maxLength={rowMax[f]}
                        inputMode={f === 'vacancies' ? 'numeric' : undefined}
                        autoComplete="off"
                        {...aria(id)}
                      />
                    )}
                    <FieldError id={`${id}-error`} message={errorOf(id)} />
                  </div>
                );
              })}
            </fieldset>
          ))}
          {values.rows.length < formRows.max && (
            <button type="submit" name="action" value="addRow" formNoValidate class="secondary">
              {ctx.t('hr.cycles.form.addRow')}
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend>{ctx.t('hr.cycles.form.schedule')}</legend>
          {(['opensAt', 'closesAt'] as const).map((f) => (
            <div key={f} class="field">
              <label for={f}>{ctx.t(topLabels[f]!)}</label>
              <input
                id={f}
                name={f}
                type="datetime-local"
                step={1}
                value={values[f]}
                required
                {...aria(f, 'date-hint')}
              />
              <FieldError id={`${f}-error`} message={errorOf(f)} />
            </div>
          ))}
          <p class="hint" id="date-hint">
            {ctx.t('hr.cycles.form.dateHint')}
          </p>
        </fieldset>

        <fieldset>
          <legend>{ctx.t('hr.cycles.form.windows')}</legend>
          {windowFields.map(({ name }) => {
            const what = ctx.t(`hr.cycles.window.${name}`);
            return (
              <div key={name} class="field window">
                <label for={name}>{what}</label>
                <input
                  id={name}
                  name={name}
                  value={values.windows[name].n}
                  inputMode="numeric"
                  maxLength={6}
                  {...aria(name, `${name}-hint`)}
                />
                <label for={`${name}-unit`}>{ctx.t('hr.cycles.form.unit', { what })}</label>
                <select id={`${name}-unit`} name={`${name}-unit`}>
                  {durationUnits.map((u) => (
                    <option key={u} value={u} selected={u === values.windows[name].unit}>
                      {ctx.t(`hr.cycles.unit.${u}`)}
                    </option>
                  ))}
                </select>
                <p class="hint" id={`${name}-hint`}>
                  {defaultHint(durationText(rs.windows[name]), windowSource[name])}
                </p>
                <FieldError id={`${name}-error`} message={errorOf(name)} />
              </div>
            );
          })}
        </fieldset>

        <fieldset id="rules" aria-describedby="rules-hint">
          <legend>{ctx.t('hr.cycles.form.rules')}</legend>
          <p class="hint" id="rules-hint">
            {ctx.t('hr.cycles.form.rulesHint')}
          </p>
          <FieldError id="rules-error" message={errorOf('rules')} />
          {rulesOf(values.kind).map((r) => (
            <div key={r.name} class="field">
              <label for={r.name}>{ctx.t(`hr.cycles.rule.${r.name}`)}</label>
              <input
                id={r.name}
                name={r.name}
                value={values.rules[r.name] ?? ''}
                inputMode="decimal"
                maxLength={12}
                {...aria(r.name, `${r.name}-hint`)}
              />
              <p class="hint" id={`${r.name}-hint`}>
                {defaultHint(ruleDefault(r.path), `hr.cycles.source.${r.source}`)}
              </p>
              <FieldError id={`${r.name}-error`} message={errorOf(r.name)} />
            </div>
          ))}
        </fieldset>

        <button type="submit" name="action" value="create">
          {ctx.t('hr.cycles.form.submit')}
        </button>
      </form>
    </Layout>
  );
}

const kindSchema = z.enum(cycleKinds);
const actionSchema = z.enum(['create', 'addRow', 'kind']);

export function cyclesRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const formCtx = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  router.get('/', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const cycles = await deps.commands.listCycles();
    sendPage(res, <CycleListPage ctx={pageContext(req, res, { secure: deps.secure })} cycles={cycles} />);
  });

  router.get('/cycles/new', (req, res) => {
    if (!deps.hr(req, res)) return;
    const kind = kindSchema.safeParse(req.query.kind);
    sendPage(
      res,
      <CycleFormPage ctx={formCtx(req, res)} values={emptyForm(kind.success ? kind.data : 'CPNS')} />,
    );
  });

  router.post('/cycles/new', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const ctx = formCtx(req, res);
    const posted = (req.body ?? {}) as Record<string, unknown>;
    const shown = kindSchema.safeParse(posted.shownKind);
    const shownKind: CycleKind = shown.success ? shown.data : 'CPNS';
    const asked = kindSchema.safeParse(posted.kind);
    const action = actionSchema.safeParse(posted.action);
    const { values, issues: read } = readCycleForm(posted, asked.success ? asked.data : shownKind, ctx.t);
    const render = (
      status: number,
      issues: FormIssue[],
      api: FormIssue[] = [],
      extra: Pick<CycleFormProps, 'existing' | 'kindChanged'> = {},
    ) =>
      sendPage(
        res,
        <CycleFormPage ctx={ctx} values={values} issues={issuesByField(issues, api)} {...extra} />,
        status,
      );

    // A re-render with the form's own values: one more formation row, or the rules of another kind.
    if (!action.success || action.data !== 'create') {
      if (action.success && action.data === 'addRow' && values.rows.length < formRows.max)
        values.rows.push(emptyRow());
      return render(200, read);
    }
    if (asked.success && asked.data !== shownKind) return render(200, read, [], { kindChanged: true });

    const { body, rowOf, issues: own } = cycleBodyOf(values, ctx.t);
    // A kind that is neither is named by the API's own message; everything else checked with it.
    const parsed = createCycleSchema.safeParse(
      asked.success ? body : { ...body, kind: String(posted.kind ?? '').slice(0, 40) },
    );
    const apiIssues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: fieldOfPath(i.path, rowOf), message: i.message }));
    if (!parsed.success || read.length > 0 || own.length > 0)
      return render(400, [...read, ...own], apiIssues);

    try {
      await deps.commands.createCycle(parsed.data, actorOf(principal));
    } catch (err) {
      if (!(err instanceof Problem) || err.status >= 500) throw err;
      // The code is taken (a double submit, too): said beside it, with a link to that cycle.
      const { code } = parsed.data;
      if (err.status === 409)
        return render(409, [{ field: 'code', message: ctx.t('hr.cycles.error.exists', { code }) }], [], {
          existing: code,
        });
      const named = err.errors?.map((e) => ({
        field: fieldOfProblemPath(e.path, rowOf),
        message: e.message,
      }));
      return render(
        err.status,
        named?.length ? named : [{ field: 'form', message: err.detail ?? err.title }],
      );
    }
    await redirectWithNotice(
      req,
      res,
      ctx.t('hr.cycles.opened', { code: parsed.data.code, title: parsed.data.title }),
      `/hr/recruitment/cycles/${parsed.data.code}`,
    );
  });
  return router;
}
