// The rankings of a formation, SKD or final, for HR or, once told to the candidates, for the public (names
// masked, no ids; each row with its registration number, by which a candidate finds themselves).
import type { FormationConfig } from '../../workflows/recruitment/messages';
import { rankingAnnounced, rankingStages, toRankingRow } from '../../domain/recruitment/views';
import type { CyclePhase } from '../../domain/recruitment/stages';
import { notFound } from '../errors';
import { records, type RecruitmentDeps } from './context';

export function rankingCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  async function rankings(code: string, formationCode: string, stage: 'skd' | 'final', publicView: boolean) {
    const cycle = await cycleOrThrow(code);
    if (!(cycle.formations as FormationConfig[]).some((f) => f.code === formationCode))
      throw notFound(`cycle ${code} has no formation ${formationCode}`);
    const announced = rankingAnnounced(stage, cycle.phase as CyclePhase);
    const rankField = stage === 'skd' ? 'skdRank' : 'final.rank';
    if (publicView && !announced)
      return { cycle: code, formation: formationCode, stage, announced, rows: [] };
    const apps = await models.applications
      .find(
        { cycleCode: code, formationCode, [rankField]: { $exists: true } },
        {
          name: 1,
          registrationNumber: 1,
          status: 1,
          skd: 1,
          skb: 1,
          competency: 1,
          final: 1,
          skdRank: 1,
          replacementOf: 1,
        },
      )
      .sort({ [rankField]: 1 })
      .limit(5000)
      .lean();
    return {
      cycle: code,
      formation: formationCode,
      stage,
      announced,
      rows: apps.map((a) => toRankingRow(a as never, stage, publicView)),
    };
  }

  return {
    rankings,

    /**
     * The public ranking page's data: the cycle and formation by title, the stages it publishes and which
     * of them have been announced, and the ranking of `stage` (by default the latest announced).
     */
    async publicRankingPage(code: string, formationCode: string, asked?: 'skd' | 'final') {
      const cycle = await cycleOrThrow(code);
      const formation = (cycle.formations as FormationConfig[]).find((f) => f.code === formationCode);
      if (!formation) throw notFound(`cycle ${code} has no formation ${formationCode}`);
      const kind = cycle.kind as 'CPNS' | 'PPPK';
      const stages = rankingStages(kind).map((stage) => ({
        stage,
        announced: rankingAnnounced(stage, cycle.phase as CyclePhase),
      }));
      if (asked && !stages.some((s) => s.stage === asked))
        throw notFound(`a ${kind} cycle has no ${asked} ranking`);
      const stage = asked ?? [...stages].reverse().find((s) => s.announced)?.stage ?? stages[0]!.stage;
      return {
        cycle: { code, title: cycle.title, kind },
        formation: { code: formation.code, title: formation.title, vacancies: formation.vacancies },
        stages,
        ranking: await rankings(code, formationCode, stage, true),
      };
    },
  };
}
