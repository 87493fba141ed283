// Who writes which field of an application record. Each field has exactly one writer, and each writer
// keeps its own sequence guard, so that no write can undo another writer's and no late retry can undo a
// newer write of its own:
// - intake (the application workflow's first step, for the apply command) creates the record: the
//   applicant's own data and the first status, once;
// - the application's workflow: where it stands and what happened to it, guarded by its step sequence;
// - the cycle's uploaded results (screening aside, which is a decision the workflow records), guarded by
//   the batch's place in the cycle's order of batches;
// - the rankings: ranks and the final outcome, guarded by the ranking's revision;
// - the vacancy offer: whose vacancy an optimalisasi candidate was offered, written once by its claim;
// - the numbering: the registration number given at confirmation, written once (db/registration-numbers.ts);
// - retention, the one writer that touches other writers' fields: once the cycle has closed (every other
//   writer has stopped), it empties the personal ones (domain/recruitment/retention.ts) and marks the
//   record with its own field.
import type { Models } from './connection';
import { writeIfNewer } from './write-if-newer';

export const applicationWriters = {
  intake: {
    guard: null,
    fields: [
      'cycleCode',
      'workflowId',
      'applicantKey',
      'formationCode',
      'formationType',
      'nik',
      'name',
      'email',
      'birthDate',
      'education',
      'language',
    ],
  },
  application: {
    guard: 'seq',
    fields: [
      'status',
      'screening',
      'skdSession',
      'skdAbsent',
      'explanations',
      'appeals',
      'deadlines',
      'documents',
      'withdrawal',
    ],
  },
  results: { guard: 'resultsSeq', fields: ['skd', 'skb', 'competency', 'final.score'] },
  ranking: { guard: 'rankSeq', fields: ['skdRank', 'final.rank', 'final.outcome'] },
  offer: { guard: null, fields: ['replacementOf'] },
  numbering: { guard: null, fields: ['registrationNumber'] },
  links: { guard: null, fields: ['tokenVersion'] },
  retention: { guard: null, fields: ['retention'] },
} as const;

export type ApplicationWriter = keyof typeof applicationWriters;
type IntakeField = (typeof applicationWriters.intake.fields)[number];
type GuardedWriter = 'application' | 'results' | 'ranking';

/** The writer that owns a `$set` path (`appeals.skd` belongs to whoever owns `appeals`). */
export function ownerOf(path: string): ApplicationWriter | undefined {
  for (const [writer, { fields }] of Object.entries(applicationWriters)) {
    if ((fields as readonly string[]).some((f) => path === f || path.startsWith(`${f}.`)))
      return writer as ApplicationWriter;
  }
  return undefined;
}

/**
 * The intake's one write: the record with the applicant's data, at the first status and sequence that the
 * workflow moves on from. Inserted once: a retry finds the record and changes nothing.
 */
export async function insertApplication(
  models: Models,
  applicationId: string,
  fields: Record<IntakeField, unknown>,
): Promise<void> {
  await models.applications.updateOne(
    { _id: applicationId },
    { $setOnInsert: { ...fields, status: 'unconfirmed', seq: 0, tokenVersion: 0 } },
    { upsert: true },
  );
}

/**
 * A renewal of the candidate's links: the version moves from `from` to `from + 1`, once (a retry finds it
 * moved). The version it is now comes back.
 */
export async function raiseTokenVersion(
  models: Models,
  applicationId: string,
  from: number,
): Promise<number> {
  await models.applications.updateOne(
    { _id: applicationId, tokenVersion: from },
    { $set: { tokenVersion: from + 1 } },
  );
  const now = await models.applications.findById(applicationId, { tokenVersion: 1 }).lean();
  return now?.tokenVersion ?? 0;
}

/**
 * An application that was never confirmed leaves nothing behind when it expires: its record (the NIK and
 * address someone gave, perhaps not the NIK's owner) is removed, so that the NIK may apply again. Only an
 * unconfirmed record is removed, so a late retry cannot remove a confirmed one.
 */
export async function discardUnconfirmed(models: Models, applicationId: string): Promise<void> {
  await models.applications.deleteOne({ _id: applicationId, status: 'unconfirmed' });
}

/**
 * Writes fields of one application as `writer`, under its guard: refused (false) when the record already
 * holds a write of `seq` or later from the same writer. A path the writer does not own is a bug.
 */
export async function writeApplication(
  models: Models,
  writer: GuardedWriter,
  applicationId: string,
  seq: number,
  set: Record<string, unknown>,
): Promise<boolean> {
  for (const path of Object.keys(set)) {
    if (ownerOf(path) !== writer) throw new Error(`${writer} may not write ${path} of an application`);
  }
  return writeIfNewer(models.applications as never, applicationId, seq, set, {
    guard: applicationWriters[writer].guard,
    insert: false,
  });
}
