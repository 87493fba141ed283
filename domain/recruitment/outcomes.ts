// Where a candidate of a final ranking stands now, as the ranking view shows it. The ranking gives each
// finalist an outcome (passed, optimalisasi, not passed); what happens after it changes that: a passer may
// withdraw or fail the document stage, and an optimalisasi candidate may be moved up to fill the vacancy
// (RULES.md 1.6). The view shows the current outcome, next to the one the ranking gave.
import type { ApplicationStatus } from './stages';

/** What the final ranking gives each finalist. */
export const finalOutcomes = ['passed', 'optimalisasi', 'not-passed'] as const;
export type FinalOutcome = (typeof finalOutcomes)[number];

export const currentOutcomes = [
  'passed',
  'replacement',
  'optimalisasi',
  'not-passed',
  'withdrawn',
  'failed-documents',
] as const;
export type CurrentOutcome = (typeof currentOutcomes)[number];

/**
 * The current outcome of a ranked candidate. `replacementOf` is set (by the cycle) on the candidate moved
 * up to fill a vacancy, before that candidate's own status follows, so it counts first.
 */
export function currentOutcome(app: {
  status: ApplicationStatus;
  rankedOutcome: FinalOutcome;
  replacementOf?: string | null;
}): CurrentOutcome {
  if (app.status === 'withdrawn') return 'withdrawn';
  if (app.status === 'documents-failed') return 'failed-documents';
  if (app.replacementOf || app.status === 'replaced-in') return 'replacement';
  return app.rankedOutcome;
}
