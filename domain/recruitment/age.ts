// The ages a selection admits (RULES 1.1, the rule set's `age`): counted in whole years on the day
// registration closes, in WITA, so that an invented birth date (year 0000 or 2999) cannot enter and win
// the final tie-break, which prefers the older candidate.
import { dateInWita } from '../time';

export interface AgeLimits {
  min: number;
  max: number;
}

/** Whole years of age on `on` (YYYY-MM-DD) of someone born on `birthDate` (YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Why `birthDate` is outside the limits on the closing day of registration, or undefined when inside. */
export function ageProblem(
  birthDate: string,
  limits: AgeLimits,
  registrationClosesAt: string,
): string | undefined {
  const closing = dateInWita(Date.parse(registrationClosesAt));
  const age = ageOn(birthDate, closing);
  if (age >= limits.min && age <= limits.max) return undefined;
  return `an applicant must be ${limits.min} to ${limits.max} years old on ${closing}, the day registration closes`;
}
