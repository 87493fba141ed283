// Competency development over HTTP on the real stack (createApp, a worker with the real activities, the
// Temporal dev server, FerretDB, the SMTP capture): a programme whose seats fill under concurrent
// enrolments and whose completions reach the 20 JP list and its export; an import refused by line, then
// applied once; an employee's entry verified by their superior through the task inbox; plan items from
// an appraisal year's finalised results; and who may see and do what (own, team, HR).
import { answer, createApiClient, must, type ApiClient } from '../../api/client';
import { tableContentTypes, writeTable } from '../../commands/files/tables';
import { planItemId } from '../../domain/training/plans';
import { startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';
import { seedOrg, type TestOrg } from '../workflows/appraisal-support/org';

jest.setTimeout(180_000);

let engine: TestEngine;
let hr: ApiClient;
let hrToken: string;
let A: TestOrg;
let B: TestOrg;
const year = new Date().getUTCFullYear();
const tag = Date.now().toString(36).toUpperCase();
const clients = new Map<string, ApiClient>();
const tokens = new Map<string, string>();

async function as(who: { nip: string }): Promise<ApiClient> {
  if (!clients.has(who.nip)) {
    const token = await staffToken({ nip: who.nip });
    tokens.set(who.nip, token);
    clients.set(who.nip, createApiClient({ baseUrl: engine.baseUrl, token }));
  }
  return clients.get(who.nip)!;
}

/** A raw body (a file) to the API, as a browser or curl sends it. */
async function send(token: string, method: string, path: string, body?: Buffer, type?: string) {
  const res = await fetch(`${engine.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) },
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

beforeAll(async () => {
  engine = await startTestEngine('training-api');
  // Three of A's staff race for a programme's two seats; the fourth enters their own record.
  A = await seedOrg(engine.db.models, `TRA${tag}`, 4);
  B = await seedOrg(engine.db.models, `TRB${tag}`, 1);
  hrToken = await staffToken({ role: 'hr', sub: 'hr-pengembangan' });
  hr = createApiClient({ baseUrl: engine.baseUrl, token: hrToken });
});
afterAll(() => engine.stop());

const progress = async (client: ApiClient, nip: string) =>
  answer(client.GET('/api/v1/training/{year}/employees/{nip}/progress', { params: { path: { year, nip } } }));

describe('a programme', () => {
  it('fills its seats under concurrent enrolments, refuses the next one, and its completions reach the 20 JP list', async () => {
    const code = `PM-${tag}`;
    const programme = {
      code,
      title: 'Manajemen Proyek Pemerintahan',
      provider: 'BPSDM Provinsi NTT',
      kind: 'course' as const,
      startDate: `${year}-03-02`,
      endDate: `${year}-03-06`,
      jp: 20,
      seats: 2,
    };
    expect((await must(201, hr.POST('/api/v1/training/programmes', { body: programme }))).created).toBe(true);
    // The same programme again is the same one; other details under its code are refused.
    expect((await must(201, hr.POST('/api/v1/training/programmes', { body: programme }))).created).toBe(
      false,
    );
    expect(
      (await answer(hr.POST('/api/v1/training/programmes', { body: { ...programme, seats: 3 } }))).status,
    ).toBe(409);

    const enrol = async (who: { nip: string }) =>
      answer(
        (await as(who)).POST('/api/v1/training/programmes/{code}/enrolments', {
          params: { path: { code } },
          body: {},
        }),
      );
    const [s1, s2, s3] = A.staff as [TestOrg['staff'][0], TestOrg['staff'][0], TestOrg['staff'][0]];
    const replies = await Promise.all([s1, s2, s3].map(enrol));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 409]);
    const winners = [s1, s2, s3].filter((_, i) => replies[i]!.status === 200);
    const loser = [s1, s2, s3].find((_, i) => replies[i]!.status === 409)!;
    expect(replies.find((r) => r.status === 409)!.json.detail).toBe(`programme ${code} is full (2 seats)`);
    // Enrolling again holds the same seat.
    expect((await enrol(winners[0]!)).status).toBe(200);
    const list = await must(
      200,
      hr.GET('/api/v1/training/{year}/programmes', { params: { path: { year } } }),
    );
    expect(list.programmes.find((p) => p.code === code)).toMatchObject({ enrolled: 2, seatsLeft: 0 });
    // An employee enrols only themselves.
    expect(
      (
        await answer(
          (await as(loser)).POST('/api/v1/training/programmes/{code}/enrolments', {
            params: { path: { code } },
            body: { nip: winners[0]!.nip },
          }),
        )
      ).status,
    ).toBe(403);

    // A completion naming someone not enrolled changes nothing.
    const notEnrolled = await answer(
      hr.POST('/api/v1/training/programmes/{code}/completions', {
        params: { path: { code } },
        body: { nips: [winners[0]!.nip, loser.nip] },
      }),
    );
    expect(notEnrolled.status).toBe(409);
    expect((await progress(hr, winners[0]!.nip)).json.total).toBe(0);

    const done = await must(
      200,
      hr.POST('/api/v1/training/programmes/{code}/completions', {
        params: { path: { code } },
        body: { nips: winners.map((w) => w.nip) },
      }),
    );
    expect(done.records.map((r) => [r.status, r.jp, r.source])).toEqual([
      ['verified', 20, 'programme'],
      ['verified', 20, 'programme'],
    ]);
    expect((await progress(hr, winners[0]!.nip)).json).toMatchObject({
      total: 20,
      classical: 20,
      met: true,
      missing: 0,
    });

    const short = await must(
      200,
      hr.GET('/api/v1/training/{year}/shortfall', {
        params: { path: { year }, query: { unitCode: A.unitCode } },
      }),
    );
    const shortNips = short.units.flatMap((u) => u.employees.map((e) => e.nip));
    expect(shortNips).toContain(loser.nip);
    for (const w of winners) expect(shortNips).not.toContain(w.nip);
    expect(short.units.map((u) => u.unitCode)).toEqual([A.unitCode]);

    const csv = await send(hrToken, 'GET', `/api/v1/training/${year}/shortfall/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('UNIT;NIP;NAMA;JP_TERVERIFIKASI;JP_KLASIKAL;JP_NONKLASIKAL;KURANG_JP');
    expect(lines.some((l) => l.startsWith(`${A.unitCode};${loser.nip};`))).toBe(true);
    expect(lines.some((l) => l.includes(winners[0]!.nip))).toBe(false);
    const xlsx = await send(hrToken, 'GET', `/api/v1/training/${year}/shortfall/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // The export is HR's; a supervisor sees only their team's list.
    expect((await send(tokens.get(s1.nip)!, 'GET', `/api/v1/training/${year}/shortfall/export`)).status).toBe(
      403,
    );
  });
});

describe("HR's import", () => {
  const header = 'NIP;JENIS;JUDUL;PENYELENGGARA;TANGGAL_MULAI;TANGGAL_SELESAI;JP';
  const file = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'));

  it('refuses a file with bad rows by line and imports nothing, then imports the fixed file once', async () => {
    const [s1] = B.staff as [TestOrg['staff'][0]];
    const good = `${s1.nip};e-learning;Literasi digital;LAN;05/02/${year};05/02/${year};4`;
    const before = await engine.db.models.trainingRecords.countDocuments({
      nip: { $in: [s1.nip, B.head.nip] },
    });
    const bad = await send(
      hrToken,
      'POST',
      '/api/v1/training/imports',
      file(
        good,
        `${B.head.nip};seminar;Etika ASN;BKN;${year}-04-01;${year}-04-01;dua`,
        `${'9'.repeat(18)};course;X;Y;${year}-04-01;${year}-04-02;8`,
      ),
      'text/csv',
    );
    expect(bad.status).toBe(400);
    const problem = JSON.parse(bad.text) as { errors: { path: string; message: string }[] };
    expect(problem.errors).toEqual([
      { path: 'file.line.3.JP', message: '"dua" is not a number' },
      { path: 'file.line.4.NIP', message: 'no employee with this NIP on the registry' },
    ]);
    expect(
      await engine.db.models.trainingRecords.countDocuments({ nip: { $in: [s1.nip, B.head.nip] } }),
    ).toBe(before);

    const fixed = file(good, `${B.head.nip};seminar;Etika ASN;BKN;${year}-04-01;${year}-04-01;2`);
    const first = await send(hrToken, 'POST', '/api/v1/training/imports', fixed, 'text/csv');
    expect(JSON.parse(first.text)).toEqual({ rows: 2, created: 2, unchanged: 0 });
    const again = await send(hrToken, 'POST', '/api/v1/training/imports', fixed, 'text/csv');
    expect(JSON.parse(again.text)).toEqual({ rows: 2, created: 0, unchanged: 2 });
    expect((await progress(hr, s1.nip)).json).toMatchObject({ total: 4, nonClassical: 4 });
    // An XLSX workbook reads the same way (its dates as Excel keeps them, minutes turned into JP).
    const workbook = await writeTable(
      'xlsx',
      'Impor',
      ['NIP', 'JENIS', 'JUDUL', 'PENYELENGGARA', 'TANGGAL_MULAI', 'TANGGAL_SELESAI', 'MENIT'],
      [[s1.nip, 'Mentoring', 'Mentoring arsip', 'ANRI', `01/06/${year}`, `02/06/${year}`, 270]],
    );
    const xlsx = await send(hrToken, 'POST', '/api/v1/training/imports', workbook, tableContentTypes.xlsx);
    expect(JSON.parse(xlsx.text)).toEqual({ rows: 1, created: 1, unchanged: 0 });
    expect((await progress(hr, s1.nip)).json).toMatchObject({
      total: 10,
      byKind: { 'e-learning': 4, mentoring: 6 },
    });
    // The import is HR's.
    expect(
      (
        await send(
          tokens.get(A.kasubbid.nip) ?? (await staffToken({ nip: A.kasubbid.nip })),
          'POST',
          '/api/v1/training/imports',
          fixed,
          'text/csv',
        )
      ).status,
    ).toBe(403);
  });
});

describe("an employee's entry", () => {
  it('goes to the superior, who verifies it from the task inbox; others may not see or decide it', async () => {
    const entrant = A.staff[3]!;
    const me = await as(entrant);
    const entry = {
      kind: 'coaching' as const,
      title: 'Coaching penyusunan SKP',
      provider: 'Kepala Subbidang',
      startDate: `${year}-05-04`,
      endDate: `${year}-05-04`,
      minutes: 180,
    };
    const r = await must(201, me.POST('/api/v1/training/records', { body: entry }));
    expect(r).toMatchObject({ status: 'pending', jp: 4, source: 'employee', nip: entrant.nip });
    expect(r.taskId).toMatch(/^t_/);
    // The same entry again is the same record; an entry for someone else is refused.
    expect((await must(201, me.POST('/api/v1/training/records', { body: entry }))).id).toBe(r.id);
    expect(
      (await answer(me.POST('/api/v1/training/records', { body: { ...entry, nip: A.staff[0]!.nip } })))
        .status,
    ).toBe(403);
    // Bad input names the field and changes nothing.
    const bad = await answer(
      me.POST('/api/v1/training/records', { body: { ...entry, endDate: `${year}-02-30` } }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([{ path: 'body.endDate', message: 'is not a calendar date' }]);

    // The certificate: a PDF by its bytes; a text file is refused.
    const token = tokens.get(entrant.nip)!;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await send(
      token,
      'PUT',
      `/api/v1/training/records/${r.id}/certificate`,
      pdf,
      'application/pdf',
    );
    expect(up.status).toBe(200);
    expect(JSON.parse(up.text).certificate).toMatchObject({
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const notPdf = await send(
      token,
      'PUT',
      `/api/v1/training/records/${r.id}/certificate`,
      Buffer.from('hello'),
      'application/pdf',
    );
    expect(notPdf.status).toBe(415);
    const down = await send(
      await staffToken({ nip: A.kasubbid.nip }),
      'GET',
      `/api/v1/training/records/${r.id}/certificate`,
    );
    expect(down.status).toBe(200);
    expect(down.text).toBe(pdf.toString());

    // The superior of another unit, and a colleague, may not see or decide it.
    expect(
      (await send(await staffToken({ nip: B.kasubbid.nip }), 'GET', `/api/v1/training/records/${r.id}`))
        .status,
    ).toBe(403);
    expect(
      (
        await send(
          await staffToken({ nip: A.staff[0]!.nip }),
          'GET',
          `/api/v1/training/records/${r.id}/certificate`,
        )
      ).status,
    ).toBe(403);
    const otherBoss = await as(B.kasubbid);
    expect(
      (
        await answer(
          otherBoss.POST('/api/v1/training/records/{id}/verification', {
            params: { path: { id: r.id } },
            body: { approved: true },
          }),
        )
      ).status,
    ).toBe(403);

    const boss = await as(A.kasubbid);
    const inbox = await must(
      200,
      boss.GET('/api/v1/tasks', { params: { query: { type: 'training-verification', status: 'open' } } }),
    );
    const task = inbox.tasks.find((t) => t.id === r.taskId)!;
    expect(task).toMatchObject({ process: 'training', subjectNip: entrant.nip, assigneeNip: A.kasubbid.nip });
    // HR gives the superior more time (audited); the task's due date moves.
    const dueAt = new Date(Date.parse(task.dueAt) + 7 * 24 * 3600_000).toISOString();
    expect(
      await must(
        200,
        hr.POST('/api/v1/tasks/{id}/extension', {
          params: { path: { id: task.id } },
          body: { dueAt, reason: 'Atasan sedang dinas luar' },
        }),
      ),
    ).toEqual({ taskId: task.id, dueAt });
    expect(new Date((await engine.db.models.tasks.findById(task.id).lean())!.dueAt).toISOString()).toBe(
      dueAt,
    );
    expect(
      (
        await must(
          200,
          boss.POST('/api/v1/tasks/{id}/complete', {
            params: { path: { id: task.id } },
            body: { approved: true },
          }),
        )
      ).status,
    ).toBe('done');
    expect(
      (await must(200, me.GET('/api/v1/training/records/{id}', { params: { path: { id: r.id } } }))).status,
    ).toBe('verified');
    const twice = await answer(
      boss.POST('/api/v1/training/records/{id}/verification', {
        params: { path: { id: r.id } },
        body: { approved: false, note: 'x' },
      }),
    );
    expect(twice.status).toBe(409);
    expect((await progress(me, entrant.nip)).json).toMatchObject({
      total: 4,
      nonClassical: 4,
      byKind: { coaching: 4 },
    });
  });

  it('is seen by the employee, their superiors and HR: own, team, all', async () => {
    const entrant = A.staff[3]!;
    expect((await progress(await as(entrant), entrant.nip)).status).toBe(200);
    expect((await progress(await as(A.kasubbid), entrant.nip)).status).toBe(200);
    expect((await progress(await as(A.kabid), entrant.nip)).status).toBe(200);
    expect((await progress(hr, entrant.nip)).status).toBe(200);
    expect((await progress(await as(A.staff[0]!), entrant.nip)).status).toBe(403);
    expect((await progress(await as(B.kasubbid), entrant.nip)).status).toBe(403);
    expect((await progress(hr, '1'.repeat(18))).status).toBe(404);

    const listOf = async (c: ApiClient, query: { unitCode?: string } = {}) =>
      (
        await must(200, c.GET('/api/v1/training/{year}/progress', { params: { path: { year }, query } }))
      ).employees
        .map((e) => e.nip)
        .sort();
    expect(await listOf(await as(entrant))).toEqual([entrant.nip]);
    expect(await listOf(await as(A.kasubbid))).toEqual([A.kasubbid.nip, ...A.staff.map((s) => s.nip)].sort());
    expect(await listOf(hr, { unitCode: B.unitCode })).toEqual(B.all.map((e) => e.nip).sort());
    const asEmployee = await answer(
      (await as(entrant)).GET('/api/v1/training/{year}/progress', {
        params: { path: { year }, query: { unitCode: A.unitCode } },
      }),
    );
    expect(asEmployee.status).toBe(403);
    expect(
      (
        await answer(
          (await as(entrant)).GET('/api/v1/training/{year}/shortfall', { params: { path: { year } } }),
        )
      ).status,
    ).toBe(403);
  });
});

describe('development planned from the appraisal', () => {
  it("opens next year's plan items from a finalised Butuh Perbaikan, once, visible to the employee, their superior and HR", async () => {
    const appraisalYear = year - 1;
    const [weak, good] = A.staff as [TestOrg['staff'][0], TestOrg['staff'][0]];
    const bWeak = B.staff[0]!;
    const rec = (
      e: { nip: string; name: string },
      unitCode: string,
      predikat: string,
      improvement: boolean,
    ) => ({
      _id: `${appraisalYear}/${e.nip}`,
      year: appraisalYear,
      nip: e.nip,
      name: e.name,
      unitCode,
      level: 'pelaksana',
      workflowId: `appraisal/${appraisalYear}/${e.nip}`,
      phase: 'done',
      predikat,
      followUp: { improvement: improvement ? { needed: true, months: 6 } : { needed: false } },
      seq: 9,
    });
    // What the appraisal writes: A's results finalised; B's unit not yet.
    await engine.db.models.appraisalRecords.create([
      rec(weak, A.unitCode, 'butuh-perbaikan', true),
      rec(good, A.unitCode, 'baik', false),
      rec(bWeak, B.unitCode, 'sangat-kurang', true),
    ]);
    await engine.db.models.appraisalUnits.create([
      {
        _id: `${appraisalYear}/${A.unitCode}`,
        year: appraisalYear,
        unitCode: A.unitCode,
        finalisedAt: new Date(),
        finalisedBy: 'hr-1',
      },
      { _id: `${appraisalYear}/${B.unitCode}`, year: appraisalYear, unitCode: B.unitCode },
    ]);
    const run = () =>
      must(
        200,
        hr.POST('/api/v1/training/{year}/plans/from-appraisal', {
          params: { path: { year: appraisalYear } },
        }),
      );
    expect(await run()).toEqual({ appraisalYear, items: 1, created: 1, unitsNotFinalised: [B.unitCode] });
    expect(await run()).toEqual({ appraisalYear, items: 1, created: 0, unitsNotFinalised: [B.unitCode] });
    expect(
      (
        await answer(
          (await as(weak)).POST('/api/v1/training/{year}/plans/from-appraisal', {
            params: { path: { year: appraisalYear } },
          }),
        )
      ).status,
    ).toBe(403);

    const plansOf = async (c: ApiClient, nip?: string) =>
      answer(
        c.GET('/api/v1/training/{year}/plans', { params: { path: { year }, query: nip ? { nip } : {} } }),
      );
    const own = await plansOf(await as(weak), weak.nip);
    expect(own.json.items).toEqual([
      {
        id: planItemId(year, weak.nip, appraisalYear),
        year,
        nip: weak.nip,
        unitCode: A.unitCode,
        source: { kind: 'appraisal', year: appraisalYear, predikat: 'butuh-perbaikan' },
        jp: 20,
        reason: 'improvement-plan',
      },
    ]);
    expect((await plansOf(await as(A.kasubbid))).json.items.map((i) => i.nip)).toEqual([weak.nip]);
    expect((await plansOf(await as(good), weak.nip)).status).toBe(403);
    const needs = await must(200, hr.GET('/api/v1/training/{year}/needs', { params: { path: { year } } }));
    expect(needs.units).toEqual([{ unitCode: A.unitCode, items: 1, jp: 20 }]);
  });
});
