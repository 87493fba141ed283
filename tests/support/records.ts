// Records written directly, for tests of the API's gate and validation that need an application to exist
// (a candidate's token is admitted only for one) but not its process.
import type { Database } from '../../db/connection';

/** Application records with the given ids, registered, their personal fields placeholders. */
export async function storedApplications(db: Database, ids: string[]): Promise<void> {
  await db.models.applications.create(
    ids.map((id, i) => ({
      _id: id,
      cycleCode: id.split('-').slice(0, -1).join('-') || 'TEST',
      workflowId: `application/TEST/${id}`,
      applicantKey: `key-${id}`,
      formationCode: 'PK',
      formationType: 'umum',
      nik: 'sealed',
      name: `Kandidat ${i + 1}`,
      email: 'sealed',
      birthDate: '1996-05-17',
      language: 'id',
      status: 'registered',
    })),
  );
}
