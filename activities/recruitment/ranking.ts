// Rankings computed by the database: each formation's applications streamed from an indexed sort (the sort
// specs come from the rule set, next to their comparators), cut with the streaming cuts of
// domain/recruitment/ranking.ts, written back to the read model (ranks and outcomes, the rankings' own
// fields, under their revision) and told to each application by signal. A vacancy offer claims its
// candidate by writing `replacementOf` once.
// Re-running a formation gives the same result, so a retried activity simply redoes the formation it was in.
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import type { CpnsRuleSet, PppkRuleSet } from '../../domain/recruitment/rule-sets';
import {
  competencyComparator,
  competencySortSpec,
  createFinalCut,
  createSkbCut,
  finalComparator,
  finalSortSpec,
  skdSortSpec,
  type Comparator,
} from '../../domain/recruitment/ranking';
import {
  absentFinalFacts,
  cpnsFinalFacts,
  createSkbCutLine,
  pppkFinalFacts,
  skbCutFacts,
  withNeighbours,
  type FinalFacts,
  type Placed,
  type SkbCutLine,
} from '../../domain/recruitment/explanation-facts';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import {
  finalRanked,
  replacedIn,
  skbCutMade,
  type FormationConfig,
} from '../../workflows/recruitment/messages';
import { inParallel, signalIfRunning } from './fan-out';
import { writeApplication } from '../../db/application-writers';

/** The rankings' sequence guard: the cut to SKB first, then each revision of the final ranking. */
const skbCutSeq = 1;
const finalRankingSeq = (revision: number) => 1 + revision;

/** Statuses that take part in the final ranking (a re-ranking includes those already ranked). */
const finalists: Record<'CPNS' | 'PPPK', ApplicationStatus[]> = {
  CPNS: ['skb-advanced', 'passed', 'optimalisasi', 'not-passed'],
  PPPK: ['screened-ms', 'passed', 'optimalisasi', 'not-passed'],
};

export function createRankingActivities({ models, client }: { models: Models; client: Client }) {
  const cycleOf = async (code: string) => {
    const cycle = await models.cycles.findById(code).lean();
    if (!cycle) throw new Error(`unknown cycle ${code}`);
    return cycle;
  };
  const formationsOf = (cycle: { formations: unknown[] }) => cycle.formations as FormationConfig[];
  const startAt = () => (Context.current().info.heartbeatDetails as number | undefined) ?? 0;
  /** The cut's line in one formation, for the explanations: read up to the first passer who does not go on. */
  const cutLineOf = async (
    passers: Record<string, unknown>,
    vacancies: number,
    rules: CpnsRuleSet,
  ): Promise<SkbCutLine> => {
    const line = createSkbCutLine(vacancies, rules);
    const candidates = await models.applications.countDocuments(passers);
    const cursor = models.applications.find(passers, { skd: 1 }).sort(skdSortSpec(rules)).lean().cursor();
    try {
      for await (const app of cursor) if (!line.offer(app as never)) break;
    } finally {
      await cursor.close();
    }
    return line.result(candidates);
  };

  return {
    /** The cut to SKB in every formation (RULES 1.3): top 3 × vacancies of those who passed SKD, ties included. */
    async makeSkbCut(input: { cycleCode: string }): Promise<{ advanced: number; notAdvanced: number }> {
      const cycle = await cycleOf(input.cycleCode);
      const rules = cycle.rules as CpnsRuleSet;
      let advanced = 0;
      let notAdvanced = 0;
      const formations = formationsOf(cycle);
      for (let i = startAt(); i < formations.length; i++) {
        const f = formations[i]!;
        const passers = {
          cycleCode: cycle._id,
          formationCode: f.code,
          // A passer whose application has not yet applied the SKD announcement is still screened-ms.
          $or: [
            { status: { $in: ['skd-passed', 'skb-advanced', 'not-advanced'] } },
            { status: 'screened-ms', 'skd.passed': true },
          ],
        };
        const line = await cutLineOf(passers, f.vacancies, rules);
        const cut = createSkbCut(f.vacancies, rules);
        const cursor = models.applications.find(passers).sort(skdSortSpec(rules)).lean().cursor();
        // Ranks are given in cursor order; the writes and signals of a group then go out together.
        async function* cutInOrder() {
          for await (const app of cursor) yield { app, ...cut.offer(app as never) };
        }
        await inParallel(
          cutInOrder(),
          async ({ app, rank, advances }) => {
            await writeApplication(models, 'ranking', app._id, skbCutSeq, { skdRank: rank });
            const facts = skbCutFacts(app as never, { rank, advances }, line, f.title, rules);
            await signalIfRunning(client, app.workflowId, skbCutMade, { advances, rank, facts });
            if (advances) advanced += 1;
            else notAdvanced += 1;
          },
          () => Context.current().heartbeat(i),
        );
        Context.current().heartbeat(i + 1);
      }
      return { advanced, notAdvanced };
    },

    /**
     * The final ranking in every formation (RULES 1.5, or 1.7 for PPPK): the first `vacancies` pass, the
     * rest are kept in rank order for optimalisasi; a finalist without a score is not passed (TL).
     */
    async rankFinal(input: { cycleCode: string; revision: number }): Promise<Record<FinalOutcome, number>> {
      const cycle = await cycleOf(input.cycleCode);
      const kind = cycle.kind as 'CPNS' | 'PPPK';
      const [sort, compare] =
        kind === 'CPNS'
          ? [finalSortSpec(cycle.rules as CpnsRuleSet), finalComparator(cycle.rules as CpnsRuleSet)]
          : [
              competencySortSpec(cycle.rules as PppkRuleSet),
              competencyComparator(cycle.rules as PppkRuleSet),
            ];
      const counts: Record<FinalOutcome, number> = { passed: 0, optimalisasi: 0, 'not-passed': 0 };
      const formations = formationsOf(cycle);
      for (let i = startAt(); i < formations.length; i++) {
        const f = formations[i]!;
        const base = { cycleCode: cycle._id, formationCode: f.code, status: { $in: finalists[kind] } };
        const cut = createFinalCut(f.vacancies, compare as Comparator<unknown>);
        const ranked = models.applications
          .find({ ...base, 'final.score': { $exists: true } })
          .sort(sort)
          .lean()
          .cursor();
        const formation = {
          title: f.title,
          vacancies: f.vacancies,
          candidates: await models.applications.countDocuments(base),
        };
        const tell = async (
          app: { _id: string; workflowId: string },
          final: { score?: number; rank: number; outcome: FinalOutcome; facts: FinalFacts },
        ) => {
          await writeApplication(models, 'ranking', app._id, finalRankingSeq(input.revision), {
            'final.rank': final.rank,
            'final.outcome': final.outcome,
          });
          await signalIfRunning(client, app.workflowId, finalRanked, { ...final, revision: input.revision });
          counts[final.outcome] += 1;
        };
        async function* placedInOrder() {
          for await (const app of ranked) yield { app, ...cut.offer(app) };
        }
        const factsOf = (p: Placed<unknown>) =>
          kind === 'CPNS'
            ? cpnsFinalFacts(p as never, formation, cycle.rules as CpnsRuleSet)
            : pppkFinalFacts(p as never, formation, cycle.rules as PppkRuleSet);
        // Ranks are given in cursor order (the unscored after the last scored); each candidate waits for the
        // next one (a tie with it is explained); the writes and signals of a group then go out together.
        async function* rankInOrder() {
          let last = 0;
          for await (const { item, above, below } of withNeighbours(placedInOrder())) {
            const { app, rank, passed } = item;
            last = rank;
            const neighbour = (n: typeof above) => n && { row: n.app, rank: n.rank };
            const facts = factsOf({
              row: app,
              rank,
              passed,
              above: neighbour(above),
              below: neighbour(below),
            });
            yield {
              app,
              final: { score: app.final!.score!, rank, outcome: facts.outcome, facts },
            } as const;
          }
          const unscored = models.applications
            .find({ ...base, 'final.score': { $exists: false } })
            .sort({ _id: 1 })
            .lean()
            .cursor();
          for await (const app of unscored) {
            const rank = ++last;
            yield {
              app,
              final: { rank, outcome: 'not-passed', facts: absentFinalFacts(kind, rank, formation) },
            } as const;
          }
        }
        await inParallel(
          rankInOrder(),
          ({ app, final }) => tell(app, final),
          () => Context.current().heartbeat(i),
        );
        Context.current().heartbeat(i + 1);
      }
      return counts;
    },

    /**
     * Optimalisasi (RULES 1.6): offers a vacancy to the best-ranked remaining candidate of the same
     * formation, who enters the document stage. Returns who, or nothing when the formation has no one left.
     */
    async offerVacancy(input: {
      cycleCode: string;
      formationCode: string;
      replacing: string;
      dueAt: string;
    }): Promise<{ applicationId: string } | null> {
      const tell = (app: { workflowId: string }) =>
        signalIfRunning(client, app.workflowId, replacedIn, {
          dueAt: input.dueAt,
          replacing: input.replacing,
        });
      // A retry finds the candidate an earlier attempt chose. One whose workflow has ended (they withdrew
      // as the offer was made, after this read) cannot take the vacancy: it goes to the next in rank.
      const chosen = await models.applications
        .find({ cycleCode: input.cycleCode, replacementOf: input.replacing }, { workflowId: 1 })
        .sort({ 'final.rank': 1 })
        .lean();
      for (const app of chosen) if (await tell(app)) return { applicationId: app._id };
      for (;;) {
        const next = await models.applications
          .findOneAndUpdate(
            {
              cycleCode: input.cycleCode,
              formationCode: input.formationCode,
              // The ranking's own outcome: the status its application writes may lag behind it.
              'final.outcome': 'optimalisasi',
              status: { $ne: 'withdrawn' },
              replacementOf: { $exists: false },
            },
            { $set: { replacementOf: input.replacing } },
            { sort: { 'final.rank': 1 }, new: true },
          )
          .lean();
        if (!next) return null;
        if (await tell(next)) return { applicationId: next._id };
      }
    },
  };
}
