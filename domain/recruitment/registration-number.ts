// The registration number (nomor peserta): what a candidate finds themselves by in a published list. It is
// the cycle's code and the order in which the cycle's applications were confirmed, `CPNS-2026-00042`: short
// enough to read out on a phone or find in a printed list, unique per cycle (and, with the code, across
// cycles), and telling nothing about the person (no NIK, birth date or name). Five digits at least; a cycle
// past 99,999 confirmed applications simply has longer numbers.

/** The least number of digits the sequence is written with. */
export const REGISTRATION_DIGITS = 5;

/** `CPNS-2026`, 42 → `CPNS-2026-00042`. */
export function formatRegistrationNumber(cycleCode: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new Error(`a registration sequence is a whole number from 1, not ${sequence}`);
  return `${cycleCode}-${String(sequence).padStart(REGISTRATION_DIGITS, '0')}`;
}

const NUMBER = new RegExp(`^([A-Z0-9][A-Z0-9-]*)-(\\d{${REGISTRATION_DIGITS},15})$`);

/** `CPNS-2026-00042` → `{cycleCode: 'CPNS-2026', sequence: 42}`; undefined for anything else. */
export function parseRegistrationNumber(text: string): { cycleCode: string; sequence: number } | undefined {
  const m = NUMBER.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  const sequence = Number(m[2]);
  // A number is written one way only: padded to five digits, never more zeros than that.
  if (sequence < 1 || m[2] !== String(sequence).padStart(REGISTRATION_DIGITS, '0')) return undefined;
  return { cycleCode: m[1]!, sequence };
}
