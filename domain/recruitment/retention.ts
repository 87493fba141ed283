// How long the personal data of a closed cycle's unsuccessful candidates is kept, who they are, and what
// erasing or pseudonymising leaves of their application (UU 27/2022 Pasal 43: personal data is erased once
// its purpose is spent). What statistics need stays: formation, status, scores, ranks, appeals' outcomes.
import { z } from 'zod';
import { durationMs, type DurationBounds } from '../time';
import { boundedText, textLimits } from '../text';
import type { ApplicationStatus } from './stages';

/**
 * Two years after the cycle closed [C]: the archive schedules of Indonesian agencies (JRA under UU 43/2009
 * and Peraturan ANRI 22/2017 for personnel records) keep the files of applicants who were not appointed
 * for about a year active and a year inactive before they are destroyed, and two years also outlasts every
 * challenge of a result (a sanggah is days; a lawsuit at the PTUN must come within 90 days of the decision,
 * UU 5/1986 Pasal 55). A city may set its own JRA's period.
 */
export const defaultRecruitmentRetention = 'P730D';

/** From a second (tests) to ten years. */
export const recruitmentRetentionBounds: DurationBounds = {
  min: 'PT1S',
  max: 'P3650D',
  why: 'two years by the archive schedules; from a second to ten years',
};

export const retentionModes = ['erase', 'pseudonymise'] as const;
export type RetentionMode = (typeof retentionModes)[number];

export const retentionRequestSchema = z.strictObject({
  mode: z
    .enum(retentionModes)
    .describe(
      'erase: the personal fields are removed; pseudonymise: the name becomes a pseudonym, the birth date its year, the rest removed',
    ),
  reason: boundedText('reason', textLimits.reason),
});
export type RetentionRequest = z.infer<typeof retentionRequestSchema>;

/**
 * Who keeps their data: the appointed. Everyone else of a closed cycle (not eligible, not passed, not
 * advanced, optimalisasi never called, withdrawn, failed documents) did not succeed.
 */
export const keptStatuses: readonly ApplicationStatus[] = ['appointed'];
export const isUnsuccessful = (status: ApplicationStatus): boolean => !keptStatuses.includes(status);

/** When a cycle closed at `closedAt` may have its retention run. */
export function retentionDueAt(closedAt: Date, retention: string): Date {
  return new Date(closedAt.getTime() + durationMs(retention));
}

/** A stable pseudonym for an application: its id names it already, so the pseudonym reveals nothing more. */
export const pseudonymOf = (applicationId: string) => `Pelamar ${applicationId}`;

/** An application record as retention reads it. */
export interface RetainedFields {
  _id: string;
  birthDate?: string | null;
  appeals?: Record<string, { reason?: unknown; decision?: unknown } | null | undefined> | null;
  withdrawal?: unknown;
  documents?: { verification?: unknown } | null;
  screening?: unknown;
}

/**
 * What retention changes in an application record: `$set` and `$unset` of a MongoDB update. The NIK, the
 * email and the free texts the candidate or staff wrote about them (appeal reasons and answers, the
 * withdrawal's reason, document references, the screening's reason) are emptied in both modes (the fields
 * stay, so every reader keeps its shape); the name becomes a pseudonym or nothing, the birth date its year
 * or nothing; erasing also drops the education. Outcomes, scores and ranks stay.
 */
export function retainedApplication(
  mode: RetentionMode,
  app: RetainedFields,
  at: string,
): { $set: Record<string, unknown>; $unset: Record<string, 1> } {
  const pseudonymise = mode === 'pseudonymise';
  const $set: Record<string, unknown> = {
    retention: { mode, at },
    nik: '',
    email: '',
    name: pseudonymise ? pseudonymOf(app._id) : '',
    birthDate: pseudonymise ? (app.birthDate ?? '').slice(0, 4) : '',
  };
  const $unset: Record<string, 1> = pseudonymise ? {} : { education: 1 };
  for (const [stage, appeal] of Object.entries(app.appeals ?? {})) {
    if (!appeal) continue;
    $set[`appeals.${stage}.reason`] = '';
    if (appeal.decision) $set[`appeals.${stage}.decision.reason`] = '';
  }
  if (app.withdrawal) $set['withdrawal.reason'] = '';
  if (app.documents) $set['documents.submitted'] = [];
  if (app.documents?.verification) $set['documents.verification.reason'] = '';
  if (app.screening) $set['screening.reason'] = '';
  return { $set, $unset };
}
