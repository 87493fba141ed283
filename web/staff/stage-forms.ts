// The fields of HR's stage forms (screening, SKD sessions), read from a urlencoded body: every field
// bounded, unknown ones ignored, each problem named by its field as a catalogue key, so that a page shows
// it beside that field in the reader's language. What a decision may be (the statuses, the phase) is the
// commands' to say; here only what a form can get wrong.
import { z } from 'zod';
import { textLimits } from '../../domain/text';

/** The most applications one form may carry: the page's rows (the pages' bodies allow 20 fields). */
export const FORM_ROWS = 15;

export type FieldKey = 'selection' | 'decision' | 'reason' | 'code' | 'place' | 'startsAt';
export type FormErrors = Partial<Record<FieldKey, StageFormError>>;
export type StageFormError =
  | 'hr.stages.error.selection'
  | 'hr.stages.error.tooMany'
  | 'hr.stages.error.nobody'
  | 'hr.stages.error.decision'
  | 'hr.stages.error.reason'
  | 'hr.stages.error.code'
  | 'hr.stages.error.place'
  | 'hr.stages.error.startsAt';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

const oneOrMany = z.union([z.string(), z.array(z.string())]).optional();

/** The `id` fields (checkboxes or hidden), in order, each once. */
function idsOf(raw: unknown): { ids: string[]; error?: StageFormError } {
  const parsed = oneOrMany.safeParse(raw);
  if (!parsed.success) return { ids: [], error: 'hr.stages.error.selection' };
  const all = parsed.data === undefined ? [] : [parsed.data].flat();
  const ids = [...new Set(all.map((s) => s.trim()).filter(Boolean))];
  if (ids.some((id) => id.length > textLimits.id)) return { ids: [], error: 'hr.stages.error.selection' };
  if (ids.length > FORM_ROWS) return { ids: [], error: 'hr.stages.error.tooMany' };
  return { ids };
}

const field = (body: Record<string, unknown>, name: string): string => {
  const v = body[name];
  return typeof v === 'string' ? v.trim() : '';
};

const reasonSchema = z.string().min(1).max(textLimits.reason);
const shortSchema = z.string().min(1).max(textLimits.short);

export interface ScreeningFormValue {
  ids: string[];
  decision: 'MS' | 'TMS';
  reason: string;
}

/** The screening form (and its confirmation): selected applications, MS or TMS, a reason. */
export function parseScreeningForm(body: Record<string, unknown>): Parsed<ScreeningFormValue> {
  const errors: FormErrors = {};
  const { ids, error } = idsOf(body.id);
  if (error) errors.selection = error;
  else if (ids.length === 0) errors.selection = 'hr.stages.error.selection';
  const decision = z.enum(['MS', 'TMS']).safeParse(body.decision);
  if (!decision.success) errors.decision = 'hr.stages.error.decision';
  const reason = reasonSchema.safeParse(field(body, 'reason'));
  if (!reason.success) errors.reason = 'hr.stages.error.reason';
  if (Object.keys(errors).length > 0 || !decision.success || !reason.success) return { ok: false, errors };
  return { ok: true, value: { ids, decision: decision.data, reason: reason.data } };
}

/**
 * A `datetime-local` value read in WITA (UTC+8, no daylight saving) as an instant with its offset:
 * "2026-09-01T08:00" → "2026-09-01T08:00:00+08:00"; anything else is undefined.
 */
export function witaInstant(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00'] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  const t = new Date(iso);
  // Rejects 2026-02-30 and 25:00, which Date would roll over.
  if (Number.isNaN(t.getTime())) return undefined;
  const back = new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return back === `${y}-${mo}-${d}T${h}:${mi}:${s}` ? iso : undefined;
}

/** Who sits a session: the MS applicants without a seat, every MS applicant, or those ticked. */
export const seatChoices = ['unseated', 'all', 'selected'] as const;
export type SeatChoice = (typeof seatChoices)[number];

export interface SkdSessionFormValue {
  code: string;
  place: string;
  startsAt: string;
  who: SeatChoice;
  ids: string[];
}

/** The SKD session form: one session (code, place, start in WITA) and who sits it. */
export function parseSkdSessionForm(body: Record<string, unknown>): Parsed<SkdSessionFormValue> {
  const errors: FormErrors = {};
  const code = shortSchema.safeParse(field(body, 'code'));
  if (!code.success) errors.code = 'hr.stages.error.code';
  const place = shortSchema.safeParse(field(body, 'place'));
  if (!place.success) errors.place = 'hr.stages.error.place';
  const startsAt = witaInstant(field(body, 'startsAt'));
  if (!startsAt) errors.startsAt = 'hr.stages.error.startsAt';
  const who = z.enum(seatChoices).catch('unseated').parse(body.who);
  const { ids, error } = idsOf(body.id);
  if (error) errors.selection = error;
  else if (who === 'selected' && ids.length === 0) errors.selection = 'hr.stages.error.selection';
  if (Object.keys(errors).length > 0 || !code.success || !place.success || !startsAt)
    return { ok: false, errors };
  return { ok: true, value: { code: code.data, place: place.data, startsAt, who, ids } };
}

/** `?page=`: a page number from 1, anything else the first page. */
export const pageQuery = z.coerce.number().int().min(1).max(1_000_000).catch(1);
