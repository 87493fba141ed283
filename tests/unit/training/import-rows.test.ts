// HR's import file of development records: every bad row named by line and column, good rows mapped.
import { mapImportRows } from '../../../domain/training/import-rows';

const headers = ['NIP', 'Jenis', 'Judul', 'Penyelenggara', 'Tanggal Mulai', 'Tanggal Selesai', 'JP'];
const nip = '198501012010011001';
const row = (line: number, ...cells: string[]) => ({ line, cells });

describe('the import file of development records', () => {
  it('maps a good row, a kind by its Indonesian label and a day-first date with a decimal comma', () => {
    const { rows, issues } = mapImportRows({
      headers,
      rows: [row(2, nip, 'Seminar', 'Pelayanan publik', 'BPSDM NTT', '02/03/2026', '03/03/2026', '7,5')],
    });
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        record: {
          nip,
          kind: 'seminar',
          title: 'Pelayanan publik',
          provider: 'BPSDM NTT',
          startDate: '2026-03-02',
          endDate: '2026-03-03',
          jp: 7.5,
        },
      },
    ]);
  });
  it('names each bad row by line and column and keeps none of them', () => {
    const { rows, issues } = mapImportRows({
      headers,
      rows: [
        row(2, nip, 'course', 'Manajemen proyek', 'LAN', '2026-02-01', '2026-02-05', '24'),
        row(3, '12345', 'course', 'Manajemen proyek', 'LAN', '2026-02-01', '2026-02-05', '24'),
        row(4, nip, 'karaoke', 'Lain', 'LAN', '2026-02-01', '2026-02-05', '2'),
        row(5, nip, 'workshop', 'Arsip', 'ANRI', '2026-04-10', '2026-04-02', '8'),
        row(6, nip, 'coaching', 'Coaching', 'Atasan', '2026-05-01', '2026-05-01', 'dua'),
        row(7, nip, 'course', 'Manajemen proyek', 'LAN', '2026-02-01', '2026-02-05', '24'),
      ],
    });
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(issues).toEqual([
      { line: 3, column: 'NIP', message: 'must be exactly 18 digits' },
      expect.objectContaining({ line: 4, column: 'Jenis' }),
      { line: 5, column: 'Tanggal Selesai', message: 'must not be before startDate' },
      { line: 6, column: 'JP', message: '"dua" is not a number' },
      { line: 7, message: 'the same record as on line 2' },
    ]);
  });
  it('refuses a file without a JP or MENIT column before reading any row', () => {
    const { rows, issues } = mapImportRows({ headers: headers.slice(0, 6), rows: [row(2, nip)] });
    expect(rows).toEqual([]);
    expect(issues).toEqual([{ line: 1, message: 'the file needs a JP or a MENIT column' }]);
  });
});
