// Reads the API and the activities share, computed by the database: a unit's distribution of annual
// predikat ($match/$group, which FerretDB and MongoDB both run), its calibration against the unit's own
// result, and a year's counts. No staff list is ever held in a workflow.
import {
  checkCalibration,
  type CalibrationResult,
  type PredikatCounts,
} from '../../domain/appraisal/calibration';
import { resolveAppraisalRules, type UnitResult } from '../../domain/appraisal/rule-sets';
import type { AppraisalYearConfig } from '../../domain/appraisal/schemas';
import { dictionaryOf } from '../../domain/dictionary';
import type { Models } from '../connection';

/** Annual predikat of a unit's staff (the head, whose result is the unit's, is not counted). */
export async function unitDistribution(
  models: Models,
  year: number,
  unitCode: string,
): Promise<{ counts: PredikatCounts; unrated: number }> {
  const unit = await models.orgUnits.findById(unitCode, { headNip: 1 }).lean();
  const match: Record<string, unknown> = { year, unitCode, phase: { $ne: 'left' } };
  if (unit?.headNip) match.nip = { $ne: unit.headNip };
  const groups = await models.appraisalRecords.aggregate<{ _id: string | null; n: number }>([
    { $match: match },
    { $group: { _id: '$predikat', n: { $sum: 1 } } },
  ]);
  const counts: PredikatCounts = {};
  let unrated = 0;
  for (const g of groups) {
    if (g._id) counts[g._id as keyof PredikatCounts] = g.n;
    else unrated += g.n;
  }
  return { counts, unrated };
}

export interface UnitCalibration extends CalibrationResult {
  year: number;
  unitCode: string;
  unitResult: UnitResult | null;
  counts: PredikatCounts;
  unrated: number;
  /** Appraisals of the unit not yet done (an objection may still change a predikat). */
  running: number;
  finalised: boolean;
  /** Why the unit cannot be finalised now, when it cannot (a broken bound, staff not yet rated, no result). */
  blockers: string[];
}

export async function unitCalibration(
  models: Models,
  year: number,
  unitCode: string,
): Promise<UnitCalibration> {
  const yearDoc = await models.appraisalYears.findById(year).lean();
  const config = (yearDoc?.config ?? {}) as Partial<AppraisalYearConfig>;
  const { rules } = resolveAppraisalRules(config.ruleOverrides ?? {}, config.ruleSetId);
  const unitDoc = await models.appraisalUnits.findById(`${year}/${unitCode}`).lean();
  const unitResult = ((unitDoc?.results as Record<string, UnitResult> | undefined)?.annual ??
    null) as UnitResult | null;
  const { counts, unrated } = await unitDistribution(models, year, unitCode);
  const running = await models.appraisalRecords.countDocuments({
    year,
    unitCode,
    phase: { $nin: ['done', 'left'] },
  });
  const check = unitResult
    ? checkCalibration(unitResult, counts, rules)
    : { ok: true, staff: 0, violations: [] };
  const blockers = [
    ...(unitResult || (Object.keys(counts).length === 0 && unrated === 0)
      ? []
      : ['the unit has no annual result yet']),
    ...(unrated > 0 ? [`${unrated} staff have no annual predikat yet`] : []),
    ...(running > 0
      ? [`${running} appraisals are still running (rating, objection window or decision)`]
      : []),
    ...check.violations.map((v) => `${v.rule}: ${v.actual} now, off by ${v.byPeople}`),
  ];
  return {
    ...check,
    ok: check.ok,
    year,
    unitCode,
    unitResult,
    counts,
    unrated,
    running,
    finalised: !!unitDoc?.finalisedAt,
    blockers,
  };
}

/**
 * Appraisals of a year by phase, and its tasks by type and status. Two groupings and one count, each one
 * pass over its collection (FerretDB reads the whole collection for any of them, so fewer is faster).
 */
export async function yearCounts(models: Models, year: number, now: Date) {
  // Maps, not plain objects, for counts keyed by stored values (see domain/dictionary.ts).
  const byPhase = new Map<string, number>();
  for (const g of await models.appraisalRecords.aggregate<{ _id: string; n: number }>([
    { $match: { year } },
    { $group: { _id: '$phase', n: { $sum: 1 } } },
  ]))
    byPhase.set(g._id, g.n);
  const tasksByType = new Map<string, Map<string, number>>();
  let openTasks = 0;
  let escalatedTasks = 0;
  for (const g of await models.tasks.aggregate<{
    _id: { type: string; status: string; escalated: boolean };
    n: number;
  }>([
    { $match: { year } },
    { $group: { _id: { type: '$type', status: '$status', escalated: '$escalated' }, n: { $sum: 1 } } },
  ])) {
    const byStatus = tasksByType.get(g._id.type) ?? new Map<string, number>();
    tasksByType.set(g._id.type, byStatus.set(g._id.status, (byStatus.get(g._id.status) ?? 0) + g.n));
    if (g._id.status === 'open') openTasks += g.n;
    if (g._id.escalated) escalatedTasks += g.n;
  }
  const overdueTasks = await models.tasks.countDocuments({ year, status: 'open', dueAt: { $lt: now } });
  const employees = [...byPhase.values()].reduce((a, b) => a + b, 0);
  return {
    employees,
    byPhase: dictionaryOf(byPhase),
    openTasks,
    overdueTasks,
    escalatedTasks,
    tasksByType: dictionaryOf(new Map([...tasksByType].map(([t, m]) => [t, dictionaryOf(m)]))),
  };
}
