// Every process's workflow ID, in one place. The IDs are deterministic and double as idempotency keys:
// starting twice never makes two. None carries personal data: an application is named by its applicant
// key (a keyed hash of the NIK); staff processes may carry the NIP, an official number.
import type { AnnouncementStage } from './recruitment/stages';

export const cycleWorkflowId = (code: string) => `recruitment-cycle/${code}`;
export const appealDeskWorkflowId = (code: string, stage: AnnouncementStage) =>
  `recruitment-cycle/${code}/appeals/${stage}`;
export const applicationWorkflowId = (code: string, applicantKey: string) =>
  `application/${code}/${applicantKey}`;
/**
 * One renewal of an application's personal links, from link version `version - 1` to `version`: two
 * requests at once make one renewal, a repeated one reads its result.
 */
export const linkRenewalWorkflowId = (applicationId: string, version: number) =>
  `application-links/${applicationId}/${version}`;
/** One retention run per cycle and mode (`erase`, `pseudonymise`): a repeated request joins it. */
export const retentionWorkflowId = (code: string, mode: string) =>
  `recruitment-cycle/${code}/retention/${mode}`;
export const appraisalYearWorkflowId = (year: number) => `appraisal-year/${year}`;
export const appraisalWorkflowId = (year: number, nip: string) => `appraisal/${year}/${nip}`;
/** The year's awards round (penghargaan): one per year, started by HR once the year has closed. */
export const awardsWorkflowId = (year: number) => `awards/${year}`;
/** The Temporal Schedule that opens each appraisal year, and the workflow it runs. */
export const appraisalScheduleId = 'appraisal-year';
export const appraisalScheduledWorkflowId = 'appraisal-year-scheduled';

// ---- Attendance (PP 94/2021) ------------------------------------------------------------------------
/** One disciplinary case per employee, year and band reached (`3`, `4-6`, …, `consecutive-10`). */
export const disciplineWorkflowId = (year: number, nip: string, band: string) =>
  `discipline/${year}/${nip}/${band}`;
/** One approval per excused-absence request (its id is random, so it names no one). */
export const excusedAbsenceWorkflowId = (nip: string, requestId: string) =>
  `excused-absence/${nip}/${requestId}`;
/** One application of a fingerprint import batch (the same file twice is the same batch). */
export const attendanceImportWorkflowId = (batchId: string) => `attendance-import/${batchId}`;
/** One count of a unit's year (or the whole city's: `all`) as of a date. */
export const attendanceCountWorkflowId = (year: number, unitCode: string, asOf: string) =>
  `attendance-count/${year}/${unitCode}/${asOf}`;
/** The Temporal Schedule that counts the city every night, and the workflow it runs. */
export const attendanceScheduleId = 'attendance-count-daily';
export const attendanceScheduledWorkflowId = 'attendance-count-daily-run';
/** Competency development (domain/training): one employee's year, the year's calendar, plans from an appraisal year. */
export const developmentWorkflowId = (year: number, nip: string) => `development/${year}/${nip}`;
export const developmentYearWorkflowId = (year: number) => `development-year/${year}`;
export const developmentPlansWorkflowId = (appraisalYear: number) => `development-plans/${appraisalYear}`;
