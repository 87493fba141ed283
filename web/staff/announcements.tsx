// HR's announcements on the pages (issue 11): each stage a cycle announces (administration, SKD for CPNS,
// final) with whether it was announced and when, the appeal window it opens (the cycle's rule set) and,
// once announced, the instant that window closes, in WITA; the public rankings and the printable PDFs of
// an announced stage. Announcing is a confirmed step (a page that says what it does, then a POST) over
// the API's announce command, whose refusal (the phase, an announcement still being sent) is shown.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { notFound, Problem } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { actorOf, type Principal } from '../../domain/actor';
import {
  announcementLabels,
  announcementStages,
  type AnnouncementStage,
} from '../../domain/recruitment/stages';
import { durationMs, formatInstant, formatTimeLeft } from '../../domain/time';
import { When } from '../candidate/pages';
import { pageContext } from '../context';
import { CsrfField, Layout, type PageContext } from '../layout';
import { rankingPath } from '../public/ranking';
import { sendPage } from '../render';
import { redirectWithNotice, takeNotice } from '../session';
import { cycleSummary } from './results';
import { rankingsPath } from './rankings';

export type AnnouncementDesk = Awaited<ReturnType<RecruitmentCommands['announcementDesk']>>;

export const announcementsPath = (code: string) => `/hr/recruitment/cycles/${code}/announcements`;

const windowWords = (ctx: PageContext, iso: string) => formatTimeLeft(durationMs(iso), ctx.lang);

/** A stage's name as a heading: "Seleksi administrasi". */
const heading = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

function StageLinks({
  ctx,
  desk,
  stage,
}: {
  ctx: PageContext;
  desk: AnnouncementDesk;
  stage: AnnouncementStage;
}) {
  const ranked = stage === 'administration' ? undefined : stage;
  return (
    <ul>
      <li>
        <a href={`${announcementsPath(desk.code)}/${stage}.pdf`}>{ctx.t('hr.stages.ann.pdfOfficial')}</a>
      </li>
      <li>
        <a href={`/api/v1/recruitment/public/cycles/${desk.code}/announcements/${stage}.pdf`}>
          {ctx.t('hr.stages.ann.pdfPublic')}
        </a>
      </li>
      {ranked &&
        desk.formations.map((f) => (
          <li key={`p-${f.code}`}>
            <a href={rankingPath(desk.code, f.code, ranked)}>
              {ctx.t('hr.stages.ann.ranking', { formation: f.title })}
            </a>
          </li>
        ))}
      {ranked &&
        desk.formations.map((f) => (
          <li key={`h-${f.code}`}>
            <a href={rankingsPath(desk.code, f.code, ranked)}>
              {ctx.t('hr.stages.ann.hrRanking', { formation: f.title })}
            </a>
          </li>
        ))}
    </ul>
  );
}

export function AnnouncementsPage(props: { ctx: PageContext; desk: AnnouncementDesk; notice?: string }) {
  const { ctx, desk, notice } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.ann.title', { cycle: desk.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${desk.code}`}>{ctx.t('hr.stages.cycleLink')}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p id="phase">{ctx.t('hr.stages.phase', { phase: desk.phase })}</p>
      <p>{ctx.t('hr.stages.ann.intro', { window: windowWords(ctx, desk.appealWindow) })}</p>
      {desk.stages.map((s) => (
        <section key={s.stage} id={`stage-${s.stage}`} aria-labelledby={`stage-${s.stage}-heading`}>
          <h2 id={`stage-${s.stage}-heading`}>{heading(announcementLabels[s.stage][ctx.lang])}</h2>
          <dl>
            <dt>{ctx.t('hr.stages.ann.status')}</dt>
            <dd class="status">
              {s.closesAt
                ? ctx.t('hr.stages.ann.isAnnounced')
                : s.open
                  ? ctx.t('hr.stages.ann.open')
                  : ctx.t('hr.stages.ann.notNow', { phase: desk.phase })}
            </dd>
            {s.announcedAt && (
              <>
                <dt>{ctx.t('hr.stages.ann.announcedAt')}</dt>
                <dd class="announced-at">
                  <When ctx={ctx} at={s.announcedAt} />
                </dd>
              </>
            )}
            <dt>{ctx.t('hr.stages.ann.window')}</dt>
            <dd>{windowWords(ctx, desk.appealWindow)}</dd>
            {s.closesAt && (
              <>
                <dt>{ctx.t('hr.stages.ann.closesAt')}</dt>
                <dd class="closes-at">
                  <When ctx={ctx} at={s.closesAt} />
                </dd>
              </>
            )}
          </dl>
          {s.closesAt ? (
            <StageLinks ctx={ctx} desk={desk} stage={s.stage} />
          ) : (
            s.open && (
              <p>
                <a href={`${announcementsPath(desk.code)}/${s.stage}/confirm`} class="button">
                  {ctx.t('hr.stages.ann.announce', { stage: announcementLabels[s.stage][ctx.lang] })}
                </a>
              </p>
            )
          )}
        </section>
      ))}
    </Layout>
  );
}

export function AnnounceConfirmPage(props: {
  ctx: PageContext;
  desk: AnnouncementDesk;
  stage: AnnouncementStage;
  refusal?: string;
}) {
  const { ctx, desk, stage, refusal } = props;
  const label = announcementLabels[stage][ctx.lang];
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.ann.confirmTitle', { stage: label })} home="/hr">
      {refusal && (
        <p class="error" role="alert" id="refusal">
          {refusal}
        </p>
      )}
      <p id="phase">{ctx.t('hr.stages.phase', { phase: desk.phase })}</p>
      <p id="consequence">
        {ctx.t('hr.stages.ann.confirmText', { window: windowWords(ctx, desk.appealWindow) })}
      </p>
      <form method="post" action={`${announcementsPath(desk.code)}/${stage}`}>
        <CsrfField ctx={ctx} />
        <button type="submit">{ctx.t('hr.stages.confirm')}</button>
      </form>
      <p>
        <a href={announcementsPath(desk.code)}>{ctx.t('hr.stages.back')}</a>
      </p>
    </Layout>
  );
}

const stageParam = z.enum(announcementStages);

export function announcementRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure, form: true });

  /** The cycle's desk and the stage of the path (404 for a stage this cycle does not announce). */
  async function deskAndStage(code: unknown, stage?: unknown) {
    const cycle = await cycleSummary(deps.commands, code);
    const desk = await deps.commands.announcementDesk(cycle.code);
    if (stage === undefined) return { desk };
    const s = stageParam.safeParse(stage);
    if (!s.success || !desk.stages.some((x) => x.stage === s.data)) throw notFound('no such announcement');
    return { desk, stage: s.data };
  }

  router.get('/cycles/:code/announcements', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const { desk } = await deskAndStage(req.params.code);
    const notice = takeNotice(req);
    sendPage(res, <AnnouncementsPage ctx={ctxOf(req, res)} desk={desk} notice={notice} />);
  });

  router.get('/cycles/:code/announcements/:stage/confirm', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const { desk, stage } = await deskAndStage(req.params.code, req.params.stage);
    sendPage(res, <AnnounceConfirmPage ctx={ctxOf(req, res)} desk={desk} stage={stage!} />);
  });

  router.post('/cycles/:code/announcements/:stage', async (req, res) => {
    const principal = deps.hr(req, res);
    if (!principal) return;
    const { desk, stage } = await deskAndStage(req.params.code, req.params.stage);
    const ctx = ctxOf(req, res);
    let closesAt: string;
    try {
      ({ appealWindowClosesAt: closesAt } = await deps.commands.announce(
        desk.code,
        stage!,
        actorOf(principal),
      ));
    } catch (err) {
      if (!(err instanceof Problem) || ![400, 409].includes(err.status)) throw err;
      const refusal = ctx.t('hr.stages.refused', { detail: err.detail ?? err.title });
      return sendPage(
        res,
        <AnnounceConfirmPage ctx={ctx} desk={desk} stage={stage!} refusal={refusal} />,
        err.status,
      );
    }
    await redirectWithNotice(
      req,
      res,
      ctx.t('hr.stages.ann.done', {
        stage: announcementLabels[stage!][ctx.lang],
        closesAt: formatInstant(closesAt, ctx.lang),
      }),
      announcementsPath(desk.code),
    );
  });
  return router;
}
