// The count of PP 94/2021, done by the database and a cursor, never in a workflow: one pass over the
// year's day records (of one unit, or the whole city) as of a date marks, per employee, the working days
// covered by presence or an approved excuse and sums the minutes late and early; a working day with no
// cover is unexcused. Memory grows with the staff (a bit per working day each), not with the records.
// Each employee's count is written, and where a count reaches a band past the cases already open, the
// case opens: `discipline/<year>/<nip>/<band>` started once (a repeated count starts nothing).
import { Context } from '@temporalio/activity';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { workingDays, type WorkingCalendar } from '../../domain/attendance/calendar';
import {
  bandRank,
  caseBandFor,
  disciplineDays,
  lateDays,
  longestUnexcusedRun,
} from '../../domain/attendance/discipline';
import { attendanceRuleSet } from '../../domain/attendance/rule-sets';
import { disciplineWorkflowId } from '../../domain/workflow-ids';
import type { AttendanceActivityDeps } from './shared';

export interface CountInput {
  year: number;
  /** One unit, or every unit when absent. */
  unitCode?: string;
  /** The last day counted (YYYY-MM-DD): working days after it are not yet absences. */
  asOf: string;
}

export interface CountResult {
  employees: number;
  workingDays: number;
  records: number;
  opened: number;
  /** The first cases opened (at most 100), for the caller's summary. */
  cases: { nip: string; band: string; days: number }[];
}

const HEARTBEAT_EVERY = 20_000;

export function createAttendanceCountActivities({ models, client, logger }: AttendanceActivityDeps) {
  return {
    async countAttendance(input: CountInput): Promise<CountResult> {
      const ctx = Context.current();
      const calendar = await models.attendanceCalendars.findById(input.year).lean();
      if (!calendar)
        throw ApplicationFailure.nonRetryable(`no working calendar for ${input.year}`, 'NoCalendar');
      const rules = attendanceRuleSet(calendar.ruleSetId);
      const cal = { year: input.year, hours: calendar.hours, holidays: calendar.holidays } as WorkingCalendar;
      const days = workingDays(cal, input.asOf);
      const dayIndex = new Map(days.map((d, i) => [d, i]));
      const unit = input.unitCode ? { unitCode: input.unitCode } : {};
      // A unit that sends its machine's exports is counted only through the last day it sent, so that the
      // nightly count does not hold the days of an export still to come against its staff.
      const importedUntil = new Map<string, string>();
      if (!input.unitCode)
        for (const b of await models.attendanceImports
          .find({ year: input.year }, { unitCode: 1, to: 1 })
          .lean())
          if (b.to > (importedUntil.get(b.unitCode) ?? '')) importedUntil.set(b.unitCode, b.to);
      const daysFor = (unitCode: string) => {
        const until = importedUntil.get(unitCode);
        return until && until < input.asOf ? days.filter((d) => d <= until).length : days.length;
      };

      const staff = await models.employees.find({ active: true, ...unit }, { nip: 1, unitCode: 1 }).lean();
      const state = new Map(
        staff.map((e) => [
          e.nip,
          { unitCode: e.unitCode, covered: new Uint8Array(days.length), late: 0, early: 0 },
        ]),
      );
      let records = 0;
      const cursor = models.attendanceRecords
        .find({ year: input.year, ...unit }, { nip: 1, date: 1, status: 1, lateMinutes: 1, earlyMinutes: 1 })
        .lean()
        .cursor({ batchSize: 5000 });
      for await (const r of cursor) {
        if (++records % HEARTBEAT_EVERY === 0) ctx.heartbeat({ records });
        const i = dayIndex.get(r.date);
        const s = state.get(r.nip);
        if (i === undefined || !s) continue;
        if (r.status !== 'tanpa-keterangan') s.covered[i] = 1;
        s.late += r.lateMinutes ?? 0;
        s.early += r.earlyMinutes ?? 0;
      }

      const existingCases = await models.disciplineCases
        .find({ year: input.year, ...unit }, { nip: 1, band: 1 })
        .lean();
      const heaviestOpen = new Map<string, number>();
      for (const c of existingCases)
        heaviestOpen.set(c.nip, Math.max(heaviestOpen.get(c.nip) ?? -1, bandRank(c.band, rules)));

      const counts = [];
      const toOpen: { nip: string; unitCode: string; band: string; days: number }[] = [];
      for (const [nip, s] of state) {
        const counted = daysFor(s.unitCode);
        let unexcusedDays = 0;
        for (let i = 0; i < counted; i++) if (!s.covered[i]) unexcusedDays++;
        const count = {
          unexcusedDays,
          lateMinutes: s.late,
          earlyMinutes: s.early,
          longestRun: longestUnexcusedRun(days.slice(0, counted), (d) => s.covered[dayIndex.get(d)!] === 1),
        };
        const band = caseBandFor(count, rules);
        counts.push({
          _id: `${input.year}/${nip}`,
          year: input.year,
          nip,
          unitCode: s.unitCode,
          asOf: counted < days.length ? importedUntil.get(s.unitCode)! : input.asOf,
          workingDays: counted,
          ...count,
          lateDays: lateDays(count, rules),
          disciplineDays: disciplineDays(count, rules),
          band: band?.code ?? null,
        });
        if (band && bandRank(band.code, rules) > (heaviestOpen.get(nip) ?? -1))
          toOpen.push({ nip, unitCode: s.unitCode, band: band.code, days: band.days });
      }
      await writeCounts(models, counts);
      ctx.heartbeat({ records, counted: counts.length });

      let opened = 0;
      for (const c of toOpen) {
        try {
          await client.workflow.start('disciplineCase', {
            taskQueue: ctx.info.taskQueue,
            workflowId: disciplineWorkflowId(input.year, c.nip, c.band),
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            args: [{ year: input.year, nip: c.nip, band: c.band, days: c.days, ruleSetId: rules.id }],
          });
          opened++;
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }
      logger.info({ year: input.year, unit: input.unitCode ?? '*', records, opened }, 'attendance counted');
      return {
        employees: counts.length,
        workingDays: days.length,
        records,
        opened,
        cases: toOpen.slice(0, 100).map(({ nip, band, days }) => ({ nip, band, days })),
      };
    },
  };
}

/** Inserts the new counts at once and updates the others by `_id` (no upsert: FerretDB would scan). */
async function writeCounts(models: AttendanceActivityDeps['models'], counts: { _id: string }[]) {
  if (counts.length === 0) return;
  const existing = new Set<string>();
  for (let i = 0; i < counts.length; i += 1000) {
    const ids = counts.slice(i, i + 1000).map((c) => c._id);
    for (const d of await models.attendanceCounts.find({ _id: { $in: ids } }, { _id: 1 }).lean())
      existing.add(d._id);
  }
  const fresh = counts.filter((c) => !existing.has(c._id));
  if (fresh.length) await models.attendanceCounts.insertMany(fresh, { ordered: false, lean: true });
  for (const { _id, ...rest } of counts.filter((x) => existing.has(x._id)))
    await models.attendanceCounts.updateOne({ _id }, { $set: rest });
}
