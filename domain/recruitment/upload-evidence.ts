// The uploads behind a cycle's scores, as merit-system evidence: the cycle's trail records each results
// batch when it is applied (`cycle.results-applied`: who uploaded it, its rows and its content digest), so
// an auditor can see that every score the rankings read came from an audited upload by a person, that the
// stored batch is still the one audited (same digest), and that each application holds the scores of the
// last upload that named it. Pure: the digests and the records are handed in.
import type { EvidenceRecord } from './merit-evidence';

/** The batch kinds that carry scores, and the score fields of a row of each, as stored on the application. */
export const scoredKinds = ['skd', 'skb', 'competency'] as const;
export type ScoredKind = (typeof scoredKinds)[number];

export interface AuditedUpload {
  seq: number;
  at: string;
  actor: string;
  role: string;
  batchId: string;
  kind: string;
  rows: number;
  /** The batch's place in the cycle's order: a later upload's row replaces an earlier one's. */
  order: number;
  digest: string;
}

export type UploadProblem = 'batch-missing' | 'batch-altered' | 'not-a-person';
export type ScoreProblem = 'differs' | 'not-uploaded' | 'not-stored';

export interface UploadFinding extends AuditedUpload {
  problem?: UploadProblem;
}

export interface ScoreFinding {
  kind: ScoredKind;
  applicationId: string;
  problem: ScoreProblem;
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The upload a trail record states, if it is one. */
export function auditedUploadOf(r: EvidenceRecord): AuditedUpload | undefined {
  if (r.action !== 'cycle.results-applied') return undefined;
  const a = obj(r.after);
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    role: r.role,
    batchId: String(a.batchId ?? ''),
    kind: String(a.kind ?? ''),
    rows: Number(a.rows ?? 0),
    order: Number(a.order ?? 0),
    digest: String(a.digest ?? ''),
  };
}

/** An audited upload against its stored batch's digest now (undefined: the batch is gone). */
export function uploadFinding(u: AuditedUpload, storedDigest: string | undefined): UploadFinding {
  const problem: UploadProblem | undefined =
    storedDigest === undefined
      ? 'batch-missing'
      : storedDigest !== u.digest
        ? 'batch-altered'
        : u.role !== 'hr' || !u.actor.trim()
          ? 'not-a-person'
          : undefined;
  return problem ? { ...u, problem } : u;
}

type Scores = Record<string, number>;

/** The scores a row of `kind` gives its application. */
export function scoresOfRow(kind: ScoredKind, row: Record<string, unknown>): Scores {
  if (kind === 'skb') return numbers(obj(row.scores));
  const fields = kind === 'skd' ? ['twk', 'tiu', 'tkp'] : ['technical', 'managerial', 'interview'];
  return Object.fromEntries(fields.map((f) => [f, Number(row[f])]));
}

/** The scores of `kind` an application holds, if any. */
export function scoresOfApplication(
  kind: ScoredKind,
  app: { skd?: unknown; skb?: unknown; competency?: unknown },
): Scores | undefined {
  if (kind === 'skb') {
    const components = obj(app.skb).components;
    return components === undefined ? undefined : numbers(obj(components));
  }
  const stored = kind === 'skd' ? app.skd : app.competency;
  if (stored === undefined || stored === null) return undefined;
  return scoresOfRow(kind, obj(stored));
}

const numbers = (o: Record<string, unknown>): Scores =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v)]));

const sameScores = (a: Scores, b: Scores) => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

/** The most score findings kept per kind (the counts say how many there are). */
export const MAX_SCORE_FINDINGS = 50;

/**
 * Checks the applications' stored scores against the uploads, offered one application at a time. `expected`
 * holds, per kind, each application's row of the last applied upload naming it (see `expectedScores`).
 */
export function scoreCheck(expected: ReadonlyMap<ScoredKind, ReadonlyMap<string, Scores>>) {
  const counts = new Map(
    scoredKinds.map((k) => [k, { kind: k, uploaded: 0, stored: 0, equal: 0, findings: 0 }]),
  );
  const findings: ScoreFinding[] = [];
  const find = (kind: ScoredKind, applicationId: string, problem: ScoreProblem) => {
    counts.get(kind)!.findings += 1;
    if (findings.filter((f) => f.kind === kind).length < MAX_SCORE_FINDINGS)
      findings.push({ kind, applicationId, problem });
  };
  return {
    offer(app: { _id: string; skd?: unknown; skb?: unknown; competency?: unknown }) {
      for (const kind of scoredKinds) {
        const want = expected.get(kind)?.get(app._id);
        const have = scoresOfApplication(kind, app);
        const c = counts.get(kind)!;
        if (want) c.uploaded += 1;
        if (have) c.stored += 1;
        if (want && have && sameScores(want, have)) c.equal += 1;
        else if (want && have) find(kind, app._id, 'differs');
        else if (want) find(kind, app._id, 'not-stored');
        else if (have) find(kind, app._id, 'not-uploaded');
      }
    },
    result() {
      return {
        kinds: [...counts.values()].filter((c) => c.uploaded > 0 || c.stored > 0),
        findings,
      };
    },
  };
}

/**
 * Each application's expected scores per kind: the rows of the intact uploads, applied in the cycle's
 * order, a later row replacing an earlier one. `rowsOf` gives a stored batch's rows.
 */
export function expectedScores(
  uploads: readonly UploadFinding[],
  rowsOf: (batchId: string) => readonly Record<string, unknown>[],
): Map<ScoredKind, Map<string, Scores>> {
  const expected = new Map<ScoredKind, Map<string, Scores>>();
  const scored = (k: string): k is ScoredKind => (scoredKinds as readonly string[]).includes(k);
  for (const u of [...uploads].sort((a, b) => a.order - b.order)) {
    if (u.problem === 'batch-missing' || !scored(u.kind)) continue;
    const byApp = expected.get(u.kind) ?? new Map<string, Scores>();
    for (const row of rowsOf(u.batchId)) byApp.set(String(row.applicationId), scoresOfRow(u.kind, row));
    expected.set(u.kind, byApp);
  }
  return expected;
}

export type UploadEvidence = {
  uploads: UploadFinding[];
  scores: ReturnType<ReturnType<typeof scoreCheck>['result']>;
};
