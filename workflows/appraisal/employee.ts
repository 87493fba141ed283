// The appraisal of one employee for one year (PermenPANRB 6/2022, RULES 2.2), workflow ID
// `appraisal/<year>/<nip>`. It reads like the regulation: plan the SKP (draft, approve or return), rate
// each period after it ends, rate the year, give the employee the objection window and, if they object,
// the superior's final decision, then the follow-up. Every human step is a task (workflows/lib/task.ts)
// completed by the `completeTask` Update, whose validator refuses a step that is not open; changes during
// the year arrive as signals (new supervisor, new position) or an Update (the employee leaves).
import { allHandlersFinished, condition } from '@temporalio/workflow';
import { acts } from '../lib/activities';
import { appraisalContext, Left } from './employee-context';
import { handleAppraisalMessages } from './employee-handlers';
import { appraisalStages } from './employee-stages';
import type { EmployeeAppraisalInput, EmployeeAppraisalResult } from './messages';

export async function employeeAppraisal(input: EmployeeAppraisalInput): Promise<EmployeeAppraisalResult> {
  const a = appraisalContext(input);
  const { st, config, base } = a;
  handleAppraisalMessages(a);
  const { planSkp, waitUntil, rate, ratePeriod, objectionStage } = appraisalStages(a);

  st.employee = await acts.startAppraisalRecord(base());
  try {
    await planSkp();
    await a.setPhase('execution');
    for (const period of config.periods) {
      await waitUntil(period.endsAt);
      await ratePeriod(period);
    }
    await a.setPhase('annual-evaluation');
    const annual = await rate('annual', config.deadlines.annualDueAt);
    st.predikat = annual.predikat;
    st.predikat = await objectionStage(annual);
    // Stage 6: follow-up (credit points, promotion eligibility, improvement plan).
    await acts.completeAppraisal({
      ...base(),
      config,
      predikat: st.predikat,
      level: st.employee.level,
      functionalGrade: st.employee.functionalGrade,
    });
    st.phase = 'done';
    await condition(allHandlersFinished);
    return { status: 'done', predikat: st.predikat, objected: st.objected };
  } catch (err) {
    if (!(err instanceof Left)) throw err;
    st.phase = 'left';
    await condition(allHandlersFinished);
    return { status: 'left', predikat: st.predikat, objected: st.objected };
  }
}
