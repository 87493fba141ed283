// Text from requests is hostile input: every string has a maximum length (a 3 MiB name must be refused,
// not stored), every code that may become a key has a strict pattern, and a person's name, printed on
// letters and public rankings, refuses what would garble or disguise it. One definition for every schema.
import { z } from 'zod';

/** Maximum lengths, in characters. */
export const textLimits = {
  /** A person's name, a unit's name, a title. */
  name: 200,
  title: 200,
  /** A reason, a note, an SKP text. */
  reason: 2000,
  /** A document kind, a place, a reference to a stored file. */
  short: 200,
  reference: 500,
  /** A request id, an application id. */
  id: 100,
} as const;

/** The most items a list in one request may hold (bulk uploads: a city's cycle fits many times over). */
export const listLimits = {
  formations: 500,
  rows: 100_000,
  components: 20,
  documents: 50,
  sessions: 1000,
  skpResults: 50,
  units: 500,
} as const;

/** Trimmed, not empty, at most `max` characters; messages name `what`. */
export const boundedText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` });

// Control characters (NUL, ESC, DEL, C1), and the bidi embeddings, overrides and isolates that make a
// name read differently from its characters (U+202A–U+202E, U+2066–U+2069).
const FORBIDDEN_IN_NAME = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** A person's name (candidate, employee): at most 200 characters with at least one letter. */
export const personNameSchema = boundedText('name', textLimits.name)
  .refine((v) => !FORBIDDEN_IN_NAME.test(v), {
    error: 'name must not contain control characters or bidirectional overrides',
  })
  .refine((v) => /\p{L}/u.test(v), {
    error: 'name must contain at least one letter (not only spaces or invisible characters)',
  });

/** Names that would reach an object's prototype if a code ever became a key of a plain object. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A code matching `pattern` (which says what it may be made of), never a prototype key. */
export const codeSchema = (pattern: RegExp, message: string) =>
  z
    .string()
    .regex(pattern, { error: message })
    .refine((v) => !PROTOTYPE_KEYS.has(v) || !pattern.test(v), { error: message });
