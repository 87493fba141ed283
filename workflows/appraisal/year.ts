// The appraisal year (workflow ID `appraisal-year/<year>`): opens the year, starts one employee appraisal
// per employee through a resumable fan-out activity (so its own history never grows with the staff),
// moves through the year's phases with an HR summary at each, takes the units' own results and their
// finalisation (refused while calibration fails), and closes when every appraisal is done.
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { resolveAppraisalYear, type AppraisalYearInput } from '../../domain/appraisal/schemas';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { appraisalsSettled, appraisalYearState, finaliseUnit, setUnitResult } from './messages';

/** The fan-out may run long: it heartbeats the last NIP it started and resumes there after a retry. */
const fanOut = proxyActivities<Activities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export interface AppraisalYearResult {
  year: number;
  employees: number;
  started: number;
  alreadyStarted: number;
  finalised: string[];
}

export async function appraisalYear(input: AppraisalYearInput): Promise<AppraisalYearResult> {
  const { config, ruleChanges } = resolveAppraisalYear(input);
  const { year, deadlines } = config;
  const wf = workflowInfo().workflowId;
  let seq = 0;
  const next = () => ++seq;
  let phase = 'opening';
  let units: string[] = [];
  let employees = 0;
  const finalised = new Set<string>();
  const periodCodes = new Set<string>([...config.periods.map((p) => p.period), 'annual']);

  setHandler(appraisalYearState, () => ({ year, phase, employees, units, finalised: [...finalised] }));
  // How often an activity found every appraisal ended (each signal makes the year count again).
  let settledSignals = 0;
  setHandler(appraisalsSettled, () => {
    settledSignals += 1;
  });

  let opened = false;
  // Before the year's units are read (the first seconds), a unit named in the year's own scope, or any
  // unit when the year covers them all, is accepted; the handler then waits for the opening.
  const unitOpen = (unitCode: string) => {
    const inScope = opened ? units.includes(unitCode) : !config.units || config.units.includes(unitCode);
    if (!inScope) throw new Error(`unit ${unitCode} is not in the ${year} appraisal`);
    if (finalised.has(unitCode)) throw new Error(`unit ${unitCode} is already finalised for ${year}`);
  };
  setHandler(
    setUnitResult,
    async ({ unitCode, period, result, actor }) => {
      await condition(() => opened);
      if (!units.includes(unitCode))
        throw ApplicationFailure.create({ message: `unit ${unitCode} is not in the ${year} appraisal` });
      return acts.recordUnitResult({ workflowId: wf, year, unitCode, period, result, actor, seq: next() });
    },
    {
      validator: ({ unitCode, period }) => {
        unitOpen(unitCode);
        if (!periodCodes.has(period))
          throw new Error(`period ${period} is not a period of ${year} (${config.periodicity})`);
      },
    },
  );
  setHandler(
    finaliseUnit,
    async ({ unitCode, actor, reason }) => {
      const r = await acts.finaliseAppraisalUnit({ workflowId: wf, year, unitCode, actor, reason });
      if (!r.ok) {
        throw ApplicationFailure.create({
          type: 'CalibrationFailed',
          message: `unit ${unitCode} cannot be finalised: ${r.calibration.blockers.join('; ')}`,
          details: [r.calibration],
          nonRetryable: true,
        });
      }
      finalised.add(unitCode);
      return { unitCode, finalised: true as const };
    },
    { validator: ({ unitCode }) => unitOpen(unitCode) },
  );

  const summary = async (p: string) => {
    phase = p;
    const counts = await acts.appraisalYearSummary({ year, seq: next(), phase: p });
    await acts.sendEmail({
      key: `${wf}/summary/${p}`,
      to: hrEmail,
      template: 'yearSummary',
      data: { recipientName: 'Tim Kinerja BKPSDM', ...counts },
    });
  };
  const until = async (instant: string | number) => {
    const wait = new Date(instant).getTime() - Date.now();
    if (wait > 0) await sleep(wait);
  };

  // Opening: the record, every employee's appraisal, HR told.
  const opening = await acts.openAppraisalYear({ workflowId: wf, seq: next(), config, ruleChanges });
  ({ units, employees } = opening);
  opened = true;
  const hrEmail = opening.hrEmail;
  phase = 'planning';
  const fan = await fanOut.startEmployeeAppraisals({ config });
  await acts.sendEmail({
    key: `${wf}/opened`,
    to: hrEmail,
    template: 'yearOpened',
    data: {
      recipientName: 'Tim Kinerja BKPSDM',
      year,
      periodicity: config.periodicity,
      ruleSetId: config.ruleSetId,
      ruleChanges,
      units: units.length,
      employees,
      skpDueAt: deadlines.skpDueAt,
      annualDueAt: deadlines.annualDueAt,
    },
  });

  // The phases of the year, each with a summary for HR.
  await until(deadlines.skpDueAt);
  await summary('execution');
  const periods = config.periods;
  await until(periods[periods.length - 1]!.endsAt);
  await summary('annual-evaluation');
  await until(deadlines.annualDueAt);
  await summary('objection');
  const objectionMs = durationMs(deadlines.objectionWindow);
  const objectionEnds = Date.parse(deadlines.annualDueAt) + objectionMs;
  // The objection phase ends at the end of the window, or sooner once every appraisal has ended (each
  // employee accepted the result, let the window pass, or had an objection decided; or left): counted
  // now, and again whenever an activity says the last one ended.
  for (;;) {
    const seen = settledSignals;
    if (Date.now() >= objectionEnds || (await acts.countOpenAppraisals({ year })) === 0) break;
    const wait = objectionEnds - Date.now();
    if (wait <= 0) break;
    await condition(() => settledSignals !== seen, wait);
  }
  await summary('closing');
  let pollMs = Math.min(24 * 3600_000, Math.max(1000, Math.round(objectionMs / 7)));
  // Late appraisals (decisions still open) are polled less and less often, so that the year's history
  // stays small however long they take.
  while ((await acts.countOpenAppraisals({ year })) > 0) {
    await sleep(pollMs);
    pollMs = Math.min(24 * 3600_000, pollMs * 2);
  }
  await summary('closed');

  // Finalisation of each unit by HR (an Update each, refused while its calibration fails).
  await condition(() => units.every((u) => finalised.has(u)));
  await summary('finalised');
  await condition(allHandlersFinished);
  return {
    year,
    employees,
    started: fan.started,
    alreadyStarted: fan.alreadyStarted,
    finalised: [...finalised],
  };
}
