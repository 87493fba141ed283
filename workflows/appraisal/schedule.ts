// What the yearly Temporal Schedule runs (2 January, WITA): opens the appraisal year of the day it runs
// as `appraisal-year/<year>`, from HR's template. A year already open stays the one year (the start is
// refused by the ID and counts as done), so a schedule that fires twice never makes two.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { AppraisalYearInput } from '../../domain/appraisal/schemas';
import { appraisalYear } from './year';
import { yearInWita } from '../../domain/time';
import { appraisalYearWorkflowId } from '../../domain/workflow-ids';

export async function appraisalYearScheduled(
  template: Omit<AppraisalYearInput, 'year'>,
): Promise<{ year: number; started: boolean }> {
  const year = yearInWita(Date.now());
  try {
    await startChild(appraisalYear, {
      workflowId: appraisalYearWorkflowId(year),
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
