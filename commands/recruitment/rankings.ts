// The rankings of a formation, SKD or final, for HR or, once told to the candidates, for the public (names
// masked, no ids; each row with its registration number, by which a candidate finds themselves).
import type { FormationConfig } from '../../workflows/recruitment/messages';
import { rankingAnnounced, toRankingRow } from '../../domain/recruitment/views';
import type { CyclePhase } from '../../domain/recruitment/stages';
import { notFound } from '../errors';
import { records, type RecruitmentDeps } from './context';

export function rankingCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  return {
    async rankings(code: string, formationCode: string, stage: 'skd' | 'final', publicView: boolean) {
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
    },
  };
}
