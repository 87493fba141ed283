// What a candidate's status page shows and offers, as a pure function of their application and "now":
// the windows still open (with their deadlines), the appeals they may file, whether they may withdraw and
// what a withdrawal would cost them (the budget years barred after passing). The pages render this; the
// commands still decide (an Update's validator refuses what is not open), so a page that is a moment
// stale only offers what the command then refuses, with its reason.
import type { AnnouncementStage, ApplicationStatus } from './stages';
import { afterPassingStatuses, allowedActions, announcementStages, withdrawalBanYears } from './stages';

export interface CandidateStatusInput {
  status: ApplicationStatus;
  appeals: Partial<Record<AnnouncementStage, unknown>>;
  /** When each window the candidate can act in closes: `appeal-<stage>`, `documents` (ISO instants). */
  deadlines: Record<string, string>;
  budgetYear: number;
  withdrawalBanBudgetYears: number;
}

export interface OpenDeadline {
  kind: `appeal-${AnnouncementStage}` | 'documents';
  closesAt: string;
  msLeft: number;
}

export interface CandidateStatus {
  /** The windows open now, soonest first. */
  deadlines: OpenDeadline[];
  /** The stages whose result the candidate may appeal now (a window open, not appealed yet). */
  appealable: AnnouncementStage[];
  mayWithdraw: boolean;
  /** The budget years a withdrawal now would bar the NIK from (empty unless after passing). */
  withdrawalBans: number[];
}

const ended: readonly ApplicationStatus[] = ['withdrawn', 'expired', 'appointed'];

export function candidateStatus(app: CandidateStatusInput, now: number): CandidateStatus {
  const deadlines: OpenDeadline[] = [];
  if (!ended.includes(app.status)) {
    for (const kind of [...announcementStages.map((s) => `appeal-${s}` as const), 'documents' as const]) {
      const closesAt = app.deadlines[kind];
      const at = closesAt ? Date.parse(closesAt) : NaN;
      if (at > now) deadlines.push({ kind, closesAt: closesAt!, msLeft: at - now });
    }
  }
  deadlines.sort((a, b) => a.msLeft - b.msLeft);
  const appealable = announcementStages.filter(
    (s) => deadlines.some((d) => d.kind === `appeal-${s}`) && !app.appeals[s],
  );
  const mayWithdraw = allowedActions(app.status).includes('withdraw');
  return {
    deadlines,
    appealable,
    mayWithdraw,
    withdrawalBans:
      mayWithdraw && afterPassingStatuses.includes(app.status)
        ? withdrawalBanYears(app.budgetYear, app.withdrawalBanBudgetYears)
        : [],
  };
}
