// What the structure of a NIK (Nomor Induk Kependudukan, the 16-digit population number) lets us check
// without asking Dukcapil: digits 1–2 a province and 3–4 one of its regencies (kabupaten/kota) in
// Kemendagri's list (nik-regions.json names its source), digits 7–12 the holder's birth date as DDMMYY
// with 40 added to the day for women, digits 13–16 a serial from 0001. A NIK squatted as
// 0000000000000000, or one whose birth digits disagree with the declared birth date, is refused.
import regions from './nik-regions.json';

const regencies: Record<string, readonly string[]> = regions.regencies;
/** Women's NIKs carry the day of birth plus this. */
const FEMALE_DAY_OFFSET = 40;

const two = (s: string, at: number) => Number(s.slice(at, at + 2));

/**
 * The reasons `nik` is not the NIK of someone born on `birthDate` (YYYY-MM-DD), empty when it may be. The
 * messages name the digits, never their values, so that a refusal echoes no personal data.
 */
export function nikProblems(nik: string, birthDate: string): string[] {
  if (!/^\d{16}$/.test(nik)) return ['NIK must be exactly 16 digits'];
  if (/^0+$/.test(nik)) return ['a NIK of zeros only is not a NIK'];
  const problems: string[] = [];
  const province = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  if (!regencies[province]) {
    problems.push('the first two digits of the NIK are not a province code of Kemendagri');
  } else if (!regencies[province].includes(regency)) {
    problems.push('digits 3–4 of the NIK are not a regency (kabupaten/kota) code of its province');
  }
  const rawDay = two(nik, 6);
  const day = rawDay > FEMALE_DAY_OFFSET ? rawDay - FEMALE_DAY_OFFSET : rawDay;
  const month = two(nik, 8);
  const [year, bMonth, bDay] = birthDate.split('-').map(Number) as [number, number, number];
  if (day !== bDay || month !== bMonth || two(nik, 10) !== year % 100) {
    problems.push(
      'digits 7–12 of the NIK (the birth date as DDMMYY, 40 added to the day for women) do not match birthDate',
    );
  }
  if (nik.endsWith('0000')) problems.push('the last four digits of the NIK (its serial) start at 0001');
  return problems;
}
