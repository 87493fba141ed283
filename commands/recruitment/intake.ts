// The intake: an application during registration. The same NIK again gives the same application back (no
// second email) for the same formation and a 409 for another one; a NIK barred after withdrawing is refused.
import { WorkflowIdConflictPolicy } from '@temporalio/common';
import type { CpnsRuleSet, PppkRuleSet } from '../../domain/recruitment/rule-sets';
import type { ApplicationInput as ApplicationBody } from '../../domain/recruitment/schemas';
import { isBanned } from '../../domain/recruitment/stages';
import { applicationWorkflowId, cycleWorkflowId } from '../../domain/workflow-ids';
import { cycleState, type FormationConfig } from '../../workflows/recruitment/messages';
import { badRequest, conflict } from '../errors';
import { applicantKeyOf, records, type RecruitmentDeps } from './context';

export function intakeCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow } = records(deps);
  const now = () => (deps.clock ?? (() => new Date()))();

  const commands = {
    /**
     * An application during registration. The same NIK again gives the same application back (no second
     * email) for the same formation and a 409 for another one; a NIK barred after withdrawing is refused.
     */
    async apply(
      code: string,
      body: ApplicationBody,
    ): Promise<{ applicationId: string; accessToken?: string; created: boolean }> {
      const cycle = await cycleOrThrow(code);
      const formation = (cycle.formations as FormationConfig[]).find((f) => f.code === body.formationCode);
      if (!formation) {
        throw badRequest('unknown formation', [
          { path: 'body.formationCode', message: `cycle ${code} has no formation ${body.formationCode}` },
        ]);
      }
      const applicantKey = applicantKeyOf(body.nik, deps.applicantKeySecret);
      const applicationId = `${code}-${applicantKey.slice(0, 20)}`;
      const workflowId = applicationWorkflowId(code, applicantKey);
      // A repeated request gets the same answer, even after registration closed.
      const existing = await models.applications.findById(applicationId, { formationCode: 1 }).lean();
      if (existing && existing.formationCode !== body.formationCode) {
        throw conflict('this NIK has already applied to another formation of this cycle');
      }
      let created = false;
      if (!existing) {
        // The cycle workflow opens and closes registration on its timers: it, not this clock, decides.
        const live = await client.workflow.getHandle(cycleWorkflowId(code)).query(cycleState);
        if (live.phase !== 'registration') {
          throw conflict(
            `registration for ${code} is open from ${cycle.schedule.registrationOpensAt} to ${cycle.schedule.registrationClosesAt}; the cycle is in its ${live.phase} phase`,
          );
        }
        const banned = (await models.bans.find({ applicantKey }, { years: 1 }).lean()).some((b) =>
          isBanned(b.years, now()),
        );
        if (banned)
          throw conflict(
            'this NIK withdrew after passing an earlier selection and may not apply in this budget year',
          );
        try {
          await models.applications.create({
            _id: applicationId,
            cycleCode: code,
            workflowId,
            applicantKey,
            formationCode: formation.code,
            formationType: formation.type,
            nik: deps.fields.seal(body.nik),
            name: body.name,
            email: deps.fields.seal(body.email),
            birthDate: body.birthDate,
            education: body.education,
            language: body.language,
            status: 'registered',
            seq: 0,
          });
          created = true;
        } catch (err) {
          if ((err as { code?: number }).code !== 11000) throw err;
          return commands.apply(code, body); // a concurrent twin won: answer as for a duplicate
        }
      }
      const rules = cycle.rules as CpnsRuleSet | PppkRuleSet;
      // Started with "use existing": a retry after a crash between the two writes starts it exactly once.
      await client.workflow.start('recruitmentApplication', {
        taskQueue: deps.taskQueue,
        workflowId,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        args: [
          {
            applicationId,
            cycleCode: code,
            cycleTitle: cycle.title,
            kind: cycle.kind as 'CPNS' | 'PPPK',
            formation: { code: formation.code, title: formation.title, type: formation.type },
            candidate: { name: body.name, email: body.email, language: body.language },
            windows: rules.windows,
            withdrawalBanBudgetYears: rules.withdrawalBanBudgetYears,
            hr: deps.hr,
          },
        ],
      });
      // A token only for a new application: a repeated NIK must not hand anyone access to its owner's file
      // (the owner already has the link by email).
      if (!created) return { applicationId, created };
      const accessToken = await deps.auth.sign(
        { sub: applicationId, role: 'candidate', app: applicationId },
        '180d',
      );
      return { applicationId, accessToken, created };
    },
  };
  return commands;
}
