// HR's results files on the real engine: a CPNS cycle's SKD results sent as files, as BKN's CAT export
// and an Indonesian Excel write them. A CSV with bad rows is previewed with each bad line and its reason,
// and refused whole when applied (nothing reaches any application); the XLSX template, downloaded and
// filled in with exceljs, previews clean, applies, and its scores reach the applications; the same file
// again is the same batch.
import ExcelJS from 'exceljs';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { staffToken } from '../support/identity';
import { RecruitmentApi } from '../support/recruitment-client';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { cycleAtSkd } from '../support/recruitment-stages';

let engine: TestEngine;
let api: RecruitmentApi;
beforeAll(async () => {
  engine = await startTestEngine('result-files');
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(() => engine?.stop());

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-FILES'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (berkas hasil)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' } },
};
const plans: CandidatePlan[] = [
  { key: 'F01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'F02', name: 'Yohanes Tefa', formation: PK, birthDate: '1995-07-30', gpa: 3.1 },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function send(file: Buffer, type: string, mode: 'preview' | 'apply') {
  const form = new FormData();
  form.set('kind', 'skd');
  form.set('mode', mode);
  form.set('file', new Blob([new Uint8Array(file)], { type }), 'hasil-skd');
  const r = await fetch(`${engine.baseUrl}/api/v1/recruitment/cycles/${spec.code}/result-files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}` },
    body: form,
  });
  return { status: r.status, json: (await r.json()) as Record<string, unknown> };
}

describe("HR's results files", () => {
  let applicants: Applicant[];

  it('refuses a CSV with bad rows whole, naming each line, and applies the filled-in XLSX template', async () => {
    applicants = await cycleAtSkd(api, spec, plans);
    const [maria, yohanes] = applicants as [Applicant, Applicant];

    // An Indonesian Excel's CSV (`;`), rows by NIK or registration number: line 3's total is wrong, lines
    // 4 and 5 name no one of this cycle.
    const number = (await api.application(yohanes.applicationId)).registrationNumber!;
    expect(number).toMatch(new RegExp(`^${spec.code}-\\d{5}$`));
    const csv = [
      'No. Peserta;NIK;NAMA;TWK;TIU;TKP;TOTAL',
      `;${maria.body.nik};Maria Ndun;80;95;180;355`,
      `${number};;Yohanes Tefa;70;85;170;300`,
      `;5371019912990001;Orang Lain;70;85;170;325`,
      `${spec.code}-99999;;Yohanes T;70;85;170;325`,
    ].join('\r\n');
    const preview = await send(Buffer.from(`\uFEFF${csv}`), 'text/csv', 'preview');
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ kind: 'skd', format: 'csv' });
    expect(preview.json.issues).toEqual([
      { line: 3, column: 'TOTAL', message: 'the total 300 is not TWK + TIU + TKP = 325' },
      { line: 4, message: 'no application of this cycle has this NIK' },
      { line: 5, message: `no application of this cycle has the registration number ${spec.code}-99999` },
    ]);
    expect(preview.json.rows).toEqual([
      expect.objectContaining({ line: 2, applicationId: maria.applicationId, name: 'Maria Ndun' }),
    ]);
    // Yohanes's row is found by his number (its only fault is its total).
    const refused = await send(Buffer.from(csv), 'text/csv', 'apply');
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toBe('3 line(s) of the file are not valid; nothing was applied');
    expect(refused.json.errors).toContainEqual({
      path: 'file.line.3.TOTAL',
      message: 'the total 300 is not TWK + TIU + TKP = 325',
    });

    // The XLSX template, downloaded and filled in; a TWK above its maximum is the command's refusal.
    const template = await fetch(
      `${engine.baseUrl}/api/v1/recruitment/result-files/skd/template?format=xlsx`,
      { headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}` } },
    );
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'NO_PESERTA',
      'NIK',
      'NAMA',
      'TWK',
      'TIU',
      'TKP',
      'TOTAL',
    ]);
    sheet.addRow(['', maria.body.nik, 'Maria Ndun', 80, 95, 180, 355]);
    sheet.addRow(['', yohanes.body.nik, 'Yohanes Tefa', 200, 85, 170]);
    const overMax = await send(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX, 'preview');
    expect(overMax.json.issues).toEqual([
      { line: 3, column: 'TWK', message: 'TWK 200 is above the highest possible score 150' },
    ]);
    sheet.getRow(3).getCell(4).value = 70;
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const clean = await send(filled, XLSX, 'preview');
    expect(clean.json.issues).toEqual([]);
    expect(clean.json.rows).toEqual([
      expect.objectContaining({ line: 2, scores: { twk: 80, tiu: 95, tkp: 180 } }),
      expect.objectContaining({ line: 3, scores: { twk: 70, tiu: 85, tkp: 170 } }),
    ]);
    // Nothing of the previews or the refusal reached any application.
    for (const a of applicants) expect((await api.application(a.applicationId)).skd).toBeUndefined();

    const applied = await send(filled, XLSX, 'apply');
    expect(applied.status).toBe(202);
    expect(applied.json).toMatchObject({ rows: 2 });
    const again = await send(filled, XLSX, 'apply');
    expect(again.json.batchId).toBe(applied.json.batchId);
    const scored = await eventually(
      () => api.application(maria.applicationId),
      (a) => a.skd !== undefined,
    );
    expect(scored.skd).toMatchObject({ twk: 80, tiu: 95, tkp: 180 });
  });

  it('refuses what is not a results form, naming the field', async () => {
    const token = await staffToken({ role: 'hr' });
    const url = `${engine.baseUrl}/api/v1/recruitment/cycles/${spec.code}/result-files`;
    const json = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.set('kind', 'nilai');
    form.set('file', new Blob(['NIK;TWK']), 'x.csv');
    const badKind = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(badKind.status).toBe(400);
    expect(((await badKind.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('body.kind');
    const noFile = new FormData();
    noFile.set('kind', 'skd');
    const missing = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: noFile,
    });
    expect(missing.status).toBe(400);
  });
});
