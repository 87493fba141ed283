// The rankings of a formation, SKD or final, for HR or (names masked, no ids) for the public.
import type { FormationConfig } from '../../workflows/recruitment/messages';
import { toRankingRow } from '../../domain/recruitment/views';
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
      const rankField = stage === 'skd' ? 'skdRank' : 'final.rank';
      const apps = await models.applications
        .find(
          { cycleCode: code, formationCode, [rankField]: { $exists: true } },
          { name: 1, status: 1, skd: 1, skb: 1, competency: 1, final: 1, skdRank: 1, replacementOf: 1 },
        )
        .sort({ [rankField]: 1 })
        .limit(5000)
        .lean();
      return {
        cycle: code,
        formation: formationCode,
        stage,
        rows: apps.map((a) => toRankingRow(a as never, stage, publicView)),
      };
    },
  };
}
