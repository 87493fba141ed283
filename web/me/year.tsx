// One employee's appraisal year as a page shows it (to the employee on "my year", to their appraiser and the
// appraiser's superior on "my team"): the SKP and its state, the feedback notes, each period's two ratings
// and predikat, the annual result, the objection and its decision, and the follow-up (credit points,
// promotion, improvement plan), each result with its explanation from domain/appraisal/explanations.ts.
// The employee's own page adds the objection and acceptance forms while the window is open.
import type { ComponentChildren } from 'preact';
import type { employeeCommands } from '../../commands/appraisal/employees';
import {
  creditPointsExplanation,
  improvementExplanation,
  objectionExplanation,
  promotionExplanation,
  ratingExplanation,
  ratingLevelWords,
  type Explanation,
} from '../../domain/appraisal/explanations';
import type { ImprovementPlan, PromotionEligibility } from '../../domain/appraisal/follow-up';
import {
  predikatNames,
  type AppraisalRules,
  type Predikat,
  type RatingLevel,
  type UnitResult,
} from '../../domain/appraisal/rule-sets';
import type { FunctionalGrade } from '../../domain/org/schemas';
import type { TaskView } from '../../domain/tasks';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { Notices, periodName, phaseName, TaskLine, Why } from './parts';

type EmployeeRecord = Awaited<ReturnType<ReturnType<typeof employeeCommands>['employeeRecord']>>;

export interface SkpView {
  version: number;
  position?: string;
  status: 'submitted' | 'approved' | 'returned';
  results: { description: string; indicator: string; target: string }[];
  note?: string;
}
export interface RatingView {
  period: string;
  hasilKerja: RatingLevel;
  perilakuKerja: RatingLevel;
  predikat: Predikat;
  unitResult: UnitResult | null;
  creditPoints: number | null;
  note: string | null;
}
export interface ObjectionView {
  reason: string;
  filedAt: string;
  predikat: Predikat;
  decision?: { predikat: Predikat; reason: string; by: string; at: string };
}
export interface YearView {
  year: number;
  nip: string;
  name: string;
  unitCode: string;
  functionalGrade: FunctionalGrade | null;
  phase: string;
  skp: SkpView | null;
  feedback: { at: string; by: string; note: string }[];
  periods: RatingView[];
  annual: RatingView | null;
  predikat: Predikat | null;
  objection: ObjectionView | null;
  acceptance: { at: string; note?: string; predikat: Predikat } | null;
  followUp: {
    creditPoints: number | null;
    promotion: PromotionEligibility;
    improvement: ImprovementPlan;
  } | null;
  left: { reason: string; at: string } | null;
  tasks: TaskView[];
}

/** The read model's record (its year's parts are stored as written by the activities) as the page reads it. */
export function yearView({ record: r, tasks }: EmployeeRecord): YearView {
  const skps = (r.skps ?? []) as SkpView[];
  return {
    year: r.year,
    nip: r.nip,
    name: r.name,
    unitCode: r.unitCode,
    functionalGrade: (r.functionalGrade ?? null) as FunctionalGrade | null,
    phase: r.phase,
    skp: skps.at(-1) ?? null,
    feedback: (r.feedback ?? []) as YearView['feedback'],
    periods: (r.periods ?? []) as RatingView[],
    annual: (r.annual ?? null) as RatingView | null,
    predikat: (r.predikat ?? null) as Predikat | null,
    objection: (r.objection ?? null) as ObjectionView | null,
    acceptance: (r.acceptance ?? null) as YearView['acceptance'],
    followUp: (r.followUp ?? null) as YearView['followUp'],
    left: (r.left ?? null) as YearView['left'],
    tasks,
  };
}

const level = (ctx: PageContext, l: RatingLevel) => ratingLevelWords[l][ctx.lang];

function SkpSection({ ctx, skp }: { ctx: PageContext; skp: SkpView | null }) {
  if (!skp) return <p id="skp-status">{ctx.t('me.skp.none')}</p>;
  return (
    <>
      <p id="skp-status">
        {ctx.t(
          skp.status === 'approved'
            ? 'me.skp.approved'
            : skp.status === 'returned'
              ? 'me.skp.returned'
              : 'me.skp.submitted',
        )}
      </p>
      {skp.status === 'returned' && skp.note && (
        <p id="skp-note" class="quote">
          <strong>{ctx.t('me.skp.note')}:</strong> {skp.note}
        </p>
      )}
      <div class="scroll" role="region" aria-label={ctx.t('me.skp.results')} tabIndex={0}>
        <table class="desk" id="skp-results">
          <thead>
            <tr>
              <th scope="col">{ctx.t('me.skp.description')}</th>
              <th scope="col">{ctx.t('me.skp.indicator')}</th>
              <th scope="col">{ctx.t('me.skp.target')}</th>
            </tr>
          </thead>
          <tbody>
            {skp.results.map((r, i) => (
              <tr key={i}>
                <td class="quote">{r.description}</td>
                <td class="quote">{r.indicator}</td>
                <td class="quote">{r.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RatingBlock(props: {
  ctx: PageContext;
  rating: RatingView;
  year: number;
  id: string;
  rules: AppraisalRules;
  grade: FunctionalGrade | null;
}) {
  const { ctx, rating, year, id } = props;
  return (
    <section aria-labelledby={`${id}-h`} id={id}>
      <h3 id={`${id}-h`}>{periodName(ctx, rating.period === 'annual' ? null : rating.period, year)}</h3>
      <dl>
        <dt>{ctx.t('me.rating.hasilKerja')}</dt>
        <dd>{level(ctx, rating.hasilKerja)}</dd>
        <dt>{ctx.t('me.rating.perilakuKerja')}</dt>
        <dd>{level(ctx, rating.perilakuKerja)}</dd>
        <dt>{ctx.t('me.rating.predikat')}</dt>
        <dd class="predikat">{predikatNames[rating.predikat]}</dd>
        {rating.creditPoints !== null && (
          <>
            <dt>{ctx.t('me.followUp.creditPoints')}</dt>
            <dd>{rating.creditPoints}</dd>
          </>
        )}
        {rating.note && (
          <>
            <dt>{ctx.t('me.rating.note')}</dt>
            <dd class="quote">{rating.note}</dd>
          </>
        )}
      </dl>
      <Why ctx={ctx} id={`${id}-why`} text={ratingExplanation(rating)} />
    </section>
  );
}

function ObjectionSection({ ctx, o }: { ctx: PageContext; o: ObjectionView }) {
  return (
    <section aria-labelledby="objection-h" id="objection">
      <h3 id="objection-h">{ctx.t('me.objection.filed')}</h3>
      <p>
        <When ctx={ctx} at={o.filedAt} />
      </p>
      <p class="quote">{o.reason}</p>
      {o.decision ? (
        <>
          <p id="objection-decision">
            {ctx.t('me.objection.decided', { predikat: predikatNames[o.decision.predikat] })}
          </p>
          <Why
            ctx={ctx}
            id="objection-why"
            text={objectionExplanation({
              previous: o.predikat,
              predikat: o.decision.predikat,
              reason: o.decision.reason,
            })}
          />
        </>
      ) : (
        <p id="objection-decision">{ctx.t('me.objection.waiting')}</p>
      )}
    </section>
  );
}

function FollowUp(props: { ctx: PageContext; view: YearView; rules: AppraisalRules }) {
  const { ctx, view, rules } = props;
  const f = view.followUp;
  if (!f) return null;
  const points: Explanation | undefined =
    f.creditPoints !== null && view.functionalGrade && view.predikat
      ? creditPointsExplanation(
          { predikat: view.predikat, grade: view.functionalGrade, points: f.creditPoints },
          rules,
        )
      : undefined;
  return (
    <section aria-labelledby="follow-up-h" id="follow-up">
      <h2 id="follow-up-h">{ctx.t('me.followUp.title')}</h2>
      {points && (
        <>
          <h3>{ctx.t('me.followUp.creditPoints')}</h3>
          <p id="credit-points">{f.creditPoints}</p>
          <Why ctx={ctx} id="credit-points-why" text={points} />
        </>
      )}
      <h3>{ctx.t('me.followUp.promotion')}</h3>
      <Why ctx={ctx} id="promotion-why" text={promotionExplanation(f.promotion, rules)} />
      <h3>{ctx.t('me.followUp.improvement')}</h3>
      <Why ctx={ctx} id="improvement-why" text={improvementExplanation(f.improvement, rules)} />
    </section>
  );
}

/** The year's record: the sections every reader of it sees. */
export function YearRecord(props: {
  ctx: PageContext;
  view: YearView;
  rules: AppraisalRules;
  /** Shown after the annual result: the employee's objection forms, or the superior's decision. */
  actions?: ComponentChildren;
}) {
  const { ctx, view, rules, actions } = props;
  return (
    <>
      <dl>
        <dt>{ctx.t('me.year.employee')}</dt>
        <dd>
          {view.name} (NIP {view.nip})
        </dd>
        <dt>{ctx.t('me.year.phase')}</dt>
        <dd id="phase">{phaseName(ctx, view.phase)}</dd>
        {view.predikat && (
          <>
            <dt>{ctx.t('me.year.predikat')}</dt>
            <dd id="predikat">{predikatNames[view.predikat]}</dd>
          </>
        )}
      </dl>
      {view.left && <p class="notice">{ctx.t('me.year.left', { reason: view.left.reason })}</p>}
      <h2 id="skp-h">{ctx.t('me.skp.title')}</h2>
      <SkpSection ctx={ctx} skp={view.skp} />
      <h2 id="feedback-h">{ctx.t('me.feedback.title')}</h2>
      {view.feedback.length === 0 ? (
        <p>{ctx.t('me.feedback.none')}</p>
      ) : (
        <ul id="feedback" aria-labelledby="feedback-h">
          {view.feedback.map((f, i) => (
            <li key={i}>
              <When ctx={ctx} at={f.at} /> · <span class="quote">{f.note}</span>
            </li>
          ))}
        </ul>
      )}
      <h2 id="periods-h">{ctx.t('me.rating.periods')}</h2>
      {view.periods.length === 0 ? (
        <p>{ctx.t('me.rating.noPeriods')}</p>
      ) : (
        view.periods.map((p) => (
          <RatingBlock
            key={p.period}
            ctx={ctx}
            rating={p}
            year={view.year}
            id={`rating-${p.period}`}
            rules={rules}
            grade={view.functionalGrade}
          />
        ))
      )}
      <h2 id="annual-h">{ctx.t('me.rating.annual')}</h2>
      {view.annual ? (
        <RatingBlock
          ctx={ctx}
          rating={view.annual}
          year={view.year}
          id="rating-annual"
          rules={rules}
          grade={view.functionalGrade}
        />
      ) : (
        <p>{ctx.t('me.rating.noAnnual')}</p>
      )}
      {view.acceptance && (
        <p id="accepted">
          {ctx.t('me.acceptance.done', { predikat: predikatNames[view.acceptance.predikat] })}{' '}
          <When ctx={ctx} at={view.acceptance.at} />
        </p>
      )}
      {view.objection && <ObjectionSection ctx={ctx} o={view.objection} />}
      {actions}
      <FollowUp ctx={ctx} view={view} rules={rules} />
    </>
  );
}

/** What was refused on the employee's objection or acceptance form, and what they typed. */
export interface ObjectionFormError {
  form: 'objection' | 'acceptance';
  field: 'reason' | 'note' | 'form';
  message: string;
  value?: string;
}

/** The objection window: its deadline, the objection form and the acceptance that closes it at once. */
function ObjectionForms(props: {
  ctx: PageContext;
  year: number;
  openUntil: string;
  error?: ObjectionFormError;
}) {
  const { ctx, year, openUntil, error } = props;
  const err = (form: ObjectionFormError['form'], field: ObjectionFormError['field']) =>
    error?.form === form && error.field === field ? error.message : undefined;
  return (
    <section aria-labelledby="window-h" id="objection-window">
      <h2 id="window-h">{ctx.t('me.objection.title')}</h2>
      <p id="window-deadline">
        {ctx.t('me.objection.until')} <When ctx={ctx} at={openUntil} />
      </p>
      <form method="post" action={`/me/appraisal/${year}/objection`} class="decision">
        <CsrfField ctx={ctx} />
        <FieldError id="objection-form-error" message={err('objection', 'form')} />
        <label for="objection-reason">{ctx.t('me.objection.reason')}</label>
        <p class="hint" id="objection-hint">
          {ctx.t('me.objection.hint')}
        </p>
        <textarea
          id="objection-reason"
          name="reason"
          required
          maxLength={textLimits.reason}
          rows={4}
          aria-invalid={err('objection', 'reason') ? 'true' : undefined}
          aria-describedby={err('objection', 'reason') ? 'objection-reason-error' : 'objection-hint'}
        >
          {error?.form === 'objection' ? (error.value ?? '') : ''}
        </textarea>
        <FieldError id="objection-reason-error" message={err('objection', 'reason')} />
        <button type="submit">{ctx.t('me.objection.submit')}</button>
      </form>
      <h3>{ctx.t('me.acceptance.title')}</h3>
      <p>{ctx.t('me.acceptance.hint')}</p>
      <form method="post" action={`/me/appraisal/${year}/acceptance`}>
        <CsrfField ctx={ctx} />
        <FieldError id="acceptance-form-error" message={err('acceptance', 'form')} />
        <label for="acceptance-note">{ctx.t('me.acceptance.note')}</label>
        <input
          id="acceptance-note"
          name="note"
          maxLength={textLimits.reason}
          value={error?.form === 'acceptance' ? (error.value ?? '') : ''}
          aria-invalid={err('acceptance', 'note') ? 'true' : undefined}
          aria-describedby={err('acceptance', 'note') ? 'acceptance-note-error' : undefined}
        />
        <FieldError id="acceptance-note-error" message={err('acceptance', 'note')} />
        <button type="submit" class="secondary">
          {ctx.t('me.acceptance.submit')}
        </button>
      </form>
    </section>
  );
}

export interface MyYearData {
  view: YearView;
  rules: AppraisalRules;
  /** The objection window's end while it is open (the workflow's own), else null. */
  objectionOpenUntil: string | null;
  notice?: string;
  error?: ObjectionFormError;
  /** Further sections of the year (the award section of issue 12's part C goes here). */
  extra?: ComponentChildren;
}

/** `/me/appraisal/<year>`: the employee's own year, their open tasks in it, and the objection forms. */
export function MyYearPage({ ctx, data }: { ctx: PageContext; data: MyYearData }) {
  const { view, rules, objectionOpenUntil, error } = data;
  const open = view.tasks.filter((t) => t.status === 'open' && t.assigneeNip === view.nip);
  const skpOpen = open.some((t) => t.type === 'skp-draft');
  return (
    <Layout ctx={ctx} title={ctx.t('me.year.title', { year: view.year })} home="/me">
      <p>
        <a href="/me">{ctx.t('staff.me.title')}</a>
      </p>
      <Notices ctx={ctx} notice={data.notice} />
      {open.length > 0 && (
        <>
          <h2 id="my-open-h">{ctx.t('staff.me.tasks')}</h2>
          <ul id="my-open" aria-labelledby="my-open-h">
            {open.map((t) => (
              <TaskLine key={t.id} ctx={ctx} task={t} />
            ))}
          </ul>
        </>
      )}
      {skpOpen && (
        <p>
          <a class="button" href={`/me/appraisal/${view.year}/skp`} id="skp-link">
            {ctx.t('me.skp.draft')}
          </a>
        </p>
      )}
      <YearRecord
        ctx={ctx}
        view={view}
        rules={rules}
        actions={
          objectionOpenUntil ? (
            <ObjectionForms ctx={ctx} year={view.year} openUntil={objectionOpenUntil} error={error} />
          ) : undefined
        }
      />
      {data.extra}
    </Layout>
  );
}
