// A unit's calibration on HR's year desk (`/hr/appraisal/years/:year/units/:unit`, issue 12): the unit's
// own annual result (which HR may set, acting for the Wali Kota), its staff's annual predikat against the
// SE MenPANRB 3/2023 bounds for that result, each broken bound with by how many people, what else keeps
// it open (staff not rated, appraisals still running), and its finalisation, refused with those reasons
// while any holds. The same commands as the API's (commands/appraisal/units.ts: calibration, setResult,
// finalise), whose bounds and counts are domain/appraisal/calibration.ts's.
import express, { type Request, type Response, type Router } from 'express';
import { notFound, Problem } from '../../../commands/errors';
import type { UnitCalibration } from '../../../db/models/appraisal-queries';
import type { CalibrationViolation } from '../../../domain/appraisal/calibration';
import {
  predikatNames,
  predikatValues,
  unitResultNames,
  unitResults,
  unitResultSchema,
  type CalibrationConstraint,
} from '../../../domain/appraisal/rule-sets';
import { unitCodeSchema } from '../../../domain/org/schemas';
import { pageContext } from '../../context';
import { CsrfField, FieldError, Layout, type PageContext } from '../../layout';
import { sendPage } from '../../render';
import { DataTable } from '../charts';
import { redirectWithNotice, takeNotice } from '../../session';
import type { AppraisalDeskDeps } from './deps';
import { yearParam } from './dashboard';

/** A bound in the reader's language: "paling banyak 70% Baik". */
export function boundText(ctx: PageContext, c: CalibrationConstraint): string {
  const names = c.predikat.map((p) => predikatNames[p]).join(ctx.lang === 'id' ? ' atau ' : ' or ');
  switch (c.kind) {
    case 'max-share':
      return ctx.t('hrCal.bound.max', { percent: Math.round(c.share * 100), names });
    case 'min-share':
      return ctx.t('hrCal.bound.min', { percent: Math.round(c.share * 100), names });
    case 'min-count':
      return ctx.t('hrCal.bound.count', { count: c.count, names });
    case 'none':
      return ctx.t('hrCal.bound.none', { names });
    case 'rest-only':
      return ctx.t('hrCal.bound.rest', { names });
  }
}

/** Why the unit cannot be finalised now, in the reader's language (the command's blockers, as data). */
export function reasonsOf(ctx: PageContext, c: UnitCalibration): string[] {
  return [
    ...(!c.unitResult && (Object.keys(c.counts).length > 0 || c.unrated > 0)
      ? [ctx.t('hrCal.noResult')]
      : []),
    ...(c.unrated > 0 ? [ctx.t('hrCal.unrated', { n: c.unrated })] : []),
    ...(c.running > 0 ? [ctx.t('hrCal.running', { n: c.running })] : []),
    ...c.violations.map((v: CalibrationViolation) =>
      ctx.t('hrCal.broken', { bound: boundText(ctx, v.constraint), actual: v.actual, by: v.byPeople }),
    ),
  ];
}

export interface CalibrationPageData {
  year: number;
  unitCode: string;
  unitName: string | null;
  calibration: UnitCalibration;
}

export function CalibrationPage(props: {
  ctx: PageContext;
  data: CalibrationPageData;
  notice?: string;
  /** The finalisation's refusal (or the result form's), shown beside its form. */
  refused?: { form: 'finalise' | 'result'; reasons: string[] };
}) {
  const { ctx, data, notice, refused } = props;
  const c = data.calibration;
  const reasons = reasonsOf(ctx, c);
  const base = `/hr/appraisal/years/${data.year}/units/${data.unitCode}`;
  const finaliseRefused = refused?.form === 'finalise' ? refused.reasons : undefined;
  return (
    <Layout
      ctx={ctx}
      title={ctx.t('hrCal.title', {
        unit: data.unitName ? `${data.unitName} (${data.unitCode})` : data.unitCode,
        year: data.year,
      })}
      home="/hr"
    >
      <p>
        <a href={`/hr/appraisal/years/${data.year}`}>{ctx.t('hrCal.back', { year: data.year })}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p id="unit-result">
        {ctx.t('hrCal.unitResult', {
          result: c.unitResult ? unitResultNames[c.unitResult] : ctx.t('hrYear.noUnitResult'),
        })}
      </p>
      <form method="post" action={`${base}/result`}>
        <CsrfField ctx={ctx} />
        <label for="result">{ctx.t('hrCal.setResult')}</label>
        <select
          id="result"
          name="result"
          aria-invalid={refused?.form === 'result' ? 'true' : undefined}
          aria-describedby={refused?.form === 'result' ? 'result-error' : undefined}
        >
          {unitResults.map((r) => (
            <option key={r} value={r} selected={r === c.unitResult}>
              {unitResultNames[r]}
            </option>
          ))}
        </select>
        <FieldError
          id="result-error"
          message={refused?.form === 'result' ? refused.reasons.join(' ') : undefined}
        />
        <button type="submit">{ctx.t('hrCal.saveResult')}</button>
      </form>

      <h2>{ctx.t('hrCal.distribution')}</h2>
      <p class="hint">{ctx.t('hrCal.distributionHint')}</p>
      <DataTable
        id="staff"
        caption={ctx.t('hrCal.distribution')}
        columns={[{ header: ctx.t('hrYear.predikat') }, { header: ctx.t('hr.dashboard.count'), num: true }]}
        rows={predikatValues.map((p) => ({
          key: p,
          label: predikatNames[p],
          cells: [Object.hasOwn(c.counts, p) ? c.counts[p]! : 0],
          data: { name: 'predikat', value: p },
        }))}
      />

      <h2>{ctx.t('hrCal.bounds')}</h2>
      {!c.unitResult ? (
        <p>{ctx.t('hrCal.noResult')}</p>
      ) : c.violations.length === 0 ? (
        <p id="bounds-ok">{ctx.t('hrCal.boundsHold', { n: c.staff })}</p>
      ) : (
        <DataTable
          id="violations"
          caption={ctx.t('hrCal.brokenBounds')}
          columns={[
            { header: ctx.t('hrCal.bound') },
            { header: ctx.t('hrCal.now'), num: true },
            { header: ctx.t('hrCal.limit'), num: true },
            { header: ctx.t('hrCal.byPeople'), num: true },
          ]}
          rows={c.violations.map((v, i) => ({
            key: String(i),
            label: boundText(ctx, v.constraint),
            cells: [v.actual, v.limit, v.byPeople],
          }))}
        />
      )}

      <h2>{ctx.t('hrCal.finalisation')}</h2>
      {c.finalised ? (
        <p id="finalised">{ctx.t('hrYear.finalised')}</p>
      ) : (
        <>
          {reasons.length > 0 && (
            <>
              <p>{ctx.t('hrCal.notYet')}</p>
              <ul id="reasons">
                {reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </>
          )}
          <form method="post" action={`${base}/finalisation`}>
            <CsrfField ctx={ctx} />
            <label for="reason">{ctx.t('hrOrg.reason')}</label>
            <input
              id="reason"
              name="reason"
              maxLength={2000}
              value={ctx.t('hrCal.defaultReason')}
              aria-describedby={finaliseRefused ? 'finalise-error' : undefined}
            />
            {finaliseRefused && (
              <div class="error" id="finalise-error" role="alert">
                <p>{ctx.t('hrCal.refused')}</p>
                <ul>
                  {finaliseRefused.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              </div>
            )}
            <button type="submit">{ctx.t('hrCal.finalise')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}

export function calibrationRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  const paramsOf = (req: Request) => {
    const year = yearParam.safeParse(req.params.year);
    const unit = unitCodeSchema.safeParse(req.params.unit);
    if (!year.success || !unit.success) throw notFound('no such unit');
    return { year: year.data, unitCode: unit.data };
  };
  const dataOf = async (
    principal: Parameters<AppraisalDeskDeps['dashboard']['unitCalibrationOf']>[0],
    p: { year: number; unitCode: string },
  ) => {
    const d = await deps.dashboard.unitCalibrationOf(principal, p);
    if (!d.yearOpened) throw notFound(`no appraisal year ${p.year}`);
    return { ...p, unitName: d.unitName, calibration: d.calibration };
  };
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  router.get('/years/:year/units/:unit', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const data = await dataOf(principal, paramsOf(req));
    sendPage(res, <CalibrationPage ctx={ctxOf(req, res)} data={data} notice={takeNotice(req)} />);
  });

  router.post('/years/:year/units/:unit/finalisation', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const p = paramsOf(req);
    const ctx = ctxOf(req, res);
    const given = (req.body as Record<string, unknown> | undefined)?.reason;
    const reason =
      (typeof given === 'string' ? given.trim().slice(0, 2000) : '') || ctx.t('hrCal.defaultReason');
    try {
      await deps.units.finalise(principal, { ...p, reason });
    } catch (err) {
      if (err instanceof Problem && err.status === 409) {
        const data = await dataOf(principal, p);
        const reasons = reasonsOf(ctx, data.calibration);
        return sendPage(
          res,
          <CalibrationPage
            ctx={ctx}
            data={data}
            refused={{ form: 'finalise', reasons: reasons.length ? reasons : [err.detail ?? err.title] }}
          />,
          409,
        );
      }
      throw err;
    }
    await redirectWithNotice(
      req,
      res,
      ctx.t('hrCal.finalisedNotice', { unit: p.unitCode }),
      `/hr/appraisal/years/${p.year}/units/${p.unitCode}`,
    );
  });

  router.post('/years/:year/units/:unit/result', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const p = paramsOf(req);
    const ctx = ctxOf(req, res);
    const result = unitResultSchema.safeParse((req.body as Record<string, unknown> | undefined)?.result);
    const refuse = async (message: string, status: number) =>
      sendPage(
        res,
        <CalibrationPage
          ctx={ctx}
          data={await dataOf(principal, p)}
          refused={{ form: 'result', reasons: [message] }}
        />,
        status,
      );
    if (!result.success) return await refuse(ctx.t('hrCal.badResult'), 400);
    try {
      await deps.units.setResult(principal, { ...p, period: 'annual', result: result.data });
    } catch (err) {
      if (err instanceof Problem && (err.status === 400 || err.status === 409))
        return await refuse(err.detail ?? err.title, err.status);
      throw err;
    }
    await redirectWithNotice(
      req,
      res,
      ctx.t('hrCal.resultSet', { result: unitResultNames[result.data] }),
      `/hr/appraisal/years/${p.year}/units/${p.unitCode}`,
    );
  });
  return router;
}
