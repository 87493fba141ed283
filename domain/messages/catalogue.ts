// How the one message catalogue is built: every text a person reads (pages and emails alike) is an entry
// keyed by meaning, Bahasa Indonesia and English side by side so the two never drift apart; an entry with
// values is a function of them. Pure (no Node modules): emails are rendered from it in activities, pages
// on the server, and domain rules may name its texts.
import type { Language } from '../language';

export type Pair = { id: string; en: string };
/** A section of the catalogue: its entries, plain or of values. */
export type Section = Record<string, Pair | ((p: never) => Pair)>;

type Params<S extends Section, K extends keyof S> = S[K] extends (p: infer P) => Pair ? [P] : [];

/** The text of an entry of `S` in one language; `t('candidate.deadline.until', { at, left })`. */
export type TranslateIn<S extends Section> = <K extends keyof S & string>(
  key: K,
  ...params: Params<S, K>
) => string;

export function translatorOf<S extends Section>(section: S, lang: Language): TranslateIn<S> {
  return (key, ...params) => {
    const m = section[key] as Pair | ((p: unknown) => Pair);
    return (typeof m === 'function' ? m(params[0]) : m)[lang];
  };
}
