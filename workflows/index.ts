// Every workflow the worker runs. The worker bundles this file (and only this file) for the sandbox.
export { recruitmentCycle } from './recruitment/cycle';
export { recruitmentApplication } from './recruitment/application';
export { appealDesk } from './recruitment/appeal-desk';
export { cycleRetention } from './recruitment/retention';
export { renewCandidateLinks } from './recruitment/links';
export { appraisalYear } from './appraisal/year';
export { employeeAppraisal } from './appraisal/employee';
export { appraisalYearScheduled } from './appraisal/schedule';
export { yearAwards } from './appraisal/awards';
// Attendance (PP 94/2021): disciplinary cases, excused absences, imports and counts.
export { disciplineCase } from './attendance/discipline';
export { excusedAbsence } from './attendance/excused-absence';
export { attendanceImport, attendanceCount, attendanceDailyCount } from './attendance/imports';
// Competency development (workflows/training).
export { employeeDevelopment } from './training/employee';
export { developmentYear } from './training/year';
export { developmentPlansFromAppraisal } from './training/plans';
