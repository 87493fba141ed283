// HR's view of an appraisal year (the year desk, web/staff/appraisal/): the years opened, and one year's
// dashboard: its phase and appraisals by phase (commands/appraisal/years.ts `yearOverview`, the API's),
// tasks by type and status, the overdue tasks with their assignee, the escalated ones, the predikat
// distribution per unit and overall (counted by the database: one $group), and each unit's calibration.
import { WorkflowNotFoundError } from '@temporalio/client';
import { unitCalibration, type UnitCalibration } from '../../db/models/appraisal-queries';
import type { Principal } from '../../domain/actor';
import { yearDistribution, type PredikatGroup } from '../../domain/appraisal/distribution';
import type { TaskView } from '../../domain/tasks';
import { appraisalYearWorkflowId } from '../../domain/workflow-ids';
import { toTaskView } from '../tasks/view';
import { requireAccess } from './access';
import type { AppraisalDeps } from './deps';
import { yearCommands } from './years';

/** The most escalated tasks the dashboard lists (the overdue list has the API's own bound). */
const ESCALATED_LISTED = 200;

const hrOnly = (principal: Principal) => requireAccess(principal, () => false);

export function yearDashboardCommands(deps: AppraisalDeps) {
  const { models } = deps;
  const years = yearCommands(deps);

  /** The years opened, newest first, with their phase. */
  async function listYears(principal: Principal) {
    await hrOnly(principal);
    const docs = await models.appraisalYears
      .find({}, { phase: 1, employees: 1 })
      .sort({ _id: -1 })
      .limit(50)
      .lean();
    return docs.map((y) => ({ year: Number(y._id), phase: y.phase, employees: y.employees ?? 0 }));
  }

  /** The units of a year: its scope, or every unit that has an appraisal in it. */
  async function unitsOf(year: number, scope: string[] | null | undefined): Promise<string[]> {
    if (scope && scope.length > 0) return [...scope].sort();
    const codes = (await models.appraisalRecords.distinct('unitCode', { year })) as string[];
    return codes.sort();
  }

  async function yearDashboard(principal: Principal, input: { year: number }) {
    await hrOnly(principal);
    const overview = await years.yearOverview(principal, input);
    const now = new Date();
    const groups = await models.appraisalRecords.aggregate<{
      _id: { unitCode: string; predikat: string | null };
      n: number;
    }>([
      { $match: { year: input.year, phase: { $ne: 'left' } } },
      { $group: { _id: { unitCode: '$unitCode', predikat: '$predikat' }, n: { $sum: 1 } } },
    ]);
    const distribution = yearDistribution(
      groups.map((g): PredikatGroup => ({
        unitCode: g._id.unitCode,
        predikat: g._id.predikat ?? null,
        n: g.n,
      })),
    );
    const escalated = await models.tasks
      .find({ year: input.year, escalated: true })
      .sort({ dueAt: 1 })
      .limit(ESCALATED_LISTED)
      .lean();
    const config = overview.config as { units?: string[] | null } | undefined;
    const unitCodes = await unitsOf(input.year, config?.units);
    const calibrations: UnitCalibration[] = [];
    for (const code of unitCodes) calibrations.push(await unitCalibration(models, input.year, code));
    return {
      ...overview,
      now: now.toISOString(),
      distribution,
      escalated: escalated.map((t): TaskView => toTaskView(t, now)),
      calibrations,
    };
  }

  /** One unit's calibration for HR's page (the API's GET …/calibration is the same read). */
  async function unitCalibrationOf(principal: Principal, input: { year: number; unitCode: string }) {
    await hrOnly(principal);
    const y = await models.appraisalYears.findById(input.year, { _id: 1 }).lean();
    const unit = await models.orgUnits.findById(input.unitCode, { name: 1 }).lean();
    return {
      yearOpened: !!y,
      unitName: unit?.name ?? null,
      calibration: await unitCalibration(models, input.year, input.unitCode),
    };
  }

  /** Whether the year's workflow has started (its record is written a moment later, by an activity). */
  async function yearStarted(principal: Principal, input: { year: number }): Promise<boolean> {
    await hrOnly(principal);
    try {
      await deps.client.workflow.getHandle(appraisalYearWorkflowId(input.year)).describe();
      return true;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return false;
      throw err;
    }
  }

  return { listYears, yearDashboard, unitCalibrationOf, yearStarted };
}
export type YearDashboardCommands = ReturnType<typeof yearDashboardCommands>;
export type YearDashboard = Awaited<ReturnType<YearDashboardCommands['yearDashboard']>>;
