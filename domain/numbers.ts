// Numbers as the reader writes them, in emails, pages and explanations alike: 77,091 and 40% and "ke-7" in
// Indonesian, 77.091 and 40% and "7th" in English. One place, so that an email and its page never disagree.
import type { Language } from './language';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** A score as the rules rounded it (no further rounding here): 77,091 in Indonesian, 77.091 in English. */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 20 }).format(n);
}

/** A weight (0.4) as a percentage: 40%. */
export function formatPercent(fraction: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 2 }).format(
    fraction,
  );
}

const englishSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const englishOrdinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });

/** A rank as a position: "ke-7" in Indonesian, "7th" in English. */
export function formatOrdinal(n: number, lang: Language): string {
  return lang === 'id' ? `ke-${n}` : `${n}${englishSuffixes[englishOrdinals.select(n)] ?? 'th'}`;
}
