// An appraisal year's merit-system evidence on HR's desk (`/hr/appraisal/years/:year/evidence`, issue 12):
// what an auditor of the merit system asks of the year, each item with its count and its exceptions —
// appraisals on time (every human step completed by its due date, the late ones by how much), objections
// decided with a reason and within their window, and development planned from the results (an
// improvement plan for every result below Baik). Computed by commands/appraisal/year-evidence.ts from the
// year's tasks and records (domain/appraisal/year-evidence.ts). Read only.
import express, { type Router } from 'express';
import { notFound } from '../../../commands/errors';
import type { EvidenceException, YearEvidence } from '../../../domain/appraisal/year-evidence';
import { taskTitle, type TaskType } from '../../../domain/tasks';
import { formatTimeLeft } from '../../../domain/time';
import { pageContext } from '../../context';
import { Layout, type PageContext } from '../../layout';
import { sendPage } from '../../render';
import { yearParam } from './dashboard';
import type { AppraisalDeskDeps } from './deps';
import { predikatNames, type Predikat } from '../../../domain/appraisal/rule-sets';

function what(ctx: PageContext, x: EvidenceException): string {
  if (x.kind === 'tampered' || x.what.startsWith('appraisal.')) return x.what;
  if (x.kind === 'no-plan' || x.kind === 'no-reason')
    return Object.hasOwn(predikatNames, x.what) ? predikatNames[x.what as Predikat] : x.what;
  try {
    return taskTitle(x.what as TaskType, ctx.lang);
  } catch {
    return x.what;
  }
}

function Exceptions(props: { ctx: PageContext; id: string; list: EvidenceException[] }) {
  const { ctx, id, list } = props;
  if (list.length === 0) return <p id={`${id}-none`}>{ctx.t('hrEv.noExceptions')}</p>;
  return (
    <ul id={id}>
      {list.map((x, i) => (
        <li key={i}>
          {x.subject} — {what(ctx, x)}:{' '}
          {ctx.t(`hrEv.kind.${x.kind}`, { by: formatTimeLeft(x.byMs ?? 0, ctx.lang) })}
        </li>
      ))}
    </ul>
  );
}

export function YearEvidencePage(props: { ctx: PageContext; year: number; evidence: YearEvidence }) {
  const { ctx, year, evidence: e } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('hrEv.title', { year })} home="/hr">
      <p>
        <a href={`/hr/appraisal/years/${year}`}>{ctx.t('hrCal.back', { year })}</a>
      </p>
      <p>{ctx.t('hrEv.intro')}</p>
      <section>
        <h2>{ctx.t('hrEv.onTime')}</h2>
        <p id="on-time">
          {ctx.t('hrEv.onTime.summary', {
            steps: e.onTime.steps,
            done: e.onTime.done,
            inTime: e.onTime.inTime,
            percent: e.onTime.percent,
            late: e.onTime.late,
            overdue: e.onTime.overdue,
          })}
        </p>
        <Exceptions ctx={ctx} id="on-time-exceptions" list={e.exceptions.onTime} />
      </section>
      <section>
        <h2>{ctx.t('hrEv.objections')}</h2>
        <p id="objections">
          {ctx.t('hrEv.objections.summary', {
            filed: e.objections.filed,
            decided: e.objections.decided,
            withReason: e.objections.withReason,
            inWindow: e.objections.inWindow,
          })}
        </p>
        <Exceptions ctx={ctx} id="objection-exceptions" list={e.exceptions.objections} />
      </section>
      <section>
        <h2>{ctx.t('hrEv.decisions')}</h2>
        <p id="decisions">
          {ctx.t('hrEv.decisions.summary', {
            records: e.decisions.records,
            reasoned: e.decisions.reasoned,
            withReason: e.decisions.withReason,
            erased: e.decisions.erased,
          })}
        </p>
        <p id="chain">
          {e.decisions.problems === 0
            ? ctx.t('hrEv.chain.ok', { n: e.decisions.records })
            : ctx.t('hrEv.chain.broken', { n: e.decisions.problems })}
        </p>
        <Exceptions ctx={ctx} id="decision-exceptions" list={e.exceptions.decisions} />
      </section>
      <section>
        <h2>{ctx.t('hrEv.development')}</h2>
        <p id="development">
          {ctx.t('hrEv.development.summary', { below: e.development.below, planned: e.development.planned })}
        </p>
        <Exceptions ctx={ctx} id="development-exceptions" list={e.exceptions.development} />
      </section>
    </Layout>
  );
}

export function evidenceRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  router.get('/years/:year/evidence', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const year = yearParam.safeParse(req.params.year);
    if (!year.success) throw notFound('no such year');
    const evidence = await deps.evidence.yearEvidence(principal, { year: year.data });
    sendPage(
      res,
      <YearEvidencePage
        ctx={pageContext(req, res, { secure: deps.secure })}
        year={year.data}
        evidence={evidence}
      />,
    );
  });
  return router;
}
