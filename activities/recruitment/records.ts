// What an application's workflow records in its read model, one named activity per kind of change, each
// writing only the fields the workflow owns (db/application-writers.ts) under its step sequence, so that a
// retried or late write never moves the record backwards. The cycle's record: its phase and its open
// appeal windows, under the cycle workflow's sequence.
import type { Models } from '../../db/connection';
import type { AuditTrail } from '../../db/audit-trail';
import type { AuditCheckpoint } from '../../domain/audit-checkpoint';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import type { FieldCrypto } from '../../runtime/field-crypto';
import {
  discardUnconfirmed,
  insertApplication,
  raiseTokenVersion,
  writeApplication,
} from '../../db/application-writers';
import { writeIfNewer } from '../../db/write-if-newer';
import { assignRegistrationNumber } from '../../db/registration-numbers';
import type { ExplanationRecord } from '../../domain/recruitment/explanation-facts';
import type { AnnouncementStage, ApplicationStatus, CyclePhase } from '../../domain/recruitment/stages';
import type { ApplicationInput } from '../../workflows/recruitment/messages';
import type {
  AppealRecord,
  DocumentsRecord,
  ScreeningRecord,
  SkdSessionRecord,
  WithdrawalRecord,
} from '../../domain/recruitment/views';

interface Write {
  applicationId: string;
  seq: number;
}

export function createRecordActivities({
  models,
  fields,
  audit,
  clock,
}: {
  models: Models;
  fields: FieldCrypto;
  audit: AuditTrail;
  clock: () => Date;
}) {
  const write = (w: Write, set: Record<string, unknown>) =>
    writeApplication(models, 'application', w.applicationId, w.seq, set).then(() => undefined);

  return {
    /** The intake: the application's record, from its workflow's input, written once. */
    recordApplication: ({ workflowId, input }: { workflowId: string; input: ApplicationInput }) =>
      insertApplication(models, input.applicationId, {
        cycleCode: input.cycleCode,
        workflowId,
        applicantKey: input.applicantKey,
        formationCode: input.formation.code,
        formationType: input.formation.type,
        // Sealed at rest (runtime/field-crypto.ts): nothing queries them; the commands open them to show.
        nik: fields.seal(input.applicant.nik),
        name: input.candidate.name,
        email: fields.seal(input.candidate.email),
        birthDate: input.applicant.birthDate,
        education: input.applicant.education,
        language: input.candidate.language,
      }),

    /** An application not confirmed in time: its record goes (db/application-writers.ts). */
    discardApplication: ({ applicationId }: { applicationId: string }) =>
      discardUnconfirmed(models, applicationId),

    /** A new version of the candidate's personal links: every link of an earlier version stops working. */
    raiseTokenVersion: ({ applicationId, from }: { applicationId: string; from: number }) =>
      raiseTokenVersion(models, applicationId, from),

    /**
     * The confirmed application's registration number (nomor peserta), given once: a retry keeps the
     * number it got (db/registration-numbers.ts).
     */
    assignRegistrationNumber: async ({
      applicationId,
      cycleCode,
    }: {
      applicationId: string;
      cycleCode: string;
    }) => ({
      registrationNumber: await assignRegistrationNumber(models, applicationId, cycleCode),
    }),

    /**
     * A move by the transition table; `skdAbsent` when the SKD announcement found no score; `explanation`
     * the facts behind the result the move tells the candidate.
     */
    recordStatus: (
      w: Write & { status: ApplicationStatus; skdAbsent?: true; explanation?: ExplanationRecord },
    ) =>
      write(w, {
        status: w.status,
        ...(w.skdAbsent ? { skdAbsent: true } : {}),
        ...(w.explanation ? { [`explanations.${w.explanation.stage}`]: w.explanation.facts } : {}),
      }),

    /** The facts behind a result told to the candidate without a move (the final result's announcement). */
    recordExplanation: (w: Write & { explanation: ExplanationRecord }) =>
      write(w, { [`explanations.${w.explanation.stage}`]: w.explanation.facts }),

    recordScreening: (w: Write & { status: ApplicationStatus; screening: ScreeningRecord }) =>
      write(w, { status: w.status, screening: w.screening }),

    recordSkdSession: (w: Write & { skdSession: SkdSessionRecord }) => write(w, { skdSession: w.skdSession }),

    recordAppeal: (w: Write & { stage: AnnouncementStage; appeal: AppealRecord }) =>
      write(w, { [`appeals.${w.stage}`]: w.appeal }),

    /** When a window the candidate can act in closes (`appeal-<stage>`, `documents`). */
    recordDeadline: (w: Write & { deadline: `appeal-${AnnouncementStage}` | 'documents'; at: string }) =>
      write(w, { [`deadlines.${w.deadline}`]: w.at }),

    recordDocuments: (
      w: Write & { status: ApplicationStatus; documents: DocumentsRecord['submitted']; at: string },
    ) => write(w, { status: w.status, documents: { submitted: w.documents, at: w.at } }),

    recordDocumentsVerification: (
      w: Write & { status: ApplicationStatus; verification: NonNullable<DocumentsRecord['verification']> },
    ) => write(w, { status: w.status, 'documents.verification': w.verification }),

    recordWithdrawal: (w: Write & { status: ApplicationStatus; withdrawal: WithdrawalRecord }) =>
      write(w, { status: w.status, withdrawal: w.withdrawal }),

    /**
     * The cycle's phase (and when it closed, from which retention counts), and the audit trail's signed
     * checkpoint of this phase for HR's summary (once per phase: a retry gets the same one).
     */
    async recordCyclePhase(input: {
      code: string;
      seq: number;
      phase: CyclePhase;
    }): Promise<{ checkpoint: AuditCheckpoint }> {
      const at = clock();
      await writeIfNewer(
        models.cycles as never,
        input.code,
        input.seq,
        { phase: input.phase, ...(input.phase === 'closed' ? { closedAt: at } : {}) },
        { insert: false },
      );
      const checkpoint = await audit.checkpoint({
        workflowId: cycleWorkflowId(input.code),
        phase: input.phase,
        at,
      });
      return { checkpoint };
    },

    async recordAppealWindow(input: {
      code: string;
      seq: number;
      stage: AnnouncementStage;
      closesAt: string;
    }): Promise<void> {
      await writeIfNewer(
        models.cycles as never,
        input.code,
        input.seq,
        { [`appealWindows.${input.stage}`]: input.closesAt },
        { insert: false },
      );
    },
  };
}
