// The fingerprint machines' exports read into rows: headers as the machines write them, dates and times
// in their usual forms, and every bad row named by line and column.
import { mapPunchRows, parseDate, parseTime } from '../../../domain/attendance/import-file';

const NIP = '198501012010011001';
const table = (rows: string[][], headers = ['NIP', 'Nama', 'Tanggal', 'Jam Masuk', 'Jam Pulang']) => ({
  headers,
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});

describe('fingerprint export rows', () => {
  it('reads dates day first and times with a colon or a dot', () => {
    expect(parseDate('02/03/2026')).toBe('2026-03-02');
    expect(parseDate('2026-03-02')).toBe('2026-03-02');
    expect(parseDate('31/02/2026')).toBeUndefined();
    expect(parseTime('7.45')).toBe('07:45');
    expect(parseTime('16:05:30')).toBe('16:05');
    expect(parseTime('1899-12-30T07:45:00.000Z')).toBe('07:45');
    expect(parseTime('24:00')).toBeUndefined();
  });
  it('maps good rows and names every bad one by line and column', () => {
    const r = mapPunchRows(
      table([
        [NIP, 'Maria', '02/03/2026', '07:31', '16:00'],
        ['12345', 'X', '02/03/2026', '07:30', '16:00'],
        [NIP, 'Maria', '2026-13-01', '07:30', ''],
        [NIP, 'Maria', '03/03/2026', '', ''],
        [NIP, 'Maria', '02/03/2026', '08:00', '07:00'],
      ]),
    );
    expect(r.rows).toEqual([{ line: 2, nip: NIP, date: '2026-03-02', checkIn: '07:31', checkOut: '16:00' }]);
    expect(r.issues).toEqual([
      { line: 3, column: 'NIP', message: 'the NIP must be 18 digits' },
      { line: 4, column: 'Tanggal', message: '"2026-13-01" is not a date' },
      { line: 5, column: 'Jam Masuk', message: 'the row has neither a check-in nor a check-out' },
      { line: 6, column: 'Jam Pulang', message: 'the check-out is before the check-in' },
      { line: 6, message: 'the same employee and day as on line 2' },
    ]);
  });
  it('refuses a file without the columns it needs, naming each', () => {
    expect(mapPunchRows(table([[NIP]], ['NIP', 'TANGGAL'])).issues.map((i) => i.message)).toEqual([
      'the file has no JAM_MASUK column',
      'the file has no JAM_PULANG column',
    ]);
  });
});
