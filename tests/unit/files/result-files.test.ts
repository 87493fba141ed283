// HR's results files read as their sources write them: CSV with `;` and decimal commas from an Indonesian
// Excel, with `,` from other tools, XLSX built here with exceljs; every bad row named by its line.
import ExcelJS from 'exceljs';
import { formatOf, readTable } from '../../../commands/files/tables';
import {
  mapResultRows,
  normaliseHeader,
  parseScore,
  templateHeaders,
} from '../../../domain/recruitment/result-files';

const limits = { maxRows: 1000, maxColumns: 30, maxCell: 200 };
const NIK_A = '5371010101900001';
const NIK_B = '5371014101920002';

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Hasil SKD');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading a table', () => {
  it("reads an Indonesian Excel's CSV: a byte-order mark, `;` and decimal commas", async () => {
    const csv = `\uFEFFNo.;NIK;Nama;TWK;TIU;TKP;Total\r\n1;${NIK_A};Maria Ndun;65;80,5;166;311,5\r\n\r\n2;${NIK_B};Yohanes Tefa;70;85;170;325\r\n`;
    const table = await readTable(Buffer.from(csv), limits);
    expect(table.format).toBe('csv');
    expect(table.headers).toEqual(['No.', 'NIK', 'Nama', 'TWK', 'TIU', 'TKP', 'Total']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    const { rows, issues } = mapResultRows('skd', table);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, identity: { nik: NIK_A }, name: 'Maria Ndun' });
    expect(Object.fromEntries(rows[0]!.scores)).toEqual({ twk: 65, tiu: 80.5, tkp: 166 });
  });

  it('reads a comma-separated CSV with quoted names', async () => {
    const csv = `NO_PESERTA,NAMA,TWK,TIU,TKP\nCPNS-0001,"Ndun, Maria",65,80,166\n`;
    const { rows, issues } = mapResultRows('skd', await readTable(Buffer.from(csv), limits));
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ identity: { number: 'CPNS-0001' }, name: 'Ndun, Maria' }),
    ]);
  });

  it('reads the first worksheet of an XLSX, numbers as numbers', async () => {
    const bytes = await xlsx([
      ['NO PESERTA', 'NIK', 'NAMA', 'TEKNIS', 'MANAJERIAL', 'WAWANCARA'],
      ['PPPK-0001', '', 'Maria Ndun', 420, 130.5, 24],
      [],
      ['', NIK_B, 'Yohanes Tefa', 390, 120, 20],
    ]);
    expect(formatOf(bytes)).toBe('xlsx');
    const table = await readTable(bytes, limits);
    expect(table.format).toBe('xlsx');
    const { rows, issues } = mapResultRows('competency', table);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.identity, Object.fromEntries(r.scores)])).toEqual([
      [2, { number: 'PPPK-0001' }, { technical: 420, managerial: 130.5, interview: 24 }],
      [4, { nik: NIK_B }, { technical: 390, managerial: 120, interview: 20 }],
    ]);
  });

  it('refuses what is not a table it can read, naming the file', async () => {
    await expect(readTable(Buffer.alloc(0), limits)).rejects.toMatchObject({ status: 400 });
    await expect(
      readTable(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(50)]), limits),
    ).rejects.toMatchObject({ status: 400, detail: expect.stringContaining('XLSX') });
    await expect(readTable(Buffer.from([0x4e, 0x49, 0x4b, 0xff, 0xfe, 0x0a]), limits)).rejects.toMatchObject({
      detail: expect.stringContaining('UTF-8'),
    });
    const many = `NIK;TWK;TIU;TKP\n${`${NIK_A};1;1;1\n`.repeat(1001)}`;
    await expect(readTable(Buffer.from(many), limits)).rejects.toMatchObject({
      detail: expect.stringContaining('at most 1000'),
    });
    const wide = `${'x;'.repeat(40)}x\n`;
    await expect(readTable(Buffer.from(wide), limits)).rejects.toMatchObject({
      detail: expect.stringContaining('columns'),
    });
  });
});

describe('mapping rows of results', () => {
  const table = (headers: string[], ...rows: string[][]) => ({
    headers,
    rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  });

  it('names every bad row by its line and column, and keeps only the good ones', () => {
    const { rows, issues } = mapResultRows(
      'skd',
      table(
        ['NIK', 'NAMA', 'TWK', 'TIU', 'TKP', 'TOTAL'],
        [NIK_A, 'Maria', '65', '80', '166', '311'],
        ['12345', 'Pendek', '65', '80', '166', ''],
        [NIK_B, 'Yohanes', 'enam puluh', '80', '', ''],
        ['5371015505950003', 'Agustina', '70', '85', '170', '300'],
        [NIK_A, 'Maria lagi', '65', '80', '166', ''],
      ),
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(issues).toEqual([
      { line: 3, column: 'NIK', message: 'the NIK must be 16 digits' },
      { line: 4, column: 'TWK', message: '"enam puluh" is not a number' },
      { line: 4, column: 'TKP', message: 'the score is missing' },
      { line: 5, column: 'TOTAL', message: 'the total 300 is not TWK + TIU + TKP = 325' },
      { line: 6, message: 'the same candidate as on line 2' },
    ]);
  });

  it('refuses a file without an identity or a score column, at its header line', () => {
    expect(mapResultRows('skd', table(['NAMA', 'TWK', 'TIU'], ['x', '1', '1'])).issues).toEqual([
      { line: 1, message: 'the file needs a NO_PESERTA or a NIK column' },
      { line: 1, message: 'the file has no TKP column' },
    ]);
  });

  it('reads SKB scores by the components HR defined', () => {
    const { rows, issues } = mapResultRows(
      'skb',
      table(['No Peserta', 'CAT-SKB', 'Wawancara'], ['CPNS-0007', '78,25', '80']),
      ['CAT-SKB', 'WAWANCARA'],
    );
    expect(issues).toEqual([]);
    expect(Object.fromEntries(rows[0]!.scores)).toEqual({ 'CAT-SKB': 78.25, WAWANCARA: 80 });
  });

  it('gives each kind a template its own mapping reads back', () => {
    expect(templateHeaders('skd')).toEqual(['NO_PESERTA', 'NIK', 'NAMA', 'TWK', 'TIU', 'TKP', 'TOTAL']);
    expect(templateHeaders('competency')).toEqual([
      'NO_PESERTA',
      'NIK',
      'NAMA',
      'TEKNIS',
      'MANAJERIAL',
      'WAWANCARA',
    ]);
    const headers = templateHeaders('skb', ['CAT-SKB', 'PRAKTIK']);
    expect(headers).toEqual(['NO_PESERTA', 'NIK', 'NAMA', 'CAT_SKB', 'PRAKTIK']);
    expect(
      mapResultRows('skb', table(headers, ['', NIK_A, 'M', '1', '2']), ['CAT-SKB', 'PRAKTIK']).issues,
    ).toEqual([]);
  });

  it('reads scores and headers as people write them', () => {
    expect(parseScore('76,18')).toBe(76.18);
    expect(parseScore(' 80 ')).toBe(80);
    expect(parseScore('1.234,5')).toBeUndefined();
    expect(parseScore('80a')).toBeUndefined();
    expect(parseScore('')).toBeUndefined();
    expect(normaliseHeader(' No. Peserta ')).toBe('NO_PESERTA');
    expect(normaliseHeader('nilai_twk')).toBe('NILAI_TWK');
  });
});
