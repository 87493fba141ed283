// The formation's public ranking (`/pengumuman/<cycle>/<formation>?stage=skd|final`): what the city
// publishes of a stage once it has been told to the candidates (RULES 1.1's announcements), so that a
// candidate finds themselves by their registration number: rank, number, masked name, scores and outcome.
// No sign-in, no script, no form: the stage is a choice of links. The data comes from the same command as
// the public ranking API (commands/recruitment/rankings.ts), so both list the same rows.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import { rankingParams } from '../../api/routes/recruitment/shared';
import { formatNumber } from '../../domain/numbers';
import type { RankingRowView } from '../../domain/recruitment/views';
import { notFound } from '../../commands/errors';
import { pageContext } from '../context';
import { Layout, type PageContext } from '../layout';
import { sendPage } from '../render';

export type RankingPageData = Awaited<ReturnType<RecruitmentCommands['publicRankingPage']>>;

/** The page's address; the status page and the stage links build it here only. */
export const rankingPath = (cycleCode: string, formationCode: string, stage?: 'skd' | 'final') =>
  `/pengumuman/${encodeURIComponent(cycleCode)}/${encodeURIComponent(formationCode)}${stage ? `?stage=${stage}` : ''}`;

function Score({ ctx, value }: { ctx: PageContext; value?: number }) {
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
  stage: 'skd' | 'final';
  kind: string;
}) {
  return (
    <tr>
      <td class="num">{row.rank ?? '–'}</td>
      <th scope="row">{row.registrationNumber ?? '–'}</th>
      <td>{row.name}</td>
      <Score ctx={ctx} value={row.skd?.total} />
      {stage === 'final' && kind === 'CPNS' && <Score ctx={ctx} value={row.skb} />}
      {stage === 'final' && kind === 'PPPK' && <Score ctx={ctx} value={row.competency} />}
      {stage === 'final' && <Score ctx={ctx} value={row.final} />}
      <td>{row.outcome ? ctx.t(`ranking.outcome.${row.outcome}`) : '–'}</td>
    </tr>
  );
}

export function RankingPage({ ctx, data }: { ctx: PageContext; data: RankingPageData }) {
  const { t } = ctx;
  const { stage, rows, announced } = data.ranking;
  const stageLabel = (s: 'skd' | 'final') => t(`ranking.stage.${s}`);
  return (
    <Layout ctx={ctx} title={t('ranking.title', { formation: data.formation.title })}>
      <p>{t('ranking.intro', { cycle: data.cycle.title, vacancies: data.formation.vacancies })}</p>
      {data.stages.length > 1 && (
        <nav aria-label={t('ranking.stages')}>
          <ul class="choices">
            {data.stages.map((s) => (
              <li key={s.stage}>
                <a
                  href={rankingPath(data.cycle.code, data.formation.code, s.stage)}
                  aria-current={s.stage === stage ? 'page' : undefined}
                >
                  {stageLabel(s.stage)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!announced ? (
        <p id="not-announced">{t('ranking.notAnnounced')}</p>
      ) : rows.length === 0 ? (
        <p>{t('ranking.empty')}</p>
      ) : (
        // Wider than a phone: it scrolls sideways, and a keyboard can scroll it (focusable, named).
        <div class="scroll" tabIndex={0} role="region" aria-labelledby="ranking-caption">
          <table class="ranking" id="ranking">
            <caption id="ranking-caption">
              {t('ranking.caption', { stage: stageLabel(stage), count: rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.rank')}</th>
                <th scope="col">{t('ranking.number')}</th>
                <th scope="col">{t('ranking.name')}</th>
                <th scope="col">{t('ranking.skdTotal')}</th>
                {stage === 'final' && data.cycle.kind === 'CPNS' && <th scope="col">{t('ranking.skb')}</th>}
                {stage === 'final' && data.cycle.kind === 'PPPK' && (
                  <th scope="col">{t('ranking.competency')}</th>
                )}
                {stage === 'final' && <th scope="col">{t('ranking.finalScore')}</th>}
                <th scope="col">{t('ranking.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <Row key={i} ctx={ctx} row={row} stage={stage} kind={data.cycle.kind} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

const stageQuery = z.object({
  stage: z.enum(['skd', 'final']).optional(),
  lang: z.enum(['id', 'en']).optional(),
});

export function rankingRoutes(deps: { commands: RecruitmentCommands; secure: boolean }): Router {
  const router = express.Router();
  router.get('/:code/:formationCode', async (req: Request, res: Response) => {
    const params = rankingParams.safeParse(req.params);
    const query = stageQuery.safeParse(req.query);
    // A code that cannot be one, or a stage that is not, names no ranking.
    if (!params.success || !query.success) throw notFound('no such ranking');
    const data = await deps.commands.publicRankingPage(
      params.data.code,
      params.data.formationCode,
      query.data.stage,
    );
    sendPage(res, <RankingPage ctx={pageContext(req, res, { secure: deps.secure })} data={data} />);
  });
  return router;
}
