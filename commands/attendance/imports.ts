// HR's imports of the fingerprint machines' daily exports for a unit (CSV or XLSX), validated as a whole
// like the other uploads: every bad row with its line and reason, and nothing applied while any is bad
// (a NIP not of the unit, a date outside the year or not a working day, a time that is not one). A good
// file is staged in chunks and handed to `attendance-import/<batch>`, whose activities write the records
// and count the unit's year as of the file's last day (opening the cases that follow); the batch id is
// the unit and the file's digest, so the same file twice is one import. Also the count HR starts itself.
import { createHash } from 'node:crypto';
import { ScheduleAlreadyRunning, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Principal } from '../../domain/actor';
import { earlyMinutes, hoursOf, lateMinutes, witaDateTime } from '../../domain/attendance/calendar';
import { mapPunchRows, punchTemplateHeaders } from '../../domain/attendance/import-file';
import { attendanceRuleSet } from '../../domain/attendance/rule-sets';
import type { FileIssue } from '../../domain/recruitment/result-files';
import { textLimits } from '../../domain/text';
import {
  attendanceCountWorkflowId,
  attendanceImportWorkflowId,
  attendanceScheduledWorkflowId,
  attendanceScheduleId,
} from '../../domain/workflow-ids';
import { recordId, type DayRecord } from '../../activities/attendance/shared';
import { badRequest, notFound } from '../errors';
import { readTable, tableContentTypes, writeTable, type TableFormat } from '../files/tables';
import { calendarCommands } from './calendar';
import type { AttendanceDeps } from './deps';

export const PUNCH_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** A month of a large unit (500 staff × 23 days) many times over. */
const TABLE_LIMITS = { maxRows: 100_000, maxColumns: 20, maxCell: textLimits.short };
/** Rows per staged chunk (one document each), applied one chunk at a time. */
export const STAGE_CHUNK = 2000;

export interface PunchPreview {
  unitCode: string;
  format: TableFormat;
  rows: number;
  from: string | null;
  to: string | null;
  issues: FileIssue[];
}

export function importCommands(deps: AttendanceDeps) {
  const { models, client, taskQueue } = deps;
  const clock = deps.clock ?? (() => new Date());
  const { calendarOf } = calendarCommands(deps);

  async function check(unitCode: string, bytes: Buffer) {
    if (!(await models.orgUnits.exists({ _id: unitCode }))) throw notFound('no such unit');
    const table = await readTable(bytes, TABLE_LIMITS);
    const mapped = mapPunchRows(table);
    const issues = [...mapped.issues];
    const staff = new Map(
      (await models.employees.find({ unitCode }, { _id: 1 }).lean()).map((e) => [e._id, true] as const),
    );
    const today = witaDateTime(clock()).date;
    const years = new Set(mapped.rows.map((r) => Number(r.date.slice(0, 4))));
    if (years.size > 1) issues.push({ line: 0, message: 'a file covers one calendar year only' });
    const year = [...years][0] ?? Number(today.slice(0, 4));
    const cal = mapped.rows.length ? await calendarOf(year) : undefined;
    const rules = attendanceRuleSet(cal?.ruleSetId);
    const docs: DayRecord[] = [];
    for (const r of mapped.rows) {
      const rowIssues: FileIssue[] = [];
      if (!staff.has(r.nip))
        rowIssues.push({ line: r.line, column: 'NIP', message: `no employee of ${unitCode} has this NIP` });
      const hours = cal ? hoursOf(cal, r.date) : undefined;
      if (r.date > today)
        rowIssues.push({ line: r.line, column: 'TANGGAL', message: 'the date is in the future' });
      else if (!hours)
        rowIssues.push({
          line: r.line,
          column: 'TANGGAL',
          message: `${r.date} is not a working day of the calendar`,
        });
      issues.push(...rowIssues);
      if (rowIssues.length || !hours) continue;
      docs.push({
        _id: recordId(r.date, r.nip),
        nip: r.nip,
        unitCode,
        date: r.date,
        year,
        month: r.date.slice(0, 7),
        status: 'hadir',
        checkIn: r.checkIn,
        checkOut: r.checkOut,
        // A missing punch counts as the rule set says (one of the two is always there).
        lateMinutes: r.checkIn ? lateMinutes(hours, r.checkIn) : rules.missingPunchMinutes,
        earlyMinutes: r.checkOut ? earlyMinutes(hours, r.checkOut) : rules.missingPunchMinutes,
        source: 'import',
        ref: null,
      });
    }
    issues.sort((a, b) => a.line - b.line);
    const dates = docs.map((d) => d.date).sort();
    return {
      preview: {
        unitCode,
        format: table.format,
        rows: docs.length,
        from: dates[0] ?? null,
        to: dates[dates.length - 1] ?? null,
        issues,
      } as PunchPreview,
      docs,
      year,
    };
  }

  async function previewImport(_principal: Principal, unitCode: string, bytes: Buffer) {
    return (await check(unitCode, bytes)).preview;
  }

  /** Applies a file with no bad row (400 naming every bad line otherwise): staged, then the workflow. */
  async function applyImport(principal: Principal, unitCode: string, bytes: Buffer) {
    const { preview, docs, year } = await check(unitCode, bytes);
    if (preview.issues.length || docs.length === 0)
      throw badRequest(
        preview.issues.length
          ? `${new Set(preview.issues.map((i) => i.line)).size} line(s) of the file are not valid; nothing was applied`
          : 'the file has no rows',
        (preview.issues.length ? preview.issues : [{ line: 0, message: 'no rows' }]).map((i) => ({
          path: `file.line.${i.line}${i.column ? `.${i.column}` : ''}`,
          message: i.message,
        })),
      );
    const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 24);
    const batchId = `${unitCode}-${digest}`;
    if (!(await models.attendanceImports.exists({ _id: batchId }))) {
      const chunks = Math.ceil(docs.length / STAGE_CHUNK);
      for (let n = 0; n < chunks; n++)
        await models.attendanceImportChunks.create([
          { _id: `${batchId}/${n}`, batchId, rows: docs.slice(n * STAGE_CHUNK, (n + 1) * STAGE_CHUNK) },
        ]);
      await models.attendanceImports.create([
        {
          _id: batchId,
          unitCode,
          year,
          rows: docs.length,
          chunks,
          from: preview.from!,
          to: preview.to!,
          format: preview.format,
          uploadedBy: principal.sub,
          status: 'staged',
        },
      ]);
    }
    const workflowId = attendanceImportWorkflowId(batchId);
    const alreadyStarted = await startOnce('attendanceImport', workflowId, [
      { batchId, count: { year, unitCode, asOf: preview.to! } },
    ]);
    return { batchId, workflowId, rows: docs.length, from: preview.from!, to: preview.to!, alreadyStarted };
  }

  /** Counts a year (one unit, or all) as of a date (yesterday by default), opening the cases that follow. */
  async function startCount(
    _principal: Principal,
    input: { year: number; unitCode?: string; asOf?: string },
  ) {
    await calendarOf(input.year);
    if (input.unitCode && !(await models.orgUnits.exists({ _id: input.unitCode })))
      throw notFound('no such unit');
    const yesterday = new Date(clock().getTime() - 86_400_000);
    let asOf = input.asOf ?? witaDateTime(yesterday).date;
    if (asOf > `${input.year}-12-31`) asOf = `${input.year}-12-31`;
    const workflowId = attendanceCountWorkflowId(input.year, input.unitCode ?? 'all', asOf);
    const alreadyStarted = await startOnce('attendanceCount', workflowId, [
      { year: input.year, ...(input.unitCode ? { unitCode: input.unitCode } : {}), asOf },
    ]);
    return { workflowId, asOf, alreadyStarted };
  }

  async function startOnce(type: string, workflowId: string, args: unknown[]): Promise<boolean> {
    try {
      await client.workflow.start(type, {
        taskQueue,
        workflowId,
        args,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      return false;
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return true;
      throw err;
    }
  }

  /** The result of an import or a count (its workflow's), or null while it runs. */
  async function processResult(workflowId: string) {
    const handle = client.workflow.getHandle(workflowId);
    const d = await handle.describe().catch(() => null);
    if (!d) throw notFound('no such import or count');
    return d.status.name === 'COMPLETED'
      ? { status: 'completed', result: await handle.result() }
      : { status: d.status.name.toLowerCase() };
  }

  /** Creates (or keeps) the Schedule that counts the whole city every night at 01:00 WITA. */
  async function scheduleDailyCount(_principal: Principal) {
    const options = {
      spec: { calendars: [{ hour: 1, minute: 0 }], timezone: 'Asia/Makassar' },
      action: {
        type: 'startWorkflow' as const,
        workflowType: 'attendanceDailyCount',
        args: [],
        taskQueue,
        workflowId: attendanceScheduledWorkflowId,
      },
    };
    try {
      await client.schedule.create({ scheduleId: attendanceScheduleId, ...options });
      return { scheduleId: attendanceScheduleId, created: true };
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await client.schedule
        .getHandle(attendanceScheduleId)
        .update((previous) => ({ ...previous, ...options }));
      return { scheduleId: attendanceScheduleId, created: false };
    }
  }

  return { previewImport, applyImport, startCount, processResult, scheduleDailyCount };
}

/** The import's template as a download: the columns the import reads. */
export async function punchTemplate(format: TableFormat) {
  return {
    body: await writeTable(format, 'Kehadiran', punchTemplateHeaders),
    headers: {
      'Content-Type': tableContentTypes[format],
      'Content-Disposition': `attachment; filename="template-kehadiran.${format}"`,
    },
  };
}
