// Attendance over HTTP (PP 94/2021, RULES 3.1 and 4): the employee's check-in and check-out, HR's working
// calendar and unit offices, the fingerprint imports (CSV/XLSX, all rows or none) and counts, excused
// absences, disciplinary cases, the monthly TPP list (JSON, XLSX or CSV, streamed) and the monitoring.
// Each operation is one command of commands/attendance/; who may touch which record is the command's check.
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { attendanceCommands } from '../../../commands/attendance/commands';
import { PUNCH_FILE_MAX_BYTES, punchTemplate } from '../../../commands/attendance/imports';
import { tableContentTypes } from '../../../commands/files/tables';
import { calendarInputSchema, dateSchema } from '../../../domain/attendance/calendar';
import { checkInSchema, excuseRequestSchema, officeSchema } from '../../../domain/attendance/schemas';
import { nipSchema, unitCodeSchema } from '../../../domain/org/schemas';
import { route } from '../../route';
import { sendPreparedFile } from '../../send-file';

const BASE = '/api/v1/attendance';
const tags = ['attendance'];
const staff = ['hr', 'supervisor', 'employee'] as ('hr' | 'supervisor' | 'employee')[];
const yearSchema = z.coerce.number().int().min(2020).max(2100);
// A month of the years the year bound allows (2020–2100), so that no computation meets year 0.
const monthSchema = z
  .string()
  .regex(/^(20[2-9]\d|2100)-(0[1-9]|1[0-2])$/, { error: 'must be a month YYYY-MM from 2020-01 to 2100-12' });
const bandSchema = z
  .string()
  .regex(/^(\d{1,2}(-\d{1,2})?|28\+|consecutive-10)$/, { error: 'not a band code' });
const unitParams = z.object({ unitCode: unitCodeSchema });
const nipParams = z.object({ nip: nipSchema });
const anyObject = z.record(z.string(), z.unknown());
const refused = (what: string) => ({ 404: { description: `No such ${what}` } });

export const attendanceCommandsOf = (app: AppDeps) =>
  attendanceCommands({
    client: app.client,
    models: app.models,
    taskQueue: app.config.taskQueue,
    audit: app.audit,
  });

export function attendanceRoutes(app: AppDeps) {
  const c = attendanceCommandsOf(app);

  return [
    route({
      method: 'post',
      path: `${BASE}/check-in`,
      operationId: 'attendanceCheckIn',
      summary: "The caller's check-in for today (WITA); the position is checked when the unit asks for it",
      tags,
      roles: ['supervisor', 'employee'],
      body: checkInSchema,
      responses: {
        200: {
          description: 'Checked in (a second check-in keeps the first)',
          schema: z.object({
            date: z.string(),
            checkIn: z.string(),
            lateMinutes: z.number(),
            alreadyCheckedIn: z.boolean(),
          }),
        },
        409: { description: 'Not a working day, or no calendar for the year' },
      },
      handler: async ({ body, principal }) => ({ body: await c.checkIn(principal!, body) }),
    }),
    route({
      method: 'post',
      path: `${BASE}/check-out`,
      operationId: 'attendanceCheckOut',
      summary: "The caller's check-out for today (a later one replaces an earlier one)",
      tags,
      roles: ['supervisor', 'employee'],
      body: checkInSchema,
      responses: {
        200: {
          description: 'Checked out',
          schema: z.object({ date: z.string(), checkOut: z.string(), earlyMinutes: z.number() }),
        },
        409: { description: 'No check-in today, not a working day, or no calendar' },
      },
      handler: async ({ body, principal }) => ({ body: await c.checkOut(principal!, body) }),
    }),
    route({
      method: 'put',
      path: `${BASE}/calendars/:year`,
      operationId: 'setAttendanceCalendar',
      summary:
        "HR sets a year's working calendar: working weekdays and hours, national holidays and cuti bersama (audited)",
      tags,
      roles: ['hr'],
      params: z.object({ year: yearSchema }),
      body: calendarInputSchema,
      responses: {
        200: { description: 'The calendar as set', schema: anyObject },
        409: { description: 'A holiday outside the year' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await c.setCalendar(principal!, params.year, body),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/calendars/:year`,
      operationId: 'getAttendanceCalendar',
      summary: "A year's working calendar",
      tags,
      roles: staff,
      params: z.object({ year: yearSchema }),
      responses: {
        200: { description: 'The calendar', schema: anyObject },
        409: { description: 'No calendar is set for the year' },
      },
      handler: async ({ params }) => ({ body: await c.calendarOf(params.year) }),
    }),
    route({
      method: 'put',
      path: `${BASE}/units/:unitCode/office`,
      operationId: 'setAttendanceOffice',
      summary:
        "HR sets a unit's office: location, radius, and whether web check-ins must give the browser's position",
      tags,
      roles: ['hr'],
      params: unitParams,
      body: officeSchema,
      responses: { 200: { description: 'The office as set', schema: anyObject }, ...refused('unit') },
      handler: async ({ params, body, principal }) => ({
        body: await c.setOffice(principal!, params.unitCode, body),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/units/:unitCode/imports`,
      operationId: 'importAttendanceFile',
      summary:
        "A fingerprint machine's export for the unit (CSV or XLSX): preview it, or apply it when no row is bad",
      tags,
      roles: ['hr'],
      params: unitParams,
      multipartBody: {
        fields: z.strictObject({
          mode: z.enum(['preview', 'apply'], { error: 'mode must be preview or apply' }).default('preview'),
        }),
        limit: PUNCH_FILE_MAX_BYTES,
      },
      responses: {
        200: {
          description: 'The preview: rows understood, the days covered, every bad row with its line',
          schema: anyObject,
        },
        202: {
          description: 'Applied: the records are written and the unit counted by `attendance-import/<batch>`',
          schema: anyObject,
        },
        ...refused('unit'),
        409: { description: 'No working calendar for the year of the file' },
      },
      handler: async ({ params, body, principal }) => {
        const { mode, file } = body as unknown as { mode: 'preview' | 'apply'; file: Buffer };
        if (mode === 'preview') return { body: await c.previewImport(principal!, params.unitCode, file) };
        return { status: 202, body: await c.applyImport(principal!, params.unitCode, file) };
      },
    }),
    route({
      method: 'get',
      path: `${BASE}/imports/template`,
      operationId: 'attendanceImportTemplate',
      summary: "The import's template: the columns it reads (NIP, NAMA, TANGGAL, JAM_MASUK, JAM_PULANG)",
      tags,
      roles: ['hr'],
      query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
      responses: { 200: { description: 'The template', fileTypes: Object.values(tableContentTypes) } },
      handler: async ({ query }) => punchTemplate(query.format),
    }),
    route({
      method: 'get',
      path: `${BASE}/imports/:batchId`,
      operationId: 'getAttendanceImport',
      summary: 'Where an import stands: running, or completed with the rows written and the cases opened',
      tags,
      roles: ['hr'],
      params: z.object({ batchId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,31}-[\w-]{24}$/) }),
      responses: {
        200: { description: 'Its status and, once completed, its result', schema: anyObject },
        ...refused('import'),
      },
      handler: async ({ params }) => ({ body: await c.processResult(`attendance-import/${params.batchId}`) }),
    }),
    route({
      method: 'post',
      path: `${BASE}/counts`,
      operationId: 'startAttendanceCount',
      summary:
        'HR counts a year (one unit, or all) as of a date (yesterday by default); the cases that follow open',
      tags,
      roles: ['hr'],
      body: z.strictObject({
        year: z.number().int().min(2020).max(2100),
        unitCode: unitCodeSchema.optional(),
        asOf: dateSchema.optional(),
      }),
      responses: {
        202: {
          description: 'Counting (the same count twice is one)',
          schema: z.object({ workflowId: z.string(), asOf: z.string(), alreadyStarted: z.boolean() }),
        },
        ...refused('unit'),
        409: { description: 'No working calendar for the year' },
      },
      handler: async ({ body, principal }) => ({ status: 202, body: await c.startCount(principal!, body) }),
    }),
    route({
      method: 'put',
      path: `${BASE}/count-schedule`,
      operationId: 'scheduleAttendanceCount',
      summary: 'A Temporal Schedule counts the whole city every night (01:00 WITA) as of the day before',
      tags,
      roles: ['hr'],
      responses: {
        200: { description: 'Scheduled', schema: z.object({ scheduleId: z.string(), created: z.boolean() }) },
      },
      handler: async ({ principal }) => ({ body: await c.scheduleDailyCount(principal!) }),
    }),
    route({
      method: 'get',
      path: `${BASE}/counts/:year/:scope/:asOf`,
      operationId: 'getAttendanceCount',
      summary: 'Where a count stands (scope: a unit code, or `all`)',
      tags,
      roles: ['hr'],
      params: z.object({
        year: yearSchema,
        scope: z.union([unitCodeSchema, z.literal('all')]),
        asOf: dateSchema,
      }),
      responses: {
        200: { description: 'Its status and, once completed, its result', schema: anyObject },
        ...refused('count'),
      },
      handler: async ({ params }) => ({
        body: await c.processResult(`attendance-count/${params.year}/${params.scope}/${params.asOf}`),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/excuses`,
      operationId: 'requestExcusedAbsence',
      summary:
        'The caller asks for izin, sakit, cuti or dinas luar with its evidence; the direct superior decides',
      tags,
      roles: ['supervisor', 'employee'],
      body: excuseRequestSchema,
      responses: {
        202: {
          description: 'Asked (the same pending request again is that one)',
          schema: z.object({ requestId: z.string(), workflowId: z.string(), alreadyRequested: z.boolean() }),
        },
      },
      handler: async ({ body, principal }) => ({
        status: 202,
        body: await c.requestExcuse(principal!, body),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/employees/:nip/excuses`,
      operationId: 'listExcusedAbsences',
      summary: "An employee's excused-absence requests (the employee, their supervisors, HR)",
      tags,
      roles: staff,
      params: nipParams,
      responses: {
        200: { description: 'The requests, latest first', schema: z.object({ excuses: z.array(anyObject) }) },
        ...refused('employee'),
      },
      handler: async ({ params, principal }) => ({
        body: { excuses: await c.listExcuses(principal!, params.nip) },
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/employees/:nip/months/:month`,
      operationId: 'getAttendanceMonth',
      summary:
        "An employee's month: each working day's status and times, and the year's count (the employee, their supervisors, HR)",
      tags,
      roles: staff,
      params: nipParams.extend({ month: monthSchema }),
      responses: {
        200: { description: 'The month', schema: anyObject },
        ...refused('employee'),
        409: { description: 'No calendar for the year' },
      },
      handler: async ({ params, principal }) => ({
        body: await c.employeeMonth(principal!, params.nip, params.month),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/employees/:nip/years/:year`,
      operationId: 'getAttendanceYearCount',
      summary:
        "An employee's count of the year as the last count left it: unexcused days, lateness converted, longest run, band",
      tags,
      roles: staff,
      params: nipParams.extend({ year: yearSchema }),
      responses: { 200: { description: 'The count', schema: anyObject }, ...refused('count') },
      handler: async ({ params, principal }) => ({
        body: await c.yearCount(principal!, params.year, params.nip),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/units/:unitCode/days`,
      operationId: 'getUnitAttendanceDay',
      summary: "A unit's attendance of a day, today by default (the unit's head and HR)",
      tags,
      roles: staff,
      params: unitParams,
      query: z.object({ date: dateSchema.optional() }).strict(),
      responses: {
        200: { description: 'Every active employee with the day', schema: anyObject },
        ...refused('unit'),
      },
      handler: async ({ params, query, principal }) => ({
        body: await c.unitDay(principal!, params.unitCode, query.date),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cases`,
      operationId: 'listDisciplineCases',
      summary: "Disciplinary cases of a year: one's own and one's team's (HR: all, by unit or employee)",
      tags,
      roles: staff,
      query: z
        .object({ year: yearSchema, unitCode: unitCodeSchema.optional(), nip: nipSchema.optional() })
        .strict(),
      responses: {
        200: { description: 'The cases, oldest first', schema: z.object({ cases: z.array(anyObject) }) },
      },
      handler: async ({ query, principal }) => ({ body: { cases: await c.listCases(principal!, query) } }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cases/:year/:nip/:band`,
      operationId: 'getDisciplineCase',
      summary:
        'A disciplinary case with its steps, decision, TPP cut and tasks (the employee, their supervisors, HR)',
      tags,
      roles: staff,
      params: z.object({ year: yearSchema, nip: nipSchema, band: bandSchema }),
      responses: { 200: { description: 'The case', schema: anyObject }, ...refused('case') },
      handler: async ({ params, principal }) => ({ body: await c.getCase(principal!, params) }),
    }),
    route({
      method: 'get',
      path: `${BASE}/units/:unitCode/tpp/:month`,
      operationId: 'getUnitTpp',
      summary:
        "A unit's TPP list of a month: each employee's eligibility and share, with the reason for every deduction",
      tags,
      roles: staff,
      params: unitParams.extend({ month: monthSchema }),
      responses: { 200: { description: 'The list', schema: anyObject }, ...refused('unit') },
      handler: async ({ params, principal }) => ({
        body: await c.tppList(principal!, params.unitCode, params.month),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/units/:unitCode/tpp/:month/export`,
      operationId: 'exportUnitTpp',
      summary: "A unit's TPP list of a month as XLSX (default) or CSV, streamed",
      tags,
      roles: staff,
      params: unitParams.extend({ month: monthSchema }),
      query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
      responses: {
        200: { description: 'The file, as an attachment', fileTypes: Object.values(tableContentTypes) },
        ...refused('unit'),
      },
      handler: async ({ params, query, principal, req, res }) => {
        await sendPreparedFile(
          await c.tppFile(principal!, params.unitCode, params.month, query.format),
          req,
          res,
        );
        return {};
      },
    }),
  ];
}
