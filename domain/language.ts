// The languages sdm-flow writes to people in: Bahasa Indonesia first, English on request.
import { z } from 'zod';

export const languageSchema = z.enum(['id', 'en']).default('id');
export type Language = z.infer<typeof languageSchema>;

/** Picks the text for a language from a pair written side by side, so translations stay together. */
export function t(lang: Language, text: { id: string; en: string }): string {
  return text[lang];
}
