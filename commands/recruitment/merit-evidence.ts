// A cycle's merit-system evidence (domain/recruitment/merit-evidence.ts), fed from the audit trail: the
// cycle's own records (subject `recruitment-cycle/<code>`) and its applications' (subjects
// `application/<code>/<applicant key>`, one range), each read with a cursor and folded as it comes, each
// batch checked against its keyed hash and its predecessor. The rankings are checked against the rule set
// the cycle publishes, over the applications' recorded scores and ranks (streamed per formation in rank
// order); those scores are tied to the trail by the uploads it records (domain/recruitment/upload-evidence.ts):
// each stored batch against its audited digest, each application's scores against the last upload naming it.
import type { StoredAudit } from '../../db/audit-chain';
import type { Principal } from '../../domain/actor';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import {
  meritEvidenceFold,
  rankingCheck,
  type RankingCheck,
  type RecordedRank,
} from '../../domain/recruitment/merit-evidence';
import {
  competencyComparator,
  competencyKeys,
  finalComparator,
  finalKeys,
  skdComparator,
  skdKeys,
  type Comparator,
  type SortKey,
} from '../../domain/recruitment/ranking';
import type { CpnsRuleSet, PppkRuleSet, RecruitmentRuleSet } from '../../domain/recruitment/rule-sets';
import type { FormationConfig } from '../../workflows/recruitment/messages';
import {
  auditedUploadOf,
  expectedScores,
  scoreCheck,
  uploadFinding,
  type AuditedUpload,
  type UploadEvidence,
  type UploadFinding,
} from '../../domain/recruitment/upload-evidence';
import { batchDigest } from '../../db/result-batch-digest';
import { forbidden } from '../errors';
import { keyRange } from './application-record';
import { records, type RecruitmentDeps } from './context';

/** Records verified (and opened) per round trip. */
const BATCH = 500;

/** The most differences listed per formation and stage (the count says how many rows are affected). */
const MAX_DIFFERENCES = 50;

export function meritEvidenceCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { cycleOrThrow } = records(deps);
  const clock = deps.clock ?? (() => new Date());

  /** Streams the trail of `filter` in `seq` order in batches: each verified, then opened and handed on. */
  async function stream(
    filter: Record<string, unknown>,
    each: (r: ReturnType<typeof deps.audit.open>) => void,
    problems: { seq: number; problem: string }[],
  ) {
    let checked = 0;
    let batch: StoredAudit[] = [];
    const flush = async () => {
      const verdict = await deps.audit.verifyRecords(batch);
      checked += verdict.checked;
      problems.push(...verdict.problems);
      for (const r of batch) each(deps.audit.open(r));
      batch = [];
    };
    const cursor = models.audit
      .find(filter)
      .sort({ seq: 1 })
      .lean<StoredAudit[]>()
      .cursor({ batchSize: BATCH });
    for await (const r of cursor) {
      batch.push(r as unknown as StoredAudit);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    return checked;
  }

  /** One formation's ranking of one stage, offered in recorded rank order. */
  async function checkRanking<R extends RecordedRank>(
    code: string,
    formation: string,
    stage: 'skd' | 'final',
    rankPath: string,
    compare: Comparator<R>,
    keys: SortKey[],
  ): Promise<RankingCheck> {
    const check = rankingCheck<R>(formation, stage, compare, keys);
    const fields = Object.fromEntries(keys.map((k) => [k.path, 1]));
    const cursor = models.applications
      .find(
        {
          cycleCode: code,
          formationCode: formation,
          [rankPath]: { $exists: true },
          ...(stage === 'final' ? { [keys[0]!.path]: { $exists: true } } : {}),
        },
        { ...fields, [rankPath]: 1 },
      )
      .sort({ [rankPath]: 1, _id: 1 })
      .lean()
      .cursor({ batchSize: 500 });
    for await (const doc of cursor) {
      const rank = rankPath
        .split('.')
        .reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], doc);
      check.offer({ ...(doc as object), _id: String(doc._id), rank: Number(rank) } as R);
    }
    const result = check.result();
    return { ...result, differences: result.differences.slice(0, MAX_DIFFERENCES) };
  }

  /**
   * The audited uploads against their stored batches, and every application's scores against the last
   * intact upload naming it (streamed; held: the uploads' rows, one score set per application and kind).
   */
  async function uploadEvidence(code: string, audited: AuditedUpload[]): Promise<UploadEvidence> {
    const rows = new Map<string, Record<string, unknown>[]>();
    const found: UploadFinding[] = [];
    for (const u of audited) {
      const batch = await models.resultBatches.findOne({ _id: u.batchId, cycleCode: code }).lean();
      if (batch) rows.set(u.batchId, batch.rows as Record<string, unknown>[]);
      found.push(uploadFinding(u, batch ? batchDigest(batch) : undefined));
    }
    const check = scoreCheck(expectedScores(found, (id) => rows.get(id) ?? []));
    rows.clear();
    const apps = models.applications
      .find(
        { cycleCode: code },
        { 'skd.twk': 1, 'skd.tiu': 1, 'skd.tkp': 1, 'skb.components': 1, competency: 1 },
      )
      .lean()
      .cursor({ batchSize: 1000 });
    for await (const a of apps) check.offer({ ...a, _id: String(a._id) });
    return { uploads: found, scores: check.result() };
  }

  return {
    /** The cycle's merit-system evidence (HR only). */
    async meritEvidence(principal: Principal, code: string) {
      if (principal.role !== 'hr') throw forbidden('only HR reads the merit-system evidence');
      const cycle = await cycleOrThrow(code);
      const rules = cycle.rules as RecruitmentRuleSet;
      const now = clock();
      const fold = meritEvidenceFold({ id: cycle.ruleSetId, windows: rules.windows }, now.getTime());
      const problems: { seq: number; problem: string }[] = [];
      const audited: AuditedUpload[] = [];
      const checked =
        (await stream(
          { subject: cycleWorkflowId(code) },
          (r) => {
            fold.add(r);
            const upload = auditedUploadOf(r);
            if (upload) audited.push(upload);
          },
          problems,
        )) + (await stream({ subject: keyRange(`application/${code}`) }, fold.add, problems));
      const uploads = await uploadEvidence(code, audited);

      const rankings: RankingCheck[] = [];
      for (const f of cycle.formations as FormationConfig[]) {
        if (cycle.kind === 'CPNS') {
          const cpns = rules as CpnsRuleSet;
          rankings.push(
            await checkRanking(code, f.code, 'skd', 'skdRank', skdComparator(cpns) as never, skdKeys(cpns)),
            await checkRanking(
              code,
              f.code,
              'final',
              'final.rank',
              finalComparator(cpns) as never,
              finalKeys(cpns),
            ),
          );
        } else {
          const pppk = rules as PppkRuleSet;
          const keys = competencyKeys(pppk);
          rankings.push(
            await checkRanking(
              code,
              f.code,
              'final',
              'final.rank',
              competencyComparator(pppk) as never,
              keys,
            ),
          );
        }
      }
      const evidence = fold.result();
      // The trail names an application by its workflow; HR's page names it by its id (a link).
      const subjects = [
        ...new Set([...evidence.decisions.exceptions, ...evidence.appeals.exceptions].map((x) => x.subject)),
      ];
      const ids = new Map(
        subjects.length
          ? (
              await models.applications
                .find({ cycleCode: code, workflowId: { $in: subjects } }, { _id: 1, workflowId: 1 })
                .lean()
            ).map((a) => [a.workflowId, String(a._id)])
          : [],
      );
      const named = <X extends { subject: string }>(x: X) => {
        const applicationId = ids.get(x.subject);
        return applicationId ? { ...x, applicationId } : x;
      };
      return {
        cycle: { code, title: cycle.title, kind: cycle.kind as 'CPNS' | 'PPPK', ruleSet: cycle.ruleSetId },
        at: now.toISOString(),
        ...evidence,
        decisions: { ...evidence.decisions, exceptions: evidence.decisions.exceptions.map(named) },
        appeals: { ...evidence.appeals, exceptions: evidence.appeals.exceptions.map(named) },
        rankings: rankings.filter((r) => r.ranked > 0),
        uploads,
        chain: { checked, ok: problems.length === 0, problems: problems.slice(0, MAX_DIFFERENCES) },
      };
    },
  };
}
