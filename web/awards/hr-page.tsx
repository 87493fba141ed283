// `/hr/appraisal/years/<year>/awards`: HR's committee desk for a year's awards. Before the round: what it does
// and a button that starts it (refused, with the reason, while the year has not closed). Then: the rule
// set and its criteria, each unit with its head and how many are eligible, nominated and awarded; every
// nomination awaiting a decision with the head's reason and a form to give the award or not, with a
// reason; everyone on the lists with their status and reasons; the list as XLSX or CSV. Each form posts
// to the same command as the API (commands/appraisal/awards.ts); a refusal is said beside its field.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { sendPreparedFile } from '../../api/send-file';
import type { AwardExportCommands } from '../../commands/appraisal/award-exports';
import type { AwardCommands, AwardRoundView, AwardView } from '../../commands/appraisal/awards';
import { notFound, Problem } from '../../commands/errors';
import type { Principal } from '../../domain/actor';
import { awardDecisionSchema, qualifyingPredikat } from '../../domain/appraisal/award-rules';
import { predikatNames, type Predikat } from '../../domain/appraisal/rule-sets';
import { nipSchema } from '../../domain/org/schemas';
import { textLimits } from '../../domain/text';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../layout';
import { DecisionForm } from '../staff/decision-form';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';

export interface DecisionFormError {
  nip: string;
  field: 'decision' | 'reason' | 'form';
  message: string;
  reason?: string;
}

export interface HrAwardsData {
  year: number;
  round: AwardRoundView | null;
  awards: AwardView[];
  notice?: string;
  /** A refusal of the start button, or of a decision form (by the nominee's NIP). */
  startError?: string;
  error?: DecisionFormError;
}

const phaseKey = (phase: string) =>
  phase === 'eligibility'
    ? 'awards.hr.phase.eligibility'
    : phase === 'closed'
      ? 'awards.hr.phase.closed'
      : 'awards.hr.phase.nomination';

function OpenDecision(props: { ctx: PageContext; year: number; a: AwardView; error?: DecisionFormError }) {
  const { ctx, year, a } = props;
  const error = props.error?.nip === a.nip ? props.error : undefined;
  const id = `d-${a.nip}`;
  return (
    <li class="task">
      <article aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>
          {a.name} · {a.unitCode}
        </h3>
        <dl>
          <dt>{ctx.t('awards.nip')}</dt>
          <dd>{a.nip}</dd>
          <dt>{ctx.t('awards.predikat')}</dt>
          <dd>{predikatNames[a.predikat as Predikat] ?? a.predikat}</dd>
          <dt>{ctx.t('awards.nominatedBy', { name: a.nomination?.byName ?? '' })}</dt>
          <dd class="quote">{a.nomination?.reason ?? ''}</dd>
        </dl>
        <DecisionForm
          ctx={ctx}
          id={id}
          action={`/hr/appraisal/years/${year}/awards/decisions`}
          hidden={[['nip', a.nip]]}
          legend={ctx.t('awards.hr.decision')}
          options={[
            { value: 'award', label: ctx.t('awards.hr.award') },
            { value: 'decline', label: ctx.t('awards.hr.decline') },
          ]}
          reason={{ label: ctx.t('awards.reason'), required: true }}
          submit={ctx.t('awards.hr.decide')}
          error={error}
        />
      </article>
    </li>
  );
}

function Round({ ctx, data, round }: { ctx: PageContext; data: HrAwardsData; round: AwardRoundView }) {
  const { year, awards, error } = data;
  const count = (unit: string, status: string[]) =>
    awards.filter((a) => a.unitCode === unit && status.includes(a.status)).length;
  const open = awards.filter((a) => a.status === 'nominated');
  return (
    <>
      <p id="phase">{ctx.t('awards.hr.phase', { phase: ctx.t(phaseKey(round.phase)) })}</p>
      <p>
        {ctx.t('awards.criteria', {
          predikat: qualifyingPredikat(round.rules, ctx.lang),
          years: round.rules.criteria.yearsInARow,
          quota: round.rules.criteria.quotaPerUnit,
        })}{' '}
        {ctx.t('awards.ruleSet', { id: round.rules.id, version: round.rules.version })}
      </p>
      <h2 id="units-heading">{ctx.t('awards.hr.units')}</h2>
      {round.units.length === 0 ? (
        <p id="no-units">{ctx.t('awards.hr.none')}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="units-heading" tabIndex={0}>
          <table id="units" class="decided">
            <thead>
              <tr>
                <th scope="col">{ctx.t('awards.unit')}</th>
                <th scope="col">{ctx.t('awards.hr.head')}</th>
                <th scope="col">{ctx.t('awards.hr.eligibleCount')}</th>
                <th scope="col">{ctx.t('awards.hr.nominatedCount')}</th>
                <th scope="col">{ctx.t('awards.hr.awardedCount')}</th>
              </tr>
            </thead>
            <tbody>
              {round.units.map((u) => (
                <tr key={u.unitCode}>
                  <th scope="row">
                    {u.unitName} ({u.unitCode})
                  </th>
                  <td>{u.headName}</td>
                  <td>{u.eligible}</td>
                  <td>{count(u.unitCode, ['nominated', 'awarded', 'not-awarded'])}</td>
                  <td>{count(u.unitCode, ['awarded'])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="open-heading">{ctx.t('awards.hr.open')}</h2>
      {open.length === 0 ? (
        <p id="none-open">{ctx.t('awards.hr.noneOpen')}</p>
      ) : (
        <ol class="tasks" id="open" aria-labelledby="open-heading">
          {open.map((a) => (
            <OpenDecision key={a.nip} ctx={ctx} year={year} a={a} error={error} />
          ))}
        </ol>
      )}
      <h2 id="all-heading">{ctx.t('awards.hr.all')}</h2>
      {awards.length > 0 && (
        <div class="scroll" role="region" aria-labelledby="all-heading" tabIndex={0}>
          <table id="all" class="decided">
            <thead>
              <tr>
                <th scope="col">{ctx.t('awards.name')}</th>
                <th scope="col">{ctx.t('awards.unit')}</th>
                <th scope="col">{ctx.t('awards.status')}</th>
                <th scope="col">{ctx.t('awards.column.nominationReason')}</th>
                <th scope="col">{ctx.t('awards.column.decisionReason')}</th>
              </tr>
            </thead>
            <tbody>
              {awards.map((a) => (
                <tr key={a.nip}>
                  <th scope="row">
                    {a.name}
                    <br />
                    <small>{a.nip}</small>
                  </th>
                  <td>{a.unitCode}</td>
                  <td>
                    {ctx.t(`awards.status.${a.status}`)}
                    {a.decision && (
                      <small>
                        <br />
                        {ctx.t('awards.decidedBy', { who: a.decision.by })}
                        <br />
                        <When ctx={ctx} at={a.decision.at} />
                      </small>
                    )}
                  </td>
                  <td class="quote">{a.nomination?.reason ?? ''}</td>
                  <td class="quote">{a.decision?.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{ctx.t('awards.hr.exports')}</h2>
      <p>
        <a href={`/hr/appraisal/years/${year}/awards/export.xlsx`}>
          {ctx.t('awards.hr.download', { format: 'XLSX' })}
        </a>
        {' · '}
        <a href={`/hr/appraisal/years/${year}/awards/export.csv`}>
          {ctx.t('awards.hr.download', { format: 'CSV' })}
        </a>
      </p>
    </>
  );
}

export function HrAwardsPage({ ctx, data }: { ctx: PageContext; data: HrAwardsData }) {
  const { year, round, notice, startError, error } = data;
  const atItem = !!error && data.awards.some((a) => a.nip === error.nip && a.status === 'nominated');
  return (
    <Layout ctx={ctx} title={ctx.t('awards.hr.title', { year })} home="/hr">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && !atItem && (
        <p class="error" role="alert" id="form-error">
          {error.message}
        </p>
      )}
      {round ? (
        <Round ctx={ctx} data={data} round={round} />
      ) : (
        <>
          <p id="not-started">{ctx.t('awards.hr.notStarted')}</p>
          <form method="post" action={`/hr/appraisal/years/${year}/awards`}>
            <CsrfField ctx={ctx} />
            <FieldError id="start-error" message={startError} />
            <button type="submit" aria-describedby={startError ? 'start-error' : undefined}>
              {ctx.t('awards.hr.start')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

const decisionForm = z.strictObject({
  _csrf: z.string().max(200),
  nip: z.string().max(40),
  decision: z.string().max(20).optional(),
  reason: z.string().max(4 * textLimits.reason),
});
const yearParam = z.coerce.number().int().min(2020).max(2100);

export function hrAwardsRoutes(deps: {
  awards: AwardCommands;
  exports: AwardExportCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });
  const yearOf = (req: Request) => {
    const y = yearParam.safeParse(req.params.year);
    if (!y.success) throw notFound('no such year');
    return y.data;
  };

  async function render(
    req: Request,
    res: Response,
    principal: Principal,
    year: number,
    extra: Partial<HrAwardsData>,
    status = 200,
  ) {
    const { round, awards } = await deps.awards.awardRound(principal, { year });
    sendPage(res, <HrAwardsPage ctx={ctxOf(req, res)} data={{ year, round, awards, ...extra }} />, status);
  }

  router.get('/years/:year/awards', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const notice = takeNotice(req);
    await render(req, res, principal, yearOf(req), notice ? { notice } : {});
  });

  router.post('/years/:year/awards', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const year = yearOf(req);
    const ctx = ctxOf(req, res);
    try {
      await deps.awards.startAwards(principal, { year });
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      return await render(
        req,
        res,
        principal,
        year,
        { startError: ctx.t('awards.refused', { detail: err.detail ?? err.title }) },
        err.status,
      );
    }
    await redirectWithNotice(req, res, ctx.t('awards.hr.started'), `/hr/appraisal/years/${year}/awards`);
  });

  router.post('/years/:year/awards/decisions', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const year = yearOf(req);
    const ctx = ctxOf(req, res);
    const form = decisionForm.safeParse(req.body);
    const nip = nipSchema.safeParse(form.data?.nip);
    const key = nip.success ? nip.data : '';
    const refuse = (field: DecisionFormError['field'], message: string, status = 400) =>
      render(
        req,
        res,
        principal,
        year,
        { error: { nip: key, field, message, ...(form.success ? { reason: form.data.reason } : {}) } },
        status,
      );
    if (!form.success || !nip.success) return await refuse('form', ctx.t('awards.hr.noSuch'));
    const { decision, reason } = form.data;
    const decided = awardDecisionSchema.safeParse({
      awarded: decision === 'award' ? true : decision === 'decline' ? false : undefined,
      reason,
    });
    if (!decided.success) {
      const issue = decided.error.issues[0]!;
      if (issue.path[0] === 'reason')
        return await refuse(
          'reason',
          issue.code === 'too_big'
            ? ctx.t('awards.reasonTooLong', { max: textLimits.reason })
            : ctx.t('awards.reasonRequired'),
        );
      return await refuse('decision', ctx.t('awards.hr.chooseDecision'));
    }
    try {
      await deps.awards.decide(principal, { year, nip: nip.data, ...decided.data });
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      return await refuse(
        'form',
        err.status === 404
          ? ctx.t('awards.hr.noSuch')
          : ctx.t('awards.refused', { detail: err.detail ?? err.title }),
        err.status,
      );
    }
    const name = (await deps.awards.employeeAward(principal, { year, nip: nip.data }))?.name ?? nip.data;
    await redirectWithNotice(
      req,
      res,
      ctx.t('awards.hr.decided', {
        name,
        decision: ctx.t(decided.data.awarded ? 'awards.status.awarded' : 'awards.status.not-awarded'),
      }),
      `/hr/appraisal/years/${year}/awards`,
    );
  });

  router.get('/years/:year/awards/export.:format', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const format = z.enum(['csv', 'xlsx']).safeParse(req.params.format);
    if (!format.success) throw notFound('no such export');
    const file = await deps.exports.prepareAwardsExport(principal, {
      year: yearOf(req),
      format: format.data,
    });
    await sendPreparedFile(file, req, res);
  });
  return router;
}
