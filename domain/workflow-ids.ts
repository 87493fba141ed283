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
/** The Temporal Schedule that opens each appraisal year, and the workflow it runs. */
export const appraisalScheduleId = 'appraisal-year';
export const appraisalScheduledWorkflowId = 'appraisal-year-scheduled';
/** Competency development (domain/training): one employee's year, the year's calendar, plans from an appraisal year. */
export const developmentWorkflowId = (year: number, nip: string) => `development/${year}/${nip}`;
export const developmentYearWorkflowId = (year: number) => `development-year/${year}`;
export const developmentPlansWorkflowId = (appraisalYear: number) => `development-plans/${appraisalYear}`;
