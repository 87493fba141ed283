// The intake: an application during registration. The application's workflow is started first and writes
// the record in its first step; the command waits for that through the Update it starts the workflow with
// (Update-with-start), so that it answers 201 only when both exist, and a start that fails leaves
// nothing behind. The application then waits for the candidate to confirm it from the link mailed to
// them (workflows/recruitment/application-intake.ts); one left unconfirmed expires and its record goes,
// and the same NIK may then apply again (a new run of the same workflow id). The same NIK again gives the same application back (no second email) for the same
// formation and a 409 for another one; a NIK barred in the cycle's budget year, or a birth date outside the
// ages the cycle admits, is refused.
import { WithStartWorkflowOperation } from '@temporalio/client';
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import { ageProblem } from '../../domain/recruitment/age';
import type { CpnsRuleSet, PppkRuleSet } from '../../domain/recruitment/rule-sets';
import type { ApplicationInput as ApplicationBody } from '../../domain/recruitment/schemas';
import { isBanned } from '../../domain/recruitment/stages';
import { applicationWorkflowId, cycleWorkflowId } from '../../domain/workflow-ids';
import {
  cycleState,
  intake,
  type ApplicationInput,
  type FormationConfig,
} from '../../workflows/recruitment/messages';
import { badRequest, conflict } from '../errors';
import { viaUpdate } from '../updates';
import { applicantKeyOf, records, type RecruitmentDeps } from './context';

const anotherFormation = 'this NIK has already applied to another formation of this cycle';

export function intakeCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow } = records(deps);

  return {
    /**
     * An application during registration. The same NIK again gives the same application back (no second
     * email) for the same formation and a 409 for another one; a NIK barred after withdrawing is refused.
     */
    async apply(code: string, body: ApplicationBody): Promise<{ applicationId: string; created: boolean }> {
      const cycle = await cycleOrThrow(code);
      const formation = (cycle.formations as FormationConfig[]).find((f) => f.code === body.formationCode);
      if (!formation) {
        throw badRequest('unknown formation', [
          { path: 'body.formationCode', message: `cycle ${code} has no formation ${body.formationCode}` },
        ]);
      }
      const applicantKey = applicantKeyOf(body.nik, deps.applicantKeySecret);
      const applicationId = `${code}-${applicantKey.slice(0, 20)}`;
      // A repeated request gets the same answer, even after registration closed.
      const existing = await models.applications.findById(applicationId, { formationCode: 1 }).lean();
      if (existing) {
        if (existing.formationCode !== body.formationCode) throw conflict(anotherFormation);
        return { applicationId, created: false };
      }
      const rules = cycle.rules as CpnsRuleSet | PppkRuleSet;
      const outsideAges = ageProblem(body.birthDate, rules.age, cycle.schedule.registrationClosesAt);
      if (outsideAges) {
        throw badRequest('the applicant is outside the ages this selection admits', [
          { path: 'body.birthDate', message: outsideAges },
        ]);
      }
      // The cycle workflow opens and closes registration on its timers: it, not this clock, decides.
      const live = await client.workflow.getHandle(cycleWorkflowId(code)).query(cycleState);
      if (live.phase !== 'registration') {
        throw conflict(
          `registration for ${code} is open from ${cycle.schedule.registrationOpensAt} to ${cycle.schedule.registrationClosesAt}; the cycle is in its ${live.phase} phase`,
        );
      }
      const bans = await models.bans.find({ applicantKey }, { years: 1 }).lean();
      const ban = bans.find((b) => isBanned(b.years, cycle.budgetYear));
      if (ban) {
        throw conflict(
          `this NIK withdrew after passing an earlier selection and may not apply to the selections of budget years ${[...ban.years].sort((a, b) => a - b).join(' and ')}; this cycle is of budget year ${cycle.budgetYear}`,
        );
      }
      const input: ApplicationInput = {
        applicationId,
        applicantKey,
        cycleCode: code,
        cycleTitle: cycle.title,
        kind: cycle.kind as 'CPNS' | 'PPPK',
        budgetYear: cycle.budgetYear,
        formation: { code: formation.code, title: formation.title, type: formation.type },
        registrationClosesAt: cycle.schedule.registrationClosesAt,
        candidate: { name: body.name, email: body.email, language: body.language },
        applicant: { nik: body.nik, birthDate: body.birthDate, education: body.education },
        windows: rules.windows,
        withdrawalBanBudgetYears: rules.withdrawalBanBudgetYears,
        hr: deps.hr,
      };
      // "Use existing": a twin request, or a retry after a lost answer, joins the workflow already started
      // and waits for the same record; the workflow's validator refuses another formation.
      const { first } = await viaUpdate('this application', () =>
        client.workflow.executeUpdateWithStart(intake, {
          args: [{ formationCode: formation.code }],
          startWorkflowOperation: new WithStartWorkflowOperation('recruitmentApplication', {
            taskQueue: deps.taskQueue,
            workflowId: applicationWorkflowId(code, applicantKey),
            workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
            args: [input],
          }),
        }),
      );
      // No token in the answer, to anyone: the candidate's way in is the link mailed to the address they
      // gave, which is how the application is confirmed (and so the address proved theirs).
      return { applicationId, created: first };
    },
  };
}
