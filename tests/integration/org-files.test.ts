// The organisation import from a spreadsheet over the API, on the real engine: a SIASN-shaped CSV with bad
// rows is previewed with each bad line and its reason and refused whole when applied (nothing imported);
// the XLSX template, downloaded and filled in with exceljs, previews clean and imports through the same
// command as the JSON import; the same file with a new superior moves that employee; only HR may upload.
import ExcelJS from 'exceljs';
import { startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';

let engine: TestEngine;
beforeAll(async () => {
  engine = await startTestEngine('org-files');
});
afterAll(() => engine?.stop());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const stamp = `${Date.now() % 1e6}`.padStart(6, '0');
const nip = (n: number) => `198501${stamp}${String(n).padStart(6, '0')}`;
const HEAD = nip(1);
const KABID = nip(2);
const STAF = nip(3);

async function send(file: Buffer, type: string, mode: 'preview' | 'apply', token?: string) {
  const form = new FormData();
  form.set('kind', 'employees');
  form.set('mode', mode);
  form.set('file', new Blob([new Uint8Array(file)], { type }), 'pegawai');
  const r = await fetch(`${engine.baseUrl}/api/v1/org/import-files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token ?? (await staffToken({ role: 'hr' }))}` },
    body: form,
  });
  return { status: r.status, json: (await r.json()) as Record<string, unknown> };
}

describe('organisation files over the API', () => {
  it('refuses a CSV with bad rows whole, naming each line, and imports the filled-in XLSX template', async () => {
    const hr = { authorization: `Bearer ${await staffToken({ role: 'hr' })}` };
    const units = await fetch(`${engine.baseUrl}/api/v1/org/units`, {
      method: 'POST',
      headers: { ...hr, 'content-type': 'application/json' },
      body: JSON.stringify({ units: [{ code: 'DINKES', name: 'Dinas Kesehatan' }] }),
    });
    expect(units.status).toBe(200);

    // Line 3 has a short NIP; lines 4 and 5 report to each other.
    const csv = [
      'NIP;NAMA;EMAIL;KODE_UNOR;JABATAN;JENIS_JABATAN;JENJANG_JABATAN;NIP_ATASAN',
      `${HEAD};dr. Maria Ndun;maria.${stamp}@kupangkota.go.id;DINKES;Kepala Dinas;JPT Pratama;;`,
      `1985;Nomor Pendek;pendek.${stamp}@kupangkota.go.id;DINKES;Staf;Pelaksana;;${HEAD}`,
      `${KABID};Yohanes Tefa;yohanes.${stamp}@kupangkota.go.id;DINKES;Kabid;Administrator;;${STAF}`,
      `${STAF};Agustina Benu;agustina.${stamp}@kupangkota.go.id;DINKES;Epidemiolog;Fungsional;Ahli Pertama;${KABID}`,
    ].join('\r\n');
    const cycle = `reporting-line cycle: ${KABID} → ${STAF} → ${KABID}`;
    const preview = await send(Buffer.from(`\uFEFF${csv}`), 'text/csv', 'preview');
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ kind: 'employees', format: 'csv' });
    expect(preview.json.issues).toEqual([
      { line: 3, column: 'NIP', message: 'must be exactly 18 digits' },
      { line: 4, column: 'NIP_ATASAN', message: cycle },
      { line: 5, column: 'NIP_ATASAN', message: cycle },
    ]);
    expect((preview.json.rows as unknown[]).length).toBe(4);
    const refused = await send(Buffer.from(csv), 'text/csv', 'apply');
    expect(refused.status).toBe(400);
    expect((refused.json.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'file.line.3.NIP',
      'file.line.4.NIP_ATASAN',
      'file.line.5.NIP_ATASAN',
    ]);
    expect(await engine.db.models.employees.countDocuments()).toBe(0);

    // The template: SIASN's columns, every one text so that Excel keeps an 18-digit NIP.
    const template = await fetch(`${engine.baseUrl}/api/v1/org/import-files/employees/template?format=xlsx`, {
      headers: hr,
    });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await template.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'NIP',
      'NAMA',
      'EMAIL',
      'KODE_UNOR',
      'JABATAN',
      'JENIS_JABATAN',
      'JENJANG_JABATAN',
      'NIP_ATASAN',
    ]);
    const rows = [
      [
        HEAD,
        'dr. Maria Ndun',
        `maria.${stamp}@kupangkota.go.id`,
        'DINKES',
        'Kepala Dinas',
        'JPT Pratama',
        '',
        '',
      ],
      [
        KABID,
        'Yohanes Tefa',
        `yohanes.${stamp}@kupangkota.go.id`,
        'DINKES',
        'Kabid',
        'Administrator',
        '',
        HEAD,
      ],
      [
        STAF,
        'Agustina Benu',
        `agustina.${stamp}@kupangkota.go.id`,
        'DINKES',
        'Epidemiolog',
        'Fungsional Tertentu',
        'Ahli Pertama',
        KABID,
      ],
    ];
    for (const r of rows) sheet.addRow(r);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const clean = await send(xlsx, XLSX, 'preview');
    expect(clean.json).toMatchObject({ format: 'xlsx', issues: [], warnings: [] });
    const imported = await send(xlsx, XLSX, 'apply');
    expect(imported).toMatchObject({
      status: 200,
      json: { imported: { units: 0, employees: 3 }, supervisorChanged: 0, format: 'xlsx' },
    });
    const staf = await fetch(`${engine.baseUrl}/api/v1/org/employees/${STAF}`, { headers: hr });
    expect(await staf.json()).toMatchObject({
      nip: STAF,
      level: 'fungsional',
      functionalGrade: 'ahli-pertama',
      supervisorNip: KABID,
      active: true,
    });

    // The same file with the head as the staff member's superior: one supervisor changed.
    sheet.getRow(4).getCell(8).value = HEAD;
    const moved = await send(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX, 'apply');
    expect(moved).toMatchObject({ status: 200, json: { imported: { employees: 3 }, supervisorChanged: 1 } });

    // Only HR: an employee (now in the registry) is refused, and changes nothing.
    const asStaff = await send(xlsx, XLSX, 'apply', await staffToken({ nip: STAF }));
    expect(asStaff.status).toBe(403);
    const after = await engine.db.models.employees.findById(STAF).lean();
    expect(after?.supervisorNip).toBe(HEAD);
  });

  it('imports units from a file, a parent unknown refused by line', async () => {
    const units = async (csv: string, mode: 'preview' | 'apply') => {
      const form = new FormData();
      form.set('kind', 'units');
      form.set('mode', mode);
      form.set('file', new Blob([new Uint8Array(Buffer.from(csv))], { type: 'text/csv' }), 'unor.csv');
      const r = await fetch(`${engine.baseUrl}/api/v1/org/import-files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}` },
        body: form,
      });
      return { status: r.status, json: (await r.json()) as Record<string, unknown> };
    };
    const header = 'KODE_UNOR;NAMA_UNOR;KODE_UNOR_INDUK;NIP_KEPALA';
    const bad = await units(`${header}\nDINKES-P2P;Bidang P2P;DINKES-X;\n`, 'apply');
    expect(bad).toMatchObject({
      status: 400,
      json: { errors: [{ path: 'file.line.2.KODE_UNOR_INDUK', message: 'unknown parent DINKES-X' }] },
    });
    expect(await engine.db.models.orgUnits.countDocuments({ _id: 'DINKES-P2P' })).toBe(0);
    const good = await units(`${header}\nDINKES-P2P;Bidang P2P;DINKES;\n`, 'apply');
    expect(good).toMatchObject({ status: 200, json: { imported: { units: 1, employees: 0 } } });
    expect((await engine.db.models.orgUnits.findById('DINKES-P2P').lean())?.parentCode).toBe('DINKES');
  });

  it('says what is wrong with a form that is not an organisation file', async () => {
    const notXlsx = await send(Buffer.from('PK\u0003\u0004 not a workbook'), XLSX, 'preview');
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.json.errors).toEqual([
      { path: 'file', message: 'the XLSX file cannot be read (is it an Excel workbook?)' },
    ]);
    const form = new FormData();
    form.set('kind', 'pegawai');
    form.set('file', new Blob([new Uint8Array(Buffer.from('NIP\n1'))]), 'x.csv');
    const badKind = await fetch(`${engine.baseUrl}/api/v1/org/import-files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}` },
      body: form,
    });
    expect(badKind.status).toBe(400);
    expect(((await badKind.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'body.kind',
    ]);
  });
});
