// The candidate pages' use cases: the status page's data (the application as getApplication gives it, its
// cycle's title and budget year, the explanation of each result told, the rankings announced, the emails
// sent), and "send my link again", which renews the links of
// the applications that match a NIK, birth date and registered email through the one renewal command.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Principal } from '../../domain/actor';
import type { LinkRecoveryInput } from '../../domain/recruitment/schemas';
import { Problem } from '../errors';
import { applicationCommands } from './applications';
import { applicantKeyOf, openField, records, type RecruitmentDeps } from './context';
import { emailsTo } from './personal-data';
import type { ExplanationFacts } from '../../domain/recruitment/explanation-facts';
import { resultExplanations } from '../../domain/recruitment/explanations';
import type { CycleKind } from '../../domain/recruitment/rule-sets';
import type { CyclePhase } from '../../domain/recruitment/stages';
import { rankingAnnounced, rankingStages } from '../../domain/recruitment/views';

/** Why a recovery renewed the links (kept in the application's audit trail). */
export const RECOVERY_REASON = 'the candidate asked for their link again (NIK, birth date and email matched)';

/** Compares two texts in constant time (their hashes), so a probe learns nothing from the timing. */
const sameText = (a: string, b: string) =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

export function candidatePortalCommands(deps: RecruitmentDeps) {
  const applications = applicationCommands(deps);
  const { applicationOrThrow } = records(deps);

  return {
    /** What the candidate's status page shows (the candidate sees only their own, as getApplication). */
    async candidateStatus(principal: Principal, id: string) {
      const application = await applications.getApplication(principal, id);
      const stored = await applicationOrThrow(id);
      const [cycle, emails] = await Promise.all([
        deps.models.cycles
          .findById(application.cycleCode, {
            title: 1,
            kind: 1,
            phase: 1,
            budgetYear: 1,
            'rules.withdrawalBanBudgetYears': 1,
          })
          .lean(),
        emailsTo(deps, stored.workflowId),
      ]);
      const rules = cycle?.rules as { withdrawalBanBudgetYears?: number } | undefined;
      const phase = (cycle?.phase ?? 'announced') as CyclePhase;
      const kind = (cycle?.kind ?? 'CPNS') as CycleKind;
      return {
        application,
        cycle: {
          title: cycle?.title ?? application.cycleCode,
          budgetYear: cycle?.budgetYear ?? 0,
          withdrawalBanBudgetYears: rules?.withdrawalBanBudgetYears ?? 0,
        },
        // Why each result told so far came out as it did, from the facts recorded when it was told.
        explanations: resultExplanations({
          kind,
          screening: application.screening,
          administrationAnnounced: application.deadlines['appeal-administration'] !== undefined,
          facts: (stored.explanations ?? {}) as ExplanationFacts,
        }),
        /** The formation's public rankings told so far (the page links to them). */
        rankings: rankingStages(kind).filter((stage) => rankingAnnounced(stage, phase)),
        emails: emails.map((m) => ({
          subject: m.subject,
          status: m.status,
          sentAt: m.sentAt?.toISOString() ?? null,
          createdAt: m.createdAt?.toISOString() ?? null,
        })),
      };
    },

    /**
     * Renews the links of every application of this NIK whose birth date and registered email match, so
     * a fresh link goes to the registered address and the earlier ones stop working. Answers only how
     * many were renewed, for the caller's log: the page answers the same whatever happened.
     */
    async recoverLinks(input: LinkRecoveryInput): Promise<{ renewed: number }> {
      const candidates = await deps.models.applications
        .find(
          { applicantKey: applicantKeyOf(input.nik, deps.applicantKeySecret) },
          { birthDate: 1, email: 1 },
        )
        .lean();
      const email = input.email.trim().toLowerCase();
      let renewed = 0;
      for (const app of candidates) {
        const registered = openField(deps.fields, app.email).trim().toLowerCase();
        if (!registered || app.birthDate !== input.birthDate || !sameText(registered, email)) continue;
        const self: Principal = { sub: app._id, role: 'candidate', app: app._id };
        try {
          await applications.renewLinks(self, app._id, RECOVERY_REASON);
          renewed += 1;
        } catch (err) {
          // A cycle whose links stopped working, an application gone: nothing to send for it.
          if (!(err instanceof Problem)) throw err;
        }
      }
      return { renewed };
    },
  };
}
