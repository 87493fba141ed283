// HR's ranking of a formation at a stage (issue 11, `?stage=skd|final`): the API's getRecruitmentRanking
// command unmasked, so each row names the candidate and links to the application. Rank, registration
// number, name, the scores of the stage and the outcome in words; the stages are links; 100 rows a page of
// the command's at most 5,000 per formation; before anything is ranked it says so.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { rankingParams } from '../../api/routes/recruitment/shared';
import { notFound } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import { formatNumber } from '../../domain/numbers';
import { rankingStages, type RankingRowView } from '../../domain/recruitment/views';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';
import { cycleSummary, type CycleSummary } from './results';
import { pageQuery } from './stage-forms';

const RANK_PAGE = 100;

type Stage = 'skd' | 'final';
type Ranking = Awaited<ReturnType<RecruitmentCommands['rankings']>>;

export const rankingsPath = (code: string, formation: string, stage?: Stage, page?: number) => {
  const q = new URLSearchParams();
  if (stage) q.set('stage', stage);
  if (page && page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/hr/recruitment/cycles/${encodeURIComponent(code)}/rankings/${encodeURIComponent(formation)}${s ? `?${s}` : ''}`;
};

export interface RankingsData {
  cycle: CycleSummary;
  formation: { code: string; title: string };
  stages: Stage[];
  ranking: Ranking;
  page: number;
}

function Num({ ctx, value }: { ctx: PageContext; value?: number }) {
  return <td class="num">{value === undefined ? '–' : formatNumber(value, ctx.lang)}</td>;
}

function Row({
  ctx,
  row,
  stage,
  kind,
}: {
  ctx: PageContext;
  row: RankingRowView;
  stage: Stage;
  kind: string;
}) {
  return (
    <tr>
      <td class="num">{row.rank ?? '–'}</td>
      <td>{row.registrationNumber ?? '–'}</td>
      <th scope="row">
        {row.applicationId ? (
          <a href={`/hr/recruitment/applications/${row.applicationId}`}>{row.name}</a>
        ) : (
          row.name
        )}
      </th>
      {kind === 'CPNS' && (
        <>
          <Num ctx={ctx} value={row.skd?.twk} />
          <Num ctx={ctx} value={row.skd?.tiu} />
          <Num ctx={ctx} value={row.skd?.tkp} />
          <Num ctx={ctx} value={row.skd?.total} />
        </>
      )}
      {stage === 'final' && kind === 'CPNS' && <Num ctx={ctx} value={row.skb} />}
      {stage === 'final' && kind === 'PPPK' && <Num ctx={ctx} value={row.competency} />}
      {stage === 'final' && <Num ctx={ctx} value={row.final} />}
      <td>{row.outcome ? ctx.t(`ranking.outcome.${row.outcome}`) : '–'}</td>
    </tr>
  );
}

export function RankingsPage({ ctx, data }: { ctx: PageContext; data: RankingsData }) {
  const { cycle, formation, ranking, page } = data;
  const { stage, rows } = ranking;
  const pages = Math.ceil(rows.length / RANK_PAGE);
  const shown = rows.slice((page - 1) * RANK_PAGE, page * RANK_PAGE);
  const stageLabel = (s: Stage) => ctx.t(`ranking.stage.${s}`);
  return (
    <Layout ctx={ctx} title={ctx.t('hr.stages.rank.title', { formation: formation.title })} home="/hr">
      <p>
        <a href={`/hr/recruitment/cycles/${cycle.code}`}>{ctx.t('hr.stages.cycleLink')}</a>
      </p>
      {data.stages.length > 1 && (
        <nav aria-label={ctx.t('ranking.stages')}>
          <ul class="choices">
            {data.stages.map((s) => (
              <li key={s}>
                <a
                  href={rankingsPath(cycle.code, formation.code, s)}
                  aria-current={s === stage ? 'page' : undefined}
                >
                  {stageLabel(s)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!ranking.announced && <p id="not-announced">{ctx.t('hr.stages.rank.notAnnounced')}</p>}
      {rows.length === 0 ? (
        <p id="empty">{ctx.t('hr.stages.rank.empty')}</p>
      ) : (
        <>
          <div class="scroll" tabIndex={0} role="region" aria-labelledby="ranking-caption">
            <table class="ranking" id="ranking">
              <caption id="ranking-caption">
                {ctx.t('hr.stages.rank.caption', { stage: stageLabel(stage), count: rows.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('ranking.rank')}</th>
                  <th scope="col">{ctx.t('ranking.number')}</th>
                  <th scope="col">{ctx.t('ranking.name')}</th>
                  {cycle.kind === 'CPNS' && (
                    <>
                      <th scope="col">TWK</th>
                      <th scope="col">TIU</th>
                      <th scope="col">TKP</th>
                      <th scope="col">{ctx.t('ranking.skdTotal')}</th>
                    </>
                  )}
                  {stage === 'final' && cycle.kind === 'CPNS' && <th scope="col">{ctx.t('ranking.skb')}</th>}
                  {stage === 'final' && cycle.kind === 'PPPK' && (
                    <th scope="col">{ctx.t('ranking.competency')}</th>
                  )}
                  {stage === 'final' && <th scope="col">{ctx.t('ranking.finalScore')}</th>}
                  <th scope="col">{ctx.t('ranking.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row, i) => (
                  <Row key={i} ctx={ctx} row={row} stage={stage} kind={cycle.kind} />
                ))}
              </tbody>
            </table>
          </div>
          <p class="hint">{ctx.t('hr.stages.rank.limit')}</p>
          {pages > 1 && (
            <nav aria-label={ctx.t('hr.apps.pages')}>
              {page > 1 && (
                <a href={rankingsPath(cycle.code, formation.code, stage, page - 1)}>
                  {ctx.t('hr.apps.previous')}
                </a>
              )}{' '}
              {ctx.t('hr.apps.pageOf', { page, pages })}{' '}
              {page < pages && (
                <a href={rankingsPath(cycle.code, formation.code, stage, page + 1)}>
                  {ctx.t('hr.apps.next')}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </Layout>
  );
}

const rankingQuery = z.object({ stage: z.enum(['skd', 'final']).optional(), page: pageQuery });

export function hrRankingRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  router.get('/cycles/:code/rankings/:formationCode', async (req, res) => {
    if (!deps.hr(req, res)) return;
    const params = rankingParams.safeParse(req.params);
    const query = rankingQuery.safeParse({ ...req.query });
    if (!params.success || !query.success) throw notFound('no such ranking');
    const cycle = await cycleSummary(deps.commands, params.data.code);
    const formation = cycle.formations.find((f) => f.code === params.data.formationCode);
    if (!formation) throw notFound('no such formation');
    const stages = rankingStages(cycle.kind as 'CPNS' | 'PPPK');
    const stage = query.data.stage ?? stages[0]!;
    if (!stages.includes(stage)) throw notFound(`a ${cycle.kind} cycle has no ${stage} ranking`);
    const ranking = await deps.commands.rankings(cycle.code, formation.code, stage, false);
    const page = Math.min(query.data.page, Math.max(1, Math.ceil(ranking.rows.length / RANK_PAGE)));
    sendPage(
      res,
      <RankingsPage
        ctx={pageContext(req, res, { secure: deps.secure })}
        data={{ cycle, formation, stages, ranking, page }}
      />,
    );
  });
  return router;
}
