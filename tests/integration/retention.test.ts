// Subject access and retention over HTTP on the real engine (API, worker, Temporal dev server, FerretDB): a
// closed cycle's records written through the real writers (intake, workflow records, tasks, audit, bans;
// outbox rows as the email activity stores them), a candidate downloading everything held on them, and HR
// pseudonymising then erasing the unsuccessful candidates' personal data, with the chain still verifying.
import type { Server } from 'node:http';
import { createApp } from '../../api/app';
import { insertApplication, writeApplication } from '../../db/application-writers';
import { upsertCycleRecord } from '../../db/cycle-record';
import { documentStore } from '../../db/document-store';
import { cpns2024 } from '../../domain/recruitment/rule-sets';
import { applicationWorkflowId, cycleWorkflowId } from '../../domain/workflow-ids';
import type { CycleInput } from '../../workflows/recruitment/messages';
import { realActivities, testSettings } from '../support/activities';
import { testFields } from '../support/crypto';
import { auth, startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';

const CODE = 'RET-CPNS';
const OPEN = 'RET-OPEN';
let engine: TestEngine;
let shortBase: string;
let shortServer: Server;
let acts: ReturnType<typeof realActivities>['activities'];
let closeMailer: () => void;

const hrToken = () => staffToken({ role: 'hr', sub: 'hr-1' });
const candidateToken = (id: string) => auth.sign({ sub: id, role: 'candidate', app: id });

const cycle = (code: string): CycleInput => ({
  code,
  kind: 'CPNS',
  title: 'Seleksi CPNS Retensi',
  budgetYear: 2026,
  hr: { email: 'hr@test.kupangkota.go.id', headEmail: 'head@test.kupangkota.go.id' },
  formations: [{ code: 'PK', title: 'Pranata Komputer', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 }],
  schedule: { registrationOpensAt: '2026-01-01T00:00:00Z', registrationClosesAt: '2026-01-21T00:00:00Z' },
  rules: cpns2024,
  overrides: [],
  createdBy: { sub: 'hr-1', role: 'hr' },
});

interface Person {
  id: string;
  key: string;
  workflowId: string;
  name: string;
  email: string;
  nik: string;
  status: string;
}
const person = (n: number, name: string, status: string, code = CODE): Person => {
  const key = `${n}`.padStart(2, '0').repeat(32);
  return {
    id: `${code}-${key.slice(0, 20)}`,
    key,
    workflowId: applicationWorkflowId(code, key),
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@pelamar.test`,
    nik: `53710145019600${`${n}`.padStart(2, '0')}`,
    status,
  };
};
const appointed = person(1, 'Maria Fernandez', 'appointed');
const notPassed = person(2, 'Yohanes Bria', 'not-passed');
const withdrawn = person(3, 'Agnes Tefa', 'withdrawn');

async function writeApplicationOf(p: Person, code = CODE) {
  await insertApplication(engine.db.models, p.id, {
    cycleCode: code,
    workflowId: p.workflowId,
    applicantKey: p.key,
    formationCode: 'PK',
    formationType: 'umum',
    nik: testFields.seal(p.nik),
    name: p.name,
    email: testFields.seal(p.email),
    birthDate: '1996-01-05',
    education: { level: 'S1', major: 'Informatika', gpa: 3.61 },
    language: 'id',
  });
  await writeApplication(engine.db.models, 'application', p.id, 1, {
    status: p.status,
    screening: { decision: 'MS', reason: `berkas ${p.name} lengkap` },
    'appeals.final': {
      reason: `Nilai SKB saya, ${p.name}, belum lengkap`,
      at: '2026-06-01T00:00:00Z',
      answerBy: '2026-06-08T00:00:00Z',
      status: 'rejected',
      decision: { reason: 'nilai sudah sesuai', at: '2026-06-02T00:00:00Z', actor: 'hr-1' },
    },
    ...(p.status === 'withdrawn'
      ? {
          withdrawal: {
            reason: 'Diterima bekerja di tempat lain',
            at: '2026-07-01T00:00:00Z',
            afterPassing: true,
            banYears: [2027, 2028],
          },
        }
      : {}),
  });
  await engine.db.models.outbox.create([
    {
      _id: `${p.workflowId}/received`,
      template: 'applicationReceived',
      language: 'id',
      to: testFields.seal(p.email),
      subject: testFields.seal('Lamaran diterima'),
      text: testFields.seal(`Yth. Saudara/Saudari ${p.name}, lamaran Anda diterima.`),
      html: testFields.seal(`<p>Yth. Saudara/Saudari ${p.name},</p>`),
      status: 'sent',
      sentAt: new Date('2026-01-10T00:00:00Z'),
    },
    {
      _id: `${p.workflowId}/appeal-final/reminder`,
      template: 'appealAnswerReminder',
      language: 'id',
      to: testFields.seal(testSettings.hrEmail),
      subject: testFields.seal(`Sanggah ${p.name} menunggu jawaban`),
      text: testFields.seal(`Sanggah ${p.name} menunggu jawaban.`),
      html: testFields.seal(`<p>Sanggah ${p.name}</p>`),
      status: 'sent',
    },
  ]);
  await acts.saveTask({
    taskId: `t_${p.id}`,
    seq: 1,
    process: 'recruitment',
    type: 'documents',
    workflowId: p.workflowId,
    stepKey: 'documents',
    dueAt: '2026-07-10T00:00:00Z',
    assignee: { kind: 'candidate', nip: null, name: p.name, email: p.email },
    subjectName: `${p.name} (Pranata Komputer)`,
    applicationId: p.id,
    cycleCode: code,
  });
  await acts.recordAudit({
    key: `${p.workflowId}/appeal-final`,
    at: '2026-06-01T00:00:00Z',
    actor: p.id,
    role: 'candidate',
    action: 'application.appealed',
    subject: p.workflowId,
    reason: `Nilai SKB saya, ${p.name}, belum lengkap`,
    after: { email: p.email },
  });
}

async function call(method: string, path: string, token: string, body?: unknown, base = engine.baseUrl) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers of several operations, read as JSON
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}
const R = '/api/v1/recruitment';

beforeAll(async () => {
  engine = await startTestEngine('retention');
  const real = realActivities(engine.db, engine.env);
  acts = real.activities;
  closeMailer = () => real.mailer.close();
  // The same API with a retention period of a second.
  shortServer = createApp({
    ...engine.deps,
    config: { ...engine.deps.config, recruitmentRetention: 'PT1S' },
  }).app.listen(0);
  await new Promise((r) => shortServer.once('listening', r));
  shortBase = `http://127.0.0.1:${(shortServer.address() as { port: number }).port}`;

  await upsertCycleRecord(engine.db.models, cycle(CODE));
  await upsertCycleRecord(engine.db.models, cycle(OPEN));
  for (const p of [appointed, notPassed, withdrawn]) {
    await writeApplicationOf(p);
    // An uploaded document of each (sealed, as the upload command stores it).
    const { keyId, data } = testFields.sealBytes(Buffer.from(`%PDF-1.4 ijazah ${p.name}`));
    await documentStore(engine.db.models).store(data, {
      applicationId: p.id,
      kind: 'ijazah',
      contentType: 'application/pdf',
      size: data.length - 28,
      sha256: 'f'.repeat(64),
      uploadedAt: new Date('2026-07-01T00:00:00Z'),
      keyId,
    });
  }
  await acts.recordWithdrawalBan({
    applicationId: withdrawn.id,
    years: [2027, 2028],
    reason: 'Diterima bekerja di tempat lain',
  });
  await acts.recordCyclePhase({ code: OPEN, seq: 1, phase: 'documents' });
  await acts.recordCyclePhase({ code: CODE, seq: 1, phase: 'closed' });
  await new Promise((r) => setTimeout(r, 1100)); // the second of retention passes
});
afterAll(async () => {
  await new Promise<void>((r) => {
    shortServer.close(() => r());
    shortServer.closeAllConnections();
  });
  closeMailer();
  await engine.stop();
});

describe('subject access', () => {
  it('gives a candidate everything held on them as one JSON download, and nothing of anyone else', async () => {
    const res = await call(
      'GET',
      `${R}/applications/${notPassed.id}/personal-data`,
      await candidateToken(notPassed.id),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="personal-data-${notPassed.id}.json"`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const doc = res.json;
    expect(doc.application).toMatchObject({
      applicationId: notPassed.id,
      nik: notPassed.nik,
      email: notPassed.email,
      name: notPassed.name,
      status: 'not-passed',
      appeals: { final: { reason: `Nilai SKB saya, ${notPassed.name}, belum lengkap`, status: 'rejected' } },
    });
    // The email sent to them, not HR's reminder about them.
    expect(doc.emails.map((m: { key: string; to: string }) => [m.key, m.to])).toEqual([
      [`${notPassed.workflowId}/received`, notPassed.email],
    ]);
    expect(doc.emails[0].text).toContain(notPassed.name);
    expect(doc.tasks).toEqual([expect.objectContaining({ taskId: `t_${notPassed.id}`, type: 'documents' })]);
    expect(doc.audit).toEqual([
      expect.objectContaining({
        action: 'application.appealed',
        role: 'candidate',
        reason: `Nilai SKB saya, ${notPassed.name}, belum lengkap`,
        after: { email: notPassed.email },
      }),
    ]);
    expect(JSON.stringify(doc)).not.toContain(appointed.name);
  });

  it("refuses another candidate's download", async () => {
    const res = await call(
      'GET',
      `${R}/applications/${notPassed.id}/personal-data`,
      await candidateToken(appointed.id),
    );
    expect(res.status).toBe(403);
  });
});

describe('retention of a closed cycle', () => {
  it('is refused before the retention period has passed, saying from when', async () => {
    const res = await call('POST', `${R}/cycles/${CODE}/retention`, await hrToken(), {
      mode: 'erase',
      reason: 'JRA',
    });
    expect(res.status).toBe(409);
    expect(res.json.detail).toMatch(/retention may run from 20\d\d-/);
    expect(res.json.detail).toContain('P730D');
  });

  it('is refused while the cycle is not closed, and for a bad mode', async () => {
    const open = await call(
      'POST',
      `${R}/cycles/${OPEN}/retention`,
      await hrToken(),
      { mode: 'erase', reason: 'JRA' },
      shortBase,
    );
    expect(open.status).toBe(409);
    expect(open.json.detail).toContain('phase documents');
    const bad = await call(
      'POST',
      `${R}/cycles/${CODE}/retention`,
      await hrToken(),
      { mode: 'shred', reason: 'x' },
      shortBase,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { path: string }) => e.path)).toEqual(['body.mode']);
  });

  it("pseudonymises the unsuccessful candidates' personal data once, keeping the appointed, the ban and the chain", async () => {
    const token = await hrToken();
    const first = await call(
      'POST',
      `${R}/cycles/${CODE}/retention`,
      token,
      { mode: 'pseudonymise', reason: 'Retensi JRA 2 tahun' },
      shortBase,
    );
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      cycleCode: CODE,
      mode: 'pseudonymise',
      kept: 1,
      applications: 2,
      emails: 4,
      tasks: 2,
      documents: 2,
      auditRecords: 2,
      bans: 1,
    });
    // The unsuccessful candidates' files are gone, with their chunks; the appointed one's stays.
    const files = await engine.db.models.documentFiles.find({}, { filename: 1 }).lean();
    expect(files.map((f) => f.filename)).toEqual([`${appointed.id}/ijazah`]);
    expect(await engine.db.models.documentChunks.countDocuments({})).toBe(1);
    // A repeated request is the same run.
    const again = await call(
      'POST',
      `${R}/cycles/${CODE}/retention`,
      token,
      { mode: 'pseudonymise', reason: 'lagi' },
      shortBase,
    );
    expect(again.json).toEqual(first.json);

    const m = engine.db.models;
    const stored = await m.applications.findById(notPassed.id).lean();
    expect(stored).toMatchObject({
      name: `Pelamar ${notPassed.id}`,
      nik: '',
      email: '',
      birthDate: '1996',
      education: { level: 'S1' },
      status: 'not-passed',
      screening: { decision: 'MS', reason: '' },
      appeals: { final: { reason: '', status: 'rejected', decision: { reason: '' } } },
      retention: { mode: 'pseudonymise' },
    });
    expect((await m.applications.findById(withdrawn.id).lean())!.withdrawal).toMatchObject({
      reason: '',
      afterPassing: true,
    });
    const kept = (await m.applications.findById(appointed.id).lean())!;
    expect([kept.name, testFields.open(kept.nik), kept.retention]).toEqual([
      appointed.name,
      appointed.nik,
      undefined,
    ]);

    const mail = await m.outbox.find({ _id: { $regex: `^application/${CODE}/` } }).lean();
    for (const row of mail) {
      const theirs = !row._id.startsWith(appointed.workflowId);
      expect({ id: row._id, erased: !!row.erasedAt, text: row.text === '' }).toEqual({
        id: row._id,
        erased: theirs,
        text: theirs,
      });
    }
    expect((await m.tasks.findById(`t_${notPassed.id}`).lean())!).toMatchObject({
      subjectName: `Pelamar ${notPassed.id}`,
      assigneeName: `Pelamar ${notPassed.id}`,
    });
    expect((await m.tasks.findById(`t_${appointed.id}`).lean())!.subjectName).toContain(appointed.name);
    // The ban keeps working: the applicant key and the years stay.
    expect(await m.bans.find({ cycleCode: CODE }).lean()).toEqual([
      expect.objectContaining({ applicantKey: withdrawn.key, years: [2027, 2028], reason: '' }),
    ]);

    // The audit trail: their personal parts gone, the appointed's kept, one record of the run, and the chain verifies.
    const audit = engine.deps.audit;
    expect((await audit.history(notPassed.workflowId))[0]).toMatchObject({
      action: 'application.appealed',
      reason: '',
      erased: true,
    });
    expect((await audit.history(appointed.workflowId))[0]).toMatchObject({
      erased: false,
      after: { email: appointed.email },
    });
    const runs = (await audit.history(cycleWorkflowId(CODE))).filter((r) => r.action === 'cycle.retention');
    expect(runs).toEqual([
      expect.objectContaining({
        seq: first.json.auditSeq,
        reason: 'Retensi JRA 2 tahun',
        after: expect.objectContaining({ mode: 'pseudonymise', applications: 2 }),
      }),
    ]);
    const verify = await call('GET', '/api/v1/audit/verify', token);
    expect(verify.json).toMatchObject({ ok: true, erased: 2 });
    expect(verify.json.checkpoints).toBeGreaterThanOrEqual(2); // the two phases recorded above
  });

  it('erases after pseudonymising, and the download then shows only what is left', async () => {
    const res = await call(
      'POST',
      `${R}/cycles/${CODE}/retention`,
      await hrToken(),
      { mode: 'erase', reason: 'Penghapusan' },
      shortBase,
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ mode: 'erase', applications: 2, kept: 1 });
    const stored = (await engine.db.models.applications.findById(notPassed.id).lean())!;
    expect([stored.name, stored.birthDate, stored.education, stored.retention]).toEqual([
      '',
      '',
      undefined,
      expect.objectContaining({ mode: 'erase' }),
    ]);
    const doc = (await call('GET', `${R}/applications/${notPassed.id}/personal-data`, await hrToken())).json;
    expect(doc.application).toMatchObject({ nik: '', email: '', name: '', status: 'not-passed' });
    // What is left of the emails: rows without an address or a body (HR's reminders among them, unaddressed now).
    expect(doc.emails.length).toBeGreaterThan(0);
    for (const m of doc.emails)
      expect(m).toMatchObject({ erased: true, to: '', subject: '', text: '', html: '' });
    expect(JSON.stringify(doc)).not.toContain(notPassed.name);
    expect(JSON.stringify(doc)).not.toContain(notPassed.nik);
    expect((await call('GET', '/api/v1/audit/verify', await hrToken())).json).toMatchObject({ ok: true });
  });
});
