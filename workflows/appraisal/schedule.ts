// What the yearly Temporal Schedule runs (2 January, WITA): opens the appraisal year of the day it runs
// as `appraisal-year/<year>`, from HR's template. A year already open stays the one year (the start is
// refused by the ID and counts as done), so a schedule that fires twice never makes two.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { AppraisalYearInput } from '../../domain/appraisal/schemas';
import { appraisalYear } from './year';

const WITA_OFFSET_MS = 8 * 3600_000;

export async function appraisalYearScheduled(
  template: Omit<AppraisalYearInput, 'year'>,
): Promise<{ year: number; started: boolean }> {
  const year = new Date(Date.now() + WITA_OFFSET_MS).getUTCFullYear();
  try {
    await startChild(appraisalYear, {
      workflowId: `appraisal-year/${year}`,
      args: [{ ...template, year }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    return { year, started: true };
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return { year, started: false };
    throw err;
  }
}
