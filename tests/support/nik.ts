// Test NIKs that pass the intake's checks: Kota Kupang (53 71), one of its six kecamatan, the birth date
// as DDMMYY (40 added to the day for women), then a serial from 0001. Each call gives a new serial, from
// an offset of this run, so that two test files sharing a database do not share NIKs.
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const KOTA_KUPANG = '5371';
const KECAMATAN = 6;
const SERIALS = 9999;

let next = Date.now() % (SERIALS * KECAMATAN);

/** A NIK of Kota Kupang for someone born on `birthDate` (YYYY-MM-DD). */
export function nikFor(birthDate: string, sex: 'female' | 'male' = 'male'): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const n = next++ % (SERIALS * KECAMATAN);
  const kecamatan = pad(1 + Math.floor(n / SERIALS), 2);
  const dd = pad(day + (sex === 'female' ? 40 : 0), 2);
  return `${KOTA_KUPANG}${kecamatan}${dd}${pad(month, 2)}${pad(year % 100, 2)}${pad(1 + (n % SERIALS), 4)}`;
}
