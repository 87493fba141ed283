// The competency-development year (workflow ID `development-year/<year>`), opened by HR: at mid-year it
// reminds everyone behind on the yearly 20 JP, and at the year's end it records, per unit, who is short of
// it and tells HR. Both steps walk the staff in one resumable activity over a database cursor (it
// heartbeats the last NIP done, a retry resumes there, each email is keyed by year and NIP in the outbox),
// so this history stays the same size for 50 employees or 50,000. Employees' records are verified in
// their own workflows (employee.ts), started when they enter one.
import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { acts } from '../lib/activities';
import type { TrainingYearConfig } from './messages';

const walk = proxyActivities<Activities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export interface DevelopmentYearResult {
  year: number;
  employees: number;
  reminded: number;
  short: number;
}

export async function developmentYear(config: TrainingYearConfig): Promise<DevelopmentYearResult> {
  const wf = workflowInfo().workflowId;
  const until = async (instant: string) => {
    const wait = Date.parse(instant) - Date.now();
    if (wait > 0) await sleep(wait);
  };

  // Opening: the year's record (its rule set and calendar).
  const { employees } = await acts.openTrainingYear({ config });
  // Mid-year: a reminder to each one behind.
  await until(config.midYearAt);
  const { reminded } = await walk.remindBehind({ workflowId: wf, config, at: Date.now() });
  // The year's end: those short of the yearly minimum, per unit, recorded and sent to HR.
  await until(config.endsAt);
  const { short } = await walk.closeTrainingYear({ workflowId: wf, config });
  return { year: config.year, employees, reminded, short };
}
