// The candidates' documents over HTTP on the real engine (API, Temporal dev server, FerretDB): records of a
// cycle in its document stage written through the real writers, a passer uploading each kind as the raw
// body, the refusals (an executable renamed .pdf, a file over its limit, an unknown kind, a closed window,
// another candidate's application, HR uploading), the same bytes again and a replacement, HR listing and
// downloading, the bytes at rest in GridFS sealed, subject access listing the files, and a submission
// refused while a required kind is missing or a reference is stale. (The accepted submission, which needs
// the application's workflow, is in tests/e2e/candidate-documents.test.ts.)
import { insertApplication, writeApplication } from '../../db/application-writers';
import { upsertCycleRecord } from '../../db/cycle-record';
import { documentKinds } from '../../domain/recruitment/documents';
import { pppk2024 } from '../../domain/recruitment/rule-sets';
import { applicationWorkflowId } from '../../domain/workflow-ids';
import type { CycleInput } from '../../workflows/recruitment/messages';
import { createApiClient, type ApiClient } from '../../api/client';
import { testFields } from '../support/crypto';
import {
  minimalPdf,
  paddedJpeg,
  sha256,
  smallJpeg,
  uploadOverApi,
  windowsExecutable,
} from '../support/documents';
import { auth, startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';

const CODE = 'DOC-PPPK';
let engine: TestEngine;
let hr: ApiClient;
const candidateToken = (id: string) => auth.sign({ sub: id, role: 'candidate', app: id });
const candidateClient = async (id: string) =>
  createApiClient({ baseUrl: engine.baseUrl, token: await candidateToken(id) });

const cycle: CycleInput = {
  code: CODE,
  kind: 'PPPK',
  title: 'Seleksi PPPK Dokumen',
  budgetYear: 2026,
  hr: { email: 'hr@test.kupangkota.go.id', headEmail: 'head@test.kupangkota.go.id' },
  formations: [{ code: 'GM', title: 'Guru Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 2 }],
  schedule: { registrationOpensAt: '2026-01-01T00:00:00Z', registrationClosesAt: '2026-01-21T00:00:00Z' },
  rules: pppk2024,
  overrides: [],
  createdBy: { sub: 'hr-1', role: 'hr' },
};

const idOf = (n: number) => {
  const key = `${n}`.padStart(2, '0').repeat(32);
  return { id: `${CODE}-${key.slice(0, 20)}`, key };
};
const passer = idOf(1);
const other = idOf(2);
const notYet = idOf(3);

async function application(p: { id: string; key: string }, status: string, documentsDue?: string) {
  await insertApplication(engine.db.models, p.id, {
    cycleCode: CODE,
    workflowId: applicationWorkflowId(CODE, p.key),
    applicantKey: p.key,
    formationCode: 'GM',
    formationType: 'umum',
    nik: testFields.seal('5371014501960001'),
    name: 'Maria Ndun',
    email: testFields.seal('maria@pelamar.test'),
    birthDate: '1996-01-05',
    education: { level: 'S1', major: 'Matematika', gpa: 3.5 },
    language: 'id',
  });
  await writeApplication(engine.db.models, 'application', p.id, 1, {
    status,
    ...(documentsDue ? { 'deadlines.documents': documentsDue } : {}),
  });
}

beforeAll(async () => {
  engine = await startTestEngine('documents');
  hr = createApiClient({ baseUrl: engine.baseUrl, token: await staffToken({ role: 'hr', sub: 'hr-1' }) });
  await upsertCycleRecord(engine.db.models, cycle);
  const due = new Date(Date.now() + 3_600_000).toISOString();
  await application(passer, 'passed', due);
  await application(other, 'replaced-in', due);
  await application(notYet, 'optimalisasi');
});
afterAll(() => engine?.stop());

const path = (id: string, kind: string) => ({ params: { path: { id, kind } } }) as never;
const filesOf = (id: string) =>
  engine.db.models.documentFiles.find({ filename: { $gte: `${id}/`, $lt: `${id}0` } }).lean();

describe('a candidate’s documents', () => {
  const pdf = minimalPdf('Ijazah S1 Matematika');

  it('are uploaded as the raw body, sealed in GridFS, and the same bytes again change nothing', async () => {
    const me = await candidateClient(passer.id);
    const first = await uploadOverApi(me, passer.id, 'ijazah', {
      bytes: pdf,
      contentType: 'application/pdf',
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({
      kind: 'ijazah',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      unchanged: false,
    });
    const again = await uploadOverApi(me, passer.id, 'ijazah', {
      bytes: pdf,
      contentType: 'application/pdf',
    });
    expect(again.data).toMatchObject({ reference: first.data!.reference, unchanged: true });

    const files = await filesOf(passer.id);
    expect(files).toHaveLength(1);
    expect(files[0]!.metadata).toMatchObject({ kind: 'ijazah', size: pdf.length, keyId: expect.any(String) });
    const chunks = await engine.db.models.documentChunks.find({ files_id: files[0]!._id }).lean();
    const atRest = Buffer.concat(chunks.sort((a, b) => a.n - b.n).map((c) => Buffer.from(c.data.buffer)));
    expect(atRest.length).toBe(pdf.length + 28); // iv and tag around the ciphertext
    expect(atRest.includes(Buffer.from('%PDF'))).toBe(false);
    expect(atRest.includes(Buffer.from('Ijazah S1 Matematika'))).toBe(false);
    expect(testFields.openBytes(files[0]!.metadata!.keyId!, atRest).equals(pdf)).toBe(true);

    const audited = await engine.db.models.audit.find({ action: 'application.document-uploaded' }).lean();
    expect(audited).toHaveLength(1);
  });

  it('replace the file of a kind with other bytes, the older one deleted', async () => {
    const me = await candidateClient(passer.id);
    const photo = await uploadOverApi(me, passer.id, 'pas-foto', {
      bytes: smallJpeg,
      contentType: 'image/jpeg',
    });
    expect(photo.data).toMatchObject({ contentType: 'image/jpeg', size: smallJpeg.length });
    const bigger = paddedJpeg(150_000);
    const replaced = await uploadOverApi(me, passer.id, 'pas-foto', {
      bytes: bigger,
      contentType: 'image/jpeg',
    });
    expect(replaced.data).toMatchObject({ size: 150_000, unchanged: false });
    expect(replaced.data!.reference).not.toBe(photo.data!.reference);
    const photos = (await filesOf(passer.id)).filter((f) => f.metadata!.kind === 'pas-foto');
    expect(photos.map((f) => f._id.toHexString())).toEqual([replaced.data!.reference]);
    const orphans = await engine.db.models.documentChunks.countDocuments({ files_id: photos[0]!._id });
    expect(orphans).toBeGreaterThan(0);
  });

  it('refuse an executable renamed .pdf, an oversized photo and an unknown kind, storing nothing', async () => {
    const me = await candidateClient(passer.id);
    const before = await filesOf(passer.id);
    const exe = await uploadOverApi(me, passer.id, 'skck', {
      bytes: windowsExecutable(),
      contentType: 'application/pdf',
    });
    expect(exe.response.status).toBe(415);
    expect(exe.error).toMatchObject({
      errors: [
        { path: 'body', message: 'by its bytes the file is application/x-msdownload; it must be PDF' },
      ],
    });
    const big = await uploadOverApi(me, passer.id, 'pas-foto', {
      bytes: paddedJpeg(204_801),
      contentType: 'image/jpeg',
    });
    expect(big.response.status).toBe(413);
    expect(big.error).toMatchObject({ errors: [{ path: 'body' }] });
    const overAll = await uploadOverApi(me, passer.id, 'ijazah', {
      bytes: minimalPdf('x', 2_200_000),
      contentType: 'application/pdf',
    });
    expect(overAll.response.status).toBe(413);
    const unknown = await fetch(
      `${engine.baseUrl}/api/v1/recruitment/applications/${passer.id}/documents/ktp/file`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await candidateToken(passer.id)}`,
          'content-type': 'application/pdf',
        },
        body: new Uint8Array(pdf),
      },
    );
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('params.kind');
    const asText = await fetch(
      `${engine.baseUrl}/api/v1/recruitment/applications/${passer.id}/documents/ijazah/file`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await candidateToken(passer.id)}`,
          'content-type': 'text/plain',
        },
        body: 'hello',
      },
    );
    expect(asText.status).toBe(415);
    expect(await filesOf(passer.id)).toEqual(before);
  });

  it('are refused outside the window, on another candidate’s application, and to HR', async () => {
    const closed = await uploadOverApi(await candidateClient(notYet.id), notYet.id, 'ijazah', {
      bytes: pdf,
      contentType: 'application/pdf',
    });
    expect(closed.response.status).toBe(409);
    const foreign = await uploadOverApi(await candidateClient(other.id), passer.id, 'ijazah', {
      bytes: pdf,
      contentType: 'application/pdf',
    });
    expect(foreign.response.status).toBe(403);
    const byHr = await uploadOverApi(hr, passer.id, 'ijazah', { bytes: pdf, contentType: 'application/pdf' });
    expect(byHr.response.status).toBe(403);
    expect(await filesOf(notYet.id)).toEqual([]);
    const read = await (
      await candidateClient(other.id)
    ).GET('/api/v1/recruitment/applications/{id}/documents', {
      params: { path: { id: passer.id } },
    });
    expect(read.response.status).toBe(403);
  });

  it('are listed and downloaded by HR and by their candidate, as attachments', async () => {
    const list = await hr.GET('/api/v1/recruitment/applications/{id}/documents', {
      params: { path: { id: passer.id } },
    });
    expect(list.data!.windowOpen).toBe(true);
    expect(list.data!.documents.map((d) => d.kind)).toEqual([...documentKinds]);
    expect(list.data!.documents.find((d) => d.kind === 'ijazah')).toMatchObject({
      accepts: ['application/pdf'],
      maxBytes: 1_048_576,
      required: true,
      file: { size: pdf.length, sha256: sha256(pdf) },
    });
    expect(list.data!.documents.find((d) => d.kind === 'skck')!.file).toBeNull();
    for (const token of [await staffToken({ role: 'hr', sub: 'hr-1' }), await candidateToken(passer.id)]) {
      const res = await fetch(
        `${engine.baseUrl}/api/v1/recruitment/applications/${passer.id}/documents/ijazah/file`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="ijazah.pdf"');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    }
    const missing = await hr.GET(
      '/api/v1/recruitment/applications/{id}/documents/{kind}/file',
      path(passer.id, 'skck'),
    );
    expect(missing.response.status).toBe(404);
    const access = await hr.GET('/api/v1/recruitment/applications/{id}/personal-data', {
      params: { path: { id: passer.id } },
    });
    expect(access.data!.documents.map((d) => d.kind).sort()).toEqual(['ijazah', 'pas-foto']);
  });

  it('cannot be submitted while a required kind is missing or a reference is not the current file', async () => {
    const me = await candidateClient(passer.id);
    const list = await me.GET('/api/v1/recruitment/applications/{id}/documents', {
      params: { path: { id: passer.id } },
    });
    const uploaded = list
      .data!.documents.filter((d) => d.file)
      .map((d) => ({ kind: d.kind, reference: d.file!.reference }));
    const incomplete = await me.POST('/api/v1/recruitment/applications/{id}/documents', {
      params: { path: { id: passer.id } },
      body: { documents: uploaded },
    });
    expect(incomplete.response.status).toBe(409);
    expect(incomplete.error!.errors!.map((e) => e.message)).toEqual(
      ['transkrip', 'surat-sehat', 'bebas-narkotika', 'skck', 'surat-pernyataan'].map(
        (k) => `${k} is required: upload it first`,
      ),
    );
    const stale = await me.POST('/api/v1/recruitment/applications/{id}/documents', {
      params: { path: { id: passer.id } },
      body: { documents: [{ kind: 'ijazah', reference: '0'.repeat(24) }] },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error!.errors![0]).toEqual({
      path: 'body.documents.0.reference',
      message: 'this is not the ijazah uploaded now; reload and submit what is uploaded',
    });
  });
});
