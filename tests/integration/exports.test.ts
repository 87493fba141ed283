// HR's exports and the printed announcements on a real CPNS cycle run over the API (the real engine):
// seven candidates in one formation of one vacancy: one TMS at screening, one absent from SKD, one under
// the TWK passing grade, one over the grade but fourth at the cut of 3 × 1, three to SKB, of whom one passes
// and two are kept for optimalisasi. The applicants, rankings and final results are exported as XLSX and
// CSV and read back (exceljs, csv-parse): every row holds the values the API gives. Each stage's
// announcement is read back as text (pdf-parse): every candidate by number and name with the official
// code, the official version with the NIK, the public one with no NIK, email or birth date. Refusals:
// another role 403, a stage not yet announced 409, an unknown stage 400, a PPPK-less SKD or unknown cycle
// 404. Every export is in the cycle's audit trail.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { must } from '../../api/client';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { pdfText as readPdf } from '../support/pdf-text';
import { staffToken } from '../support/identity';
import { RecruitmentApi } from '../support/recruitment-client';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { announce, announceScreening, applyAll, screen } from '../support/recruitment-stages';
import { createCycle } from '../support/recruitment-stages';

let engine: TestEngine;
let api: RecruitmentApi;
beforeAll(async () => {
  engine = await startTestEngine('exports');
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(() => engine?.stop());

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-EXPORT'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (ekspor)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 25_000,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' } },
};
const components = [
  { code: 'CAT', name: 'CAT SKB', kind: 'cat' as const, weight: 0.6 },
  { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical' as const, weight: 0.4 },
];
const plans: (CandidatePlan & { codes: Record<'administration' | 'skd' | 'final', string | undefined> })[] = [
  {
    key: 'X01',
    name: 'Maria Ndun',
    formation: PK,
    birthDate: '1996-02-11',
    gpa: 3.4,
    skd: { twk: 100, tiu: 120, tkp: 190 },
    skb: { CAT: 90, PRAKTIK: 85 },
    codes: { administration: 'MS', skd: 'P/L', final: 'P/L' },
  },
  {
    key: 'X02',
    name: 'Yohanes Tefa',
    formation: PK,
    birthDate: '1995-07-30',
    gpa: 3.1,
    skd: { twk: 90, tiu: 110, tkp: 180 },
    skb: { CAT: 80, PRAKTIK: 80 },
    codes: { administration: 'MS', skd: 'P/L', final: 'P/TL' },
  },
  {
    key: 'X03',
    name: 'Agustina Lay',
    formation: PK,
    birthDate: '1994-01-30',
    gpa: 3.0,
    skd: { twk: 80, tiu: 100, tkp: 175 },
    skb: { CAT: 70, PRAKTIK: 75 },
    codes: { administration: 'MS', skd: 'P/L', final: 'P/TL' },
  },
  {
    key: 'X04',
    name: 'Kornelis Bana',
    formation: PK,
    birthDate: '1993-05-02',
    gpa: 3.2,
    skd: { twk: 70, tiu: 90, tkp: 170 },
    codes: { administration: 'MS', skd: 'P/TL', final: undefined },
  },
  {
    key: 'X05',
    name: 'Teresia Manu',
    formation: PK,
    birthDate: '1997-09-14',
    gpa: 3.5,
    skd: { twk: 60, tiu: 100, tkp: 180 },
    codes: { administration: 'MS', skd: 'TL', final: undefined },
  },
  {
    key: 'X06',
    name: 'Rince Tse',
    formation: PK,
    birthDate: '1998-03-21',
    gpa: 3.3,
    codes: { administration: 'MS', skd: 'TH', final: undefined },
  },
  {
    key: 'X07',
    name: 'Simon Lado',
    formation: PK,
    birthDate: '1992-11-08',
    gpa: 2.9,
    tms: true,
    codes: { administration: 'TMS', skd: undefined, final: undefined },
  },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const base = () => `${engine.baseUrl}/api/v1/recruitment`;
const hrGet = async (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base()}${path}`, {
    headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}`, ...headers },
  });

async function xlsxRows(bytes: ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    rows: ws
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1).map((c) => c ?? null)),
  }));
}
const csvRows = (text: string) =>
  parse(text, { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
/** An XLSX cell as the CSV writes it: numbers with a decimal comma, nothing as an empty cell. */
const asCsv = (c: unknown) =>
  c == null ? '' : typeof c === 'number' ? String(c).replace('.', ',') : String(c as string);

async function pdfText(r: Response): Promise<string> {
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/pdf');
  return (await readPdf(new Uint8Array(await r.arrayBuffer()))).text;
}

describe("HR's exports and printed announcements", () => {
  let applicants: Applicant[];
  const number = new Map<string, string>();

  it('runs the cycle to its final result, refusing each announcement before it is made', async () => {
    await createCycle(api, spec);
    applicants = await applyAll(api, spec.code, plans);
    for (const a of applicants)
      number.set(a.plan.key, (await api.application(a.applicationId)).registrationNumber!);
    await screen(api, spec.code, applicants);

    // Not announced yet: 409 for HR's and for the public version alike.
    const early = await hrGet(`/cycles/${spec.code}/announcements/administration.pdf`);
    expect(early.status).toBe(409);
    const earlyPublic = await fetch(`${base()}/public/cycles/${spec.code}/announcements/administration.pdf`);
    expect(earlyPublic.status).toBe(409);
    expect(((await earlyPublic.json()) as { detail: string }).detail).toContain('not been announced');

    await announceScreening(api, spec.code);
    await api.untilPhase(spec.code, 'skd', 60_000);
    const eligible = applicants.filter((a) => !a.plan.tms);
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
        params: { path: { code: spec.code } },
        body: {
          sessions: [
            {
              code: 'SKD-1',
              place: 'UPT BKN Kupang',
              startsAt: '2026-09-01T08:00:00+08:00',
              applicationIds: eligible.map((a) => a.applicationId),
            },
          ],
        },
      }),
    );
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
        params: { path: { code: spec.code } },
        body: {
          rows: eligible
            .filter((a) => a.plan.skd)
            .map((a) => ({ applicationId: a.applicationId, ...a.plan.skd! })),
        },
      }),
    );
    await eventually(
      () => api.applications(spec.code),
      (r) => r.filter((a) => a.skd).length === 5,
    );
    expect((await hrGet(`/cycles/${spec.code}/announcements/final.pdf`)).status).toBe(409);
    await announce(api, spec.code, 'skd');
    await api.untilPhase(spec.code, 'skb', 60_000);
    const advanced = applicants.filter((a) => a.plan.skb);
    await api.untilStatuses(
      spec.code,
      new Map(advanced.map((a) => [a.applicationId, 'skb-advanced' as const])),
      'the cut to SKB',
    );
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skb-results', {
        params: { path: { code: spec.code } },
        body: {
          components,
          rows: advanced.map((a) => ({ applicationId: a.applicationId, scores: a.plan.skb! })),
        },
      }),
    );
    await eventually(
      () => api.applications(spec.code),
      (r) => r.filter((a) => a.skb).length === 3,
    );
    await announce(api, spec.code, 'final');
    await eventually(
      () => api.cycle(spec.code),
      (c) => Boolean(c.appealWindows.final),
      60_000,
    );
    // Every finalist has heard the result (so nothing changes between the downloads below).
    const outcome = { 'P/L': 'passed', 'P/TL': 'optimalisasi' } as const;
    await api.untilStatuses(
      spec.code,
      new Map(
        applicants
          .filter((a) => a.plan.skb)
          .map((a) => [
            a.applicationId,
            outcome[plans.find((p) => p.key === a.plan.key)!.codes.final as 'P/L'],
          ]),
      ),
      'the final result',
    );
  }, 300_000);

  it('exports every applicant as XLSX and CSV with the values the API gives', async () => {
    const xlsx = await hrGet(`/cycles/${spec.code}/exports/applicants`, { accept: XLSX });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(xlsx.headers.get('content-disposition')).toBe(
      `attachment; filename="${spec.code.toLowerCase()}-applicants.xlsx"`,
    );
    const [sheet, ...others] = await xlsxRows(await xlsx.arrayBuffer());
    expect(others).toEqual([]);
    const csv = await hrGet(`/cycles/${spec.code}/exports/applicants`, { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFNO_PESERTA;NIK;NAMA;')).toBe(true);
    const csvTable = csvRows(text);
    const width = csvTable[0]!.length;
    expect(csvTable).toEqual(
      sheet!.rows.map((r) => [...r, ...Array<null>(width).fill(null)].slice(0, width).map(asCsv)),
    );

    const [header, ...rows] = sheet!.rows;
    const at = (row: unknown[], column: string) => row[header!.indexOf(column)] ?? null;
    expect(rows).toHaveLength(plans.length);
    const listed = await api.applications(spec.code);
    // `_id` order: the application ids ascending.
    expect(rows.map((r) => at(r, 'ID_LAMARAN'))).toEqual(listed.map((a) => a.applicationId).sort());
    for (const a of applicants) {
      const row = rows.find((r) => at(r, 'ID_LAMARAN') === a.applicationId)!;
      const view = listed.find((l) => l.applicationId === a.applicationId)!;
      expect({
        number: at(row, 'NO_PESERTA'),
        nik: at(row, 'NIK'),
        name: at(row, 'NAMA'),
        formation: at(row, 'KODE_FORMASI'),
        status: at(row, 'STATUS'),
        screening: at(row, 'ADMINISTRASI'),
        skd: [at(row, 'TWK'), at(row, 'TIU'), at(row, 'TKP'), at(row, 'TOTAL_SKD')],
        skb: at(row, 'SKB'),
        final: [at(row, 'NILAI_AKHIR'), at(row, 'PERINGKAT_AKHIR')],
        gpa: at(row, 'IPK'),
      }).toEqual({
        number: number.get(a.plan.key),
        nik: a.body.nik,
        name: a.plan.name,
        formation: PK,
        status: view.status,
        screening: a.plan.tms ? 'TMS' : 'MS',
        // No score for the absent (their view's zeros are the view's, not a result) nor the TMS.
        skd: a.plan.skd
          ? [a.plan.skd.twk, a.plan.skd.tiu, a.plan.skd.tkp, a.plan.skd.twk + a.plan.skd.tiu + a.plan.skd.tkp]
          : [null, null, null, null],
        skb: view.skb?.score ?? null,
        final: view.final ? [view.final.score, view.final.rank] : [null, null],
        gpa: a.plan.gpa,
      });
    }
  });

  it("exports each stage's ranking and the final results with the official codes", async () => {
    const skd = await xlsxRows(
      await (await hrGet(`/cycles/${spec.code}/exports/rankings?stage=skd&format=xlsx`)).arrayBuffer(),
    );
    expect(skd.map((s) => s.name)).toEqual([`SKD ${PK}`]);
    const [skdHeader, ...skdRows] = skd[0]!.rows;
    expect(skdHeader).toEqual([
      'KODE_FORMASI',
      'PERINGKAT',
      'NO_PESERTA',
      'NAMA',
      'TWK',
      'TIU',
      'TKP',
      'TOTAL_SKD',
      'KODE',
      'KETERANGAN',
    ]);
    const ranked = plans.filter((p) => p.skd && p.codes.skd !== 'TL');
    expect(skdRows.map((r) => [r[1], r[2], r[3], r[8]])).toEqual(
      ranked.map((p, i) => [i + 1, number.get(p.key), p.name, p.codes.skd]),
    );

    const final = csvRows(await (await hrGet(`/cycles/${spec.code}/exports/rankings?format=csv`)).text());
    expect(final[0]).toEqual([
      'KODE_FORMASI',
      'PERINGKAT',
      'NO_PESERTA',
      'NAMA',
      'TOTAL_SKD',
      'SKB',
      'NILAI_AKHIR',
      'KODE',
      'KETERANGAN',
    ]);
    const finalists = plans.filter((p) => p.codes.final);
    expect(final.slice(1).map((r) => [r[1], r[2], r[3], r[7]])).toEqual(
      finalists.map((p, i) => [String(i + 1), number.get(p.key), p.name, p.codes.final]),
    );
    // SKB = 0.6 × CAT + 0.4 × PRAKTIK; written with a decimal comma.
    expect(final[1]![5]).toBe('88');
    expect(final[2]![5]).toBe('80');

    const results = csvRows(await (await hrGet(`/cycles/${spec.code}/exports/results?format=csv`)).text());
    expect(results[0]).toEqual([
      'KODE_FORMASI',
      'JABATAN',
      'UNIT_KERJA',
      'PERINGKAT',
      'NO_PESERTA',
      'NIK',
      'NAMA',
      'NILAI_AKHIR',
      'KODE',
      'KETERANGAN',
      'STATUS',
    ]);
    expect(results.slice(1).map((r) => [r[4], r[5], r[6], r[8]])).toEqual(
      finalists.map((p) => [
        number.get(p.key),
        applicants.find((a) => a.plan.key === p.key)!.body.nik,
        p.name,
        p.codes.final,
      ]),
    );
    expect(results[1]!.slice(0, 3)).toEqual([PK, 'Pranata Komputer Ahli Pertama', 'DISKOMINFO']);
  });

  it.each(['administration', 'skd', 'final'] as const)(
    'prints the %s announcement naming every candidate with the code, the NIK only in the official version',
    async (stage) => {
      const official = await pdfText(await hrGet(`/cycles/${spec.code}/announcements/${stage}.pdf`));
      const publicText = await pdfText(
        await fetch(`${base()}/public/cycles/${spec.code}/announcements/${stage}.pdf`),
      );
      for (const text of [official, publicText]) {
        expect(text).toContain('PEMERINTAH KOTA KUPANG');
        expect(text).toContain('PENGUMUMAN');
        expect(text).toMatch(new RegExp(`NOMOR: 800/${spec.code}/(ADM|SKD|AKHIR)/BKPSDM/20\\d\\d`));
        expect(text).toContain('Pranata Komputer Ahli Pertama');
        expect(text).toContain('NIP. 000000000000000000');
        const lines = text.split('\n');
        for (const p of plans) {
          const line = lines.find((l) => l.includes(number.get(p.key)!));
          if (!p.codes[stage]) {
            expect(line).toBeUndefined();
            continue;
          }
          expect(line).toBeDefined();
          expect(line).toContain(p.name);
          expect(line!.split(/\s+/)).toContain(p.codes[stage]);
        }
      }
      for (const a of applicants) {
        expect(publicText).not.toContain(a.body.nik);
        expect(publicText).not.toContain(a.body.email);
        expect(publicText).not.toContain(a.body.birthDate);
        if (plans.find((p) => p.key === a.plan.key)!.codes[stage]) expect(official).toContain(a.body.nik);
        expect(official).not.toContain(a.body.email);
      }
    },
  );

  it('refuses what is not HR, not known or not a stage', async () => {
    const candidate = applicants[0]!.token;
    for (const path of [
      `/cycles/${spec.code}/exports/applicants`,
      `/cycles/${spec.code}/announcements/final.pdf`,
    ]) {
      const r = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${candidate}` } });
      expect(r.status).toBe(403);
    }
    expect((await fetch(`${base()}/cycles/${spec.code}/exports/applicants`)).status).toBe(401);
    const badStage = await hrGet(`/cycles/${spec.code}/announcements/wawancara.pdf`);
    expect(badStage.status).toBe(400);
    expect(((await badStage.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('params.stage');
    expect((await hrGet(`/cycles/${spec.code}/exports/nilai`)).status).toBe(400);
    expect((await hrGet(`/cycles/${spec.code}/exports/applicants?format=pdf`)).status).toBe(400);
    expect((await hrGet(`/cycles/CPNS-NONE/exports/applicants`)).status).toBe(404);
    expect((await hrGet(`/cycles/${spec.code}/exports/rankings?formation=DOKTER`)).status).toBe(404);
    expect((await hrGet(`/cycles/CPNS-NONE/announcements/final.pdf`)).status).toBe(404);
  });

  it('audits every export and official announcement as HR took it', async () => {
    const trail = await must(
      200,
      api.hr.GET('/api/v1/audit', { params: { query: { subject: `recruitment-cycle/${spec.code}` } } }),
    );
    const exports = (trail.records as { action: string; actor: string; reason?: string }[]).filter(
      (r) => r.action === 'cycle.exported',
    );
    // 2 applicants, 2 rankings, 1 results, 3 official announcements (the refused ones took nothing out).
    expect(exports).toHaveLength(8);
    expect(new Set(exports.map((r) => r.actor))).toEqual(new Set(['hr-1']));
    expect(exports.map((r) => r.reason)).toContain('applicants exported as XLSX');
    expect(exports.map((r) => r.reason)).toContain('official final announcement printed as PDF');
  });
});
