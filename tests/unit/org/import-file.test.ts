// The organisation as a spreadsheet: a SIASN-shaped employee export (CSV from an Indonesian Excel, XLSX
// built here with exceljs) read into the JSON import's rows, and the whole-import check's issues named by
// the file's line and column: a bad NIP, a duplicate, a reporting-line cycle, a missing column.
import ExcelJS from 'exceljs';
import { readTable } from '../../../commands/files/tables';
import {
  fileIssuesOf,
  gradeOf,
  levelOf,
  mapOrgRows,
  orgTemplateHeaders,
} from '../../../domain/org/import-file';
import { validateOrgImport } from '../../../domain/org/reporting-line';

const limits = { maxRows: 1000, maxColumns: 40, maxCell: 200 };
const HEAD = '197001012000011001';
const KABID = '198001012005011002';
const STAF_A = '199001012015011003';
const STAF_B = '199202022016012004';
const units = [{ code: 'DINKES', name: 'Dinas Kesehatan', parentCode: null, headNip: null }];
const header = 'NIP;NAMA;EMAIL;KODE_UNOR;JABATAN;JENIS_JABATAN;JENJANG_JABATAN;NIP_ATASAN';

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Pegawai');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const check = (mapped: ReturnType<typeof mapOrgRows>) => {
  const r = validateOrgImport(units, mapped.rows);
  return r.ok ? [] : fileIssuesOf(mapped, r.errors);
};

describe('organisation files', () => {
  it('reads a SIASN employee export from CSV into the import rows, with SIASN words for levels and grades', async () => {
    const csv = [
      `\uFEFF${header}`,
      `${HEAD};dr. Maria Ndun;maria@kupangkota.go.id;DINKES;Kepala Dinas Kesehatan;JPT Pratama;;`,
      `${KABID};Yohanes Tefa;yohanes@kupangkota.go.id;DINKES;Kepala Bidang P2P;Administrator;;${HEAD}`,
      `${STAF_A};Agustina Benu;agustina@kupangkota.go.id;DINKES;Epidemiolog;Fungsional Tertentu;Ahli Pertama;${KABID}`,
    ].join('\r\n');
    const mapped = mapOrgRows('employees', await readTable(Buffer.from(csv), limits));
    expect(mapped.issues).toEqual([]);
    expect(mapped.lines).toEqual([2, 3, 4]);
    expect(mapped.rows[0]).toEqual({
      nip: HEAD,
      name: 'dr. Maria Ndun',
      email: 'maria@kupangkota.go.id',
      unitCode: 'DINKES',
      position: 'Kepala Dinas Kesehatan',
      level: 'jpt',
      supervisorNip: null,
    });
    expect(mapped.rows[2]).toMatchObject({ level: 'fungsional', functionalGrade: 'ahli-pertama' });
    expect(check(mapped)).toEqual([]);
  });

  it('names every bad row of an XLSX by line and column: a short NIP, a reporting-line cycle', async () => {
    const bytes = await xlsx([
      header.split(';'),
      [HEAD, 'dr. Maria Ndun', 'maria@kupangkota.go.id', 'DINKES', 'Kepala Dinas', 'JPT Pratama', '', ''],
      ['19900101', 'Nomor Pendek', 'pendek@kupangkota.go.id', 'DINKES', 'Staf', 'Pelaksana', '', HEAD],
      [STAF_A, 'Agustina Benu', 'agustina@kupangkota.go.id', 'DINKES', 'Staf', 'Pelaksana', '', STAF_B],
      [STAF_B, 'Markus Lay', 'markus@kupangkota.go.id', 'DINKES', 'Staf', 'Pelaksana', '', STAF_A],
    ]);
    const table = await readTable(bytes, limits);
    expect(table.format).toBe('xlsx');
    expect(check(mapOrgRows('employees', table))).toEqual([
      { line: 3, column: 'NIP', message: 'must be exactly 18 digits' },
      { line: 4, column: 'NIP_ATASAN', message: `reporting-line cycle: ${STAF_A} → ${STAF_B} → ${STAF_A}` },
      { line: 5, column: 'NIP_ATASAN', message: `reporting-line cycle: ${STAF_A} → ${STAF_B} → ${STAF_A}` },
    ]);
  });

  it('names the lines of a NIP written twice, and an unknown level with the allowed ones', async () => {
    const csv = [
      header,
      `${HEAD};dr. Maria Ndun;maria@kupangkota.go.id;DINKES;Kepala Dinas;JPT Pratama;;`,
      `${STAF_A};Agustina Benu;agustina@kupangkota.go.id;DINKES;Staf;Pelaksana;;${HEAD}`,
      `${STAF_A};Agustina Benu;agustina@kupangkota.go.id;DINKES;Staf;Pelaksana;;${HEAD}`,
      `${STAF_B};Markus Lay;markus@kupangkota.go.id;DINKES;Staf;Honorer;;${HEAD}`,
    ].join('\n');
    const issues = check(mapOrgRows('employees', await readTable(Buffer.from(csv), limits)));
    expect(issues).toEqual([
      { line: 3, column: 'NIP', message: `duplicate nip ${STAF_A} (lines 3, 4)` },
      { line: 4, column: 'NIP', message: `duplicate nip ${STAF_A} (lines 3, 4)` },
      { line: 5, column: 'JENIS_JABATAN', message: expect.stringContaining('"jpt"|"administrator"') },
    ]);
  });

  it('refuses a file without a required column before reading its rows', async () => {
    const csv = `NIP;NAMA;EMAIL;KODE_UNOR;JABATAN\n${STAF_A};Agustina Benu;a@b.id;DINKES;Staf\n`;
    const mapped = mapOrgRows('employees', await readTable(Buffer.from(csv), limits));
    expect(mapped.rows).toEqual([]);
    expect(mapped.issues).toEqual([
      { line: 1, message: 'the file has no JENIS_JABATAN column' },
      { line: 1, message: 'the file has no NIP_ATASAN column' },
    ]);
  });

  it('reads a units file: a top unit has no parent', async () => {
    const csv = `KODE_UNOR;NAMA_UNOR;KODE_UNOR_INDUK;NIP_KEPALA\nDINKES;Dinas Kesehatan;;\nDINKES-P2P;Bidang P2P;DINKES;\n`;
    const mapped = mapOrgRows('units', await readTable(Buffer.from(csv), limits));
    expect(mapped.rows).toEqual([
      { code: 'DINKES', name: 'Dinas Kesehatan', parentCode: null, headNip: null },
      { code: 'DINKES-P2P', name: 'Bidang P2P', parentCode: 'DINKES', headNip: null },
    ]);
    expect(validateOrgImport(mapped.rows, []).ok).toBe(true);
  });

  it("writes SIASN's column names in the templates, and maps SIASN's words", () => {
    expect(orgTemplateHeaders('employees')).toEqual(header.split(';'));
    expect(orgTemplateHeaders('units')).toEqual(['KODE_UNOR', 'NAMA_UNOR', 'KODE_UNOR_INDUK', 'NIP_KEPALA']);
    expect(['JPT Pratama', 'Fungsional Umum', 'pengawas', 'Honorer'].map(levelOf)).toEqual([
      'jpt',
      'pelaksana',
      'pengawas',
      'Honorer',
    ]);
    expect(['Ahli Madya', 'Penyelia', 'Ahli Super'].map(gradeOf)).toEqual([
      'ahli-madya',
      'penyelia',
      'Ahli Super',
    ]);
  });
});
