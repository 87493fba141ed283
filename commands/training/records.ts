// An employee's records of development: entering one (the employee for themselves, or HR for them; the
// same entry twice is the same record), which opens its verification in the employee's year workflow
// (`development/<year>/<nip>`, started on the first entry); the certificate (a PDF or image, its type
// sniffed from its bytes, bounded in size, sealed at rest in the documents bucket); reading them; and
// the verification by the superior or HR, which is the workflow's Update (the task inbox calls the same).
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { documentStore } from '../../db/document-store';
import type { TrainingRecordDoc } from '../../db/models/training';
import type { Principal } from '../../domain/actor';
import { minutesToJp } from '../../domain/training/jp';
import type { TrainingRecordInput } from '../../domain/training/schemas';
import { dateInWita } from '../../domain/time';
import { developmentWorkflowId } from '../../domain/workflow-ids';
import { sniffContentType } from '../../runtime/content-type';
import { submitRecord, type EmployeeDevelopmentInput } from '../../workflows/training/messages';
import { badRequest, conflict, forbidden, notFound, Problem } from '../errors';
import { viaUpdate } from '../updates';
import { requireEmployeeAccess } from './access';
import type { TrainingDeps } from './deps';
import { verificationCommands } from './verification';
import { yearSetting } from './year-config';

/** A certificate is a PDF or an image, at most 2 MB. */
export const certificateTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const CERTIFICATE_MAX_BYTES = 2 * 1024 * 1024;

/** The record's id: the same employee, kind, title, provider and dates are the same record. */
export function recordIdOf(
  nip: string,
  r: Pick<TrainingRecordInput, 'kind' | 'title' | 'provider' | 'startDate' | 'endDate'>,
) {
  const key = [nip, r.kind, r.title.toLowerCase(), r.provider.toLowerCase(), r.startDate, r.endDate].join(
    '\u0000',
  );
  return `r_${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

export function recordView(r: TrainingRecordDoc & { _id: string }) {
  return {
    id: r._id,
    year: r.year,
    nip: r.nip,
    unitCode: r.unitCode,
    kind: r.kind,
    title: r.title,
    provider: r.provider,
    startDate: r.startDate,
    endDate: r.endDate,
    jp: r.jp,
    source: r.source,
    programmeCode: r.programmeCode ?? null,
    status: r.status,
    decidedBy: r.decidedBy ?? null,
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    note: r.note ?? null,
    certificate: r.certificate
      ? (({ contentType, size, sha256 }) => ({ contentType, size, sha256 }))(
          r.certificate as { contentType: string; size: number; sha256: string },
        )
      : null,
    taskId: r.taskId ?? null,
  };
}
export type TrainingRecordView = ReturnType<typeof recordView>;

const fieldProblem = (status: number, title: string, path: string, message: string) =>
  new Problem(status, title, message, [{ path, message }]);

export function recordCommands(deps: TrainingDeps) {
  const { client, models, taskQueue } = deps;
  const clock = deps.clock ?? (() => new Date());
  const store = documentStore(models);

  async function recordOrThrow(principal: Principal, id: string) {
    const r = await models.trainingRecords.findById(id).lean();
    if (!r) throw notFound('no such record');
    await requireEmployeeAccess(models, principal, r.nip);
    return r;
  }

  /** Opens the record's verification in the employee's year workflow (started if it is not running). */
  async function submit(r: { _id: string; year: number; nip: string }) {
    const { rules, entriesCloseAt } = await yearSetting(models, r.year);
    const workflowId = developmentWorkflowId(r.year, r.nip);
    const input: EmployeeDevelopmentInput = {
      year: r.year,
      nip: r.nip,
      ruleSetId: rules.id,
      entriesCloseAt,
      verification: rules.verification,
    };
    const handle = await client.workflow.start('employeeDevelopment', {
      taskQueue,
      workflowId,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [input],
    });
    return viaUpdate('the development year', () =>
      handle.executeUpdate(submitRecord, { args: [{ recordId: r._id }] }),
    );
  }

  return {
    /** Enters a record for verification; the same entry again answers the record as it stands. */
    async enterRecord(principal: Principal, input: TrainingRecordInput) {
      const nip = input.nip ?? principal.nip;
      if (!nip)
        throw badRequest('name whose record it is', [{ path: 'body.nip', message: 'required for HR' }]);
      if (principal.role !== 'hr' && nip !== principal.nip)
        throw forbidden('an employee enters only their own records');
      const employee = await requireEmployeeAccess(models, principal, nip);
      const now = clock();
      if (input.endDate > dateInWita(now))
        throw badRequest('the activity has not ended yet', [
          { path: 'body.endDate', message: 'is in the future' },
        ]);
      const year = Number(input.startDate.slice(0, 4));
      const { rules, entriesCloseAt } = await yearSetting(models, year);
      const jp = input.jp ?? minutesToJp(input.minutes!, rules);
      if (jp <= 0)
        throw badRequest('too short to count', [{ path: 'body.minutes', message: 'less than 1/100 JP' }]);
      const id = recordIdOf(nip, input);
      let record = await models.trainingRecords.findById(id).lean();
      if (!record) {
        if (now.getTime() >= Date.parse(entriesCloseAt))
          throw conflict(`the records of ${year} closed at ${entriesCloseAt}`);
        try {
          await models.trainingRecords.create([
            {
              _id: id,
              year,
              nip,
              unitCode: employee.unitCode,
              kind: input.kind,
              title: input.title,
              provider: input.provider,
              startDate: input.startDate,
              endDate: input.endDate,
              jp,
              source: 'employee',
              status: 'pending',
              enteredBy: principal.sub,
            },
          ]);
        } catch (err) {
          if ((err as { code?: number }).code !== 11000) throw err;
        }
        record = (await models.trainingRecords.findById(id).lean())!;
      }
      if (record.status === 'pending' && !record.taskId) await submit(record);
      return recordView((await models.trainingRecords.findById(id).lean())!);
    },

    async listRecords(principal: Principal, year: number, nip: string) {
      await requireEmployeeAccess(models, principal, nip);
      const rows = await models.trainingRecords.find({ year, nip }).sort({ startDate: 1, _id: 1 }).lean();
      return rows.map(recordView);
    },

    async getRecord(principal: Principal, id: string) {
      return recordView(await recordOrThrow(principal, id));
    },

    /** The certificate of the employee's own record (or HR's for them); the same bytes again change nothing. */
    async uploadCertificate(principal: Principal, id: string, bytes: Buffer) {
      const r = await recordOrThrow(principal, id);
      if (principal.role !== 'hr' && principal.nip !== r.nip)
        throw forbidden('only the employee (or HR) adds the certificate');
      if (r.status !== 'pending') throw conflict(`the record is ${r.status}; its certificate is fixed`);
      if (bytes.length === 0) throw fieldProblem(400, 'Bad Request', 'body', 'the file is empty');
      if (bytes.length > CERTIFICATE_MAX_BYTES)
        throw fieldProblem(413, 'Payload Too Large', 'body', `at most ${CERTIFICATE_MAX_BYTES} bytes`);
      const detected = await sniffContentType(bytes);
      const contentType = certificateTypes.find((t) => t === detected);
      if (!contentType)
        throw fieldProblem(
          415,
          'Unsupported Media Type',
          'body',
          `by its bytes the file is ${detected ?? 'of no known type'}; it must be PDF, JPEG or PNG`,
        );
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const current = r.certificate as { sha256: string } | null;
      if (current?.sha256 === sha256) return recordView(r);
      const sealed = deps.fields.sealBytes(bytes);
      const uploadedAt = clock();
      // The documents bucket, named under `training/<recordId>` (never an application's name).
      const fileId = await store.store(sealed.data, {
        applicationId: `training/${id}`,
        kind: 'certificate',
        contentType,
        size: bytes.length,
        sha256,
        uploadedAt,
        keyId: sealed.keyId,
      });
      const certificate = {
        reference: fileId.toHexString(),
        contentType,
        size: bytes.length,
        sha256,
        keyId: sealed.keyId,
      };
      await models.trainingRecords.updateOne({ _id: id }, { $set: { certificate } });
      await deps.audit.append({
        key: `${developmentWorkflowId(r.year, r.nip)}/certificate/${fileId.toHexString()}`,
        at: uploadedAt.toISOString(),
        actor: principal.sub,
        role: principal.role,
        action: 'training.certificate-uploaded',
        subject: developmentWorkflowId(r.year, r.nip),
        after: { recordId: id, contentType, size: bytes.length, sha256 },
      });
      return recordView((await models.trainingRecords.findById(id).lean())!);
    },

    /** The certificate's bytes and type, for whoever may see the record. */
    async readCertificate(principal: Principal, id: string) {
      const r = await recordOrThrow(principal, id);
      const c = r.certificate as { reference: string; contentType: string; keyId: string } | null;
      if (!c) throw notFound('the record has no certificate');
      const sealed = await store.read(new Types.ObjectId(c.reference));
      return { contentType: c.contentType, bytes: deps.fields.openBytes(c.keyId, sealed) };
    },

    ...verificationCommands(deps),
  };
}
export type RecordCommands = ReturnType<typeof recordCommands>;
