// The form that opens a cycle, as pure functions: its posted fields read into values (each string bounded,
// the rows counted), the values mapped to the body of createCycleSchema (WITA date-times to instants,
// a number and a unit to an ISO 8601 duration, empty fields left out so the rule set's default holds), and
// each issue's path in that body mapped back to the field it is about. No rule is checked here: whether the
// body is valid is createCycleSchema's to say, with the API's own messages.
import type { Translate } from '../../domain/messages';
import type { CycleKind } from '../../domain/recruitment/rule-sets';
import { durationMs } from '../../domain/time';

/** Formation rows the form shows at first, and at most (a city's cycle with more opens over the API). */
export const formRows = { initial: 3, max: 30 } as const;

/** The longest string the form reads from any field; the API's own, shorter limits give their messages. */
export const FIELD_MAX = 400;

export const rowFields = ['code', 'title', 'unit', 'type', 'vacancies'] as const;
export type RowField = (typeof rowFields)[number];
export type FormationRow = Record<RowField, string>;

/** The windows on the form: the three of the schedule, and the two reminders HR shortens with them. */
export const windowFields = [
  { name: 'appealWindow', at: 'schedule' },
  { name: 'appealAnswerWindow', at: 'schedule' },
  { name: 'documentWindow', at: 'schedule' },
  { name: 'appealAnswerReminderBefore', at: 'rules' },
  { name: 'documentReminderBefore', at: 'rules' },
] as const;
export type WindowField = (typeof windowFields)[number]['name'];

export const durationUnits = ['hari', 'jam', 'menit', 'detik'] as const;
export type DurationUnit = (typeof durationUnits)[number];
const unitMs: Record<DurationUnit, number> = { hari: 86_400_000, jam: 3_600_000, menit: 60_000, detik: 1000 };
const unitIso: Record<DurationUnit, (n: string) => string> = {
  hari: (n) => `P${n}D`,
  jam: (n) => `PT${n}H`,
  menit: (n) => `PT${n}M`,
  detik: (n) => `PT${n}S`,
};

/** The rule overrides on the form (those a BKPSDM officer changes); the rest are the API's. */
export const ruleFields = [
  { name: 'passing-twk', path: ['skd', 'passing', 'umum', 'twk'], kinds: ['CPNS'], source: 'passing' },
  { name: 'passing-tiu', path: ['skd', 'passing', 'umum', 'tiu'], kinds: ['CPNS'], source: 'passing' },
  { name: 'passing-tkp', path: ['skd', 'passing', 'umum', 'tkp'], kinds: ['CPNS'], source: 'passing' },
  { name: 'skbCutMultiplier', path: ['skbCutMultiplier'], kinds: ['CPNS'], source: 'skbCut' },
  { name: 'skdWeight', path: ['final', 'skdWeight'], kinds: ['CPNS'], source: 'weights' },
  { name: 'skbWeight', path: ['final', 'skbWeight'], kinds: ['CPNS'], source: 'weights' },
  { name: 'ageMax', path: ['age', 'max'], kinds: ['CPNS', 'PPPK'], source: 'age' },
] as const;
export type RuleField = (typeof ruleFields)[number];
export type RuleFieldName = RuleField['name'];

export const rulesOf = (kind: CycleKind): RuleField[] =>
  ruleFields.filter((f) => (f.kinds as readonly string[]).includes(kind));

/** What the form holds, as typed: every value a string, so that a re-rendered form shows it unchanged. */
export interface CycleFormValues {
  kind: CycleKind;
  code: string;
  title: string;
  budgetYear: string;
  opensAt: string;
  closesAt: string;
  rows: FormationRow[];
  windows: Record<WindowField, { n: string; unit: string }>;
  rules: Partial<Record<RuleFieldName, string>>;
}

/** A message beside one field of the form, by the field's id (`f1-vacancies`, `closesAt`, `rules`). */
export interface FormIssue {
  field: string;
  message: string;
}

export function emptyForm(kind: CycleKind = 'CPNS', rows: number = formRows.initial): CycleFormValues {
  return {
    kind,
    code: '',
    title: '',
    budgetYear: '',
    opensAt: '',
    closesAt: '',
    rows: Array.from({ length: rows }, emptyRow),
    windows: Object.fromEntries(windowFields.map((w) => [w.name, { n: '', unit: 'hari' }])) as Record<
      WindowField,
      { n: string; unit: string }
    >,
    rules: {},
  };
}

export const emptyRow = (): FormationRow => ({ code: '', title: '', unit: '', type: 'umum', vacancies: '' });

/**
 * The posted fields as the form's values (for `kind`, the kind the form was showing). A field too long or
 * sent twice is an issue beside it; so is a row count over the form's maximum (the rows are then cut to it).
 * Only the form's own field names are read; nothing posted becomes a key.
 */
export function readCycleForm(
  body: Record<string, unknown>,
  kind: CycleKind,
  t: Translate,
): { values: CycleFormValues; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const str = (name: string, field = name): string => {
    const v = Object.hasOwn(body, name) ? body[name] : undefined;
    if (v === undefined) return '';
    if (typeof v !== 'string') {
      issues.push({ field, message: t('hr.cycles.error.repeated') });
      return '';
    }
    if (v.length > FIELD_MAX) {
      issues.push({ field, message: t('hr.cycles.error.tooLong', { max: FIELD_MAX }) });
      return v.slice(0, FIELD_MAX);
    }
    return v;
  };
  const asked = str('rows', 'formations');
  let count = /^\d{1,6}$/.test(asked) ? Number(asked) : formRows.initial;
  if (count > formRows.max) {
    issues.push({ field: 'formations', message: t('hr.cycles.error.tooManyRows', { max: formRows.max }) });
    count = formRows.max;
  }
  count = Math.max(count, 1);
  const values: CycleFormValues = {
    kind,
    code: str('code'),
    title: str('title'),
    budgetYear: str('budgetYear'),
    opensAt: str('opensAt'),
    closesAt: str('closesAt'),
    rows: Array.from({ length: count }, (_, i) => {
      const row = emptyRow();
      for (const f of rowFields) row[f] = str(`f${i}-${f}`);
      return row;
    }),
    windows: emptyForm(kind, 0).windows,
    rules: {},
  };
  for (const w of windowFields)
    values.windows[w.name] = { n: str(w.name), unit: str(`${w.name}-unit`, w.name) || 'hari' };
  for (const r of rulesOf(kind)) values.rules[r.name] = str(r.name);
  return { values, issues };
}

/** A `datetime-local` value read as WITA (UTC+8, no daylight saving), as an ISO instant with its offset. */
export function witaInstant(local: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?$/.exec(local.trim());
  if (!m) return undefined;
  const [, date, hh, mm, ss = '00', frac = ''] = m;
  const iso = `${date}T${hh}:${mm}:${ss}${frac}+08:00`;
  const ms = Date.parse(iso);
  // A date that does not exist (31 April) is refused, not rolled over into the next month.
  if (Number.isNaN(ms) || witaLocal(ms).slice(0, 19) !== `${date}T${hh}:${mm}:${ss}`) return undefined;
  return iso;
}

/** An instant as a `datetime-local` value in WITA, to the second (what `witaInstant` reads back). */
export function witaLocal(instant: number | string | Date): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
}

/** A count and a unit as an ISO 8601 duration (3 hari → P3D, 10 menit → PT10M); undefined if not one. */
export function isoDuration(n: string, unit: string): string | undefined {
  if (!/^\d{1,6}$/.test(n.trim()) || !(durationUnits as readonly string[]).includes(unit)) return undefined;
  return unitIso[unit as DurationUnit](String(Number(n.trim())));
}

/** An ISO duration as a count in its largest whole unit (P3D → 3 hari), or undefined below a second. */
export function durationFields(iso: string): { n: string; unit: DurationUnit } | undefined {
  const ms = durationMs(iso);
  const unit = durationUnits.find((u) => ms % unitMs[u] === 0);
  return unit && ms > 0 ? { n: String(ms / unitMs[unit]), unit } : undefined;
}

/** A number as HR writes it (a decimal comma allowed); undefined when it is none. */
export function formNumber(raw: string): number | undefined {
  const v = raw.trim();
  if (!/^-?\d{1,12}(?:[.,]\d{1,12})?$/.test(v)) return undefined;
  return Number(v.replace(',', '.'));
}

/** Sets `value` at a path of the form's own constant keys in a nested object. */
function setAt(tree: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = tree;
  for (const k of path.slice(0, -1)) {
    if (!Object.hasOwn(node, k)) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/**
 * The body of `POST /api/v1/recruitment/cycles` from the form's values, and for each formation in it the
 * form row it came from (empty rows are left out). A field that is not a number, a date-time or a count
 * where one is needed is an issue of the form's own, and stays out of the body.
 */
export function cycleBodyOf(
  values: CycleFormValues,
  t: Translate,
): { body: Record<string, unknown>; rowOf: number[]; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  const number = (raw: string, field: string, required: boolean): number | undefined => {
    if (!raw.trim() && !required) return undefined;
    const n = formNumber(raw);
    if (n === undefined) issues.push({ field, message: t('hr.cycles.error.number') });
    return n;
  };
  const instant = (raw: string, field: string) => {
    const v = witaInstant(raw);
    if (v === undefined) issues.push({ field, message: t('hr.cycles.error.dateTime') });
    return v;
  };

  const rowOf: number[] = [];
  const formations = values.rows.flatMap((row, i) => {
    if (!row.code.trim() && !row.title.trim() && !row.unit.trim() && !row.vacancies.trim()) return [];
    rowOf.push(i);
    return [
      {
        code: row.code.trim(),
        title: row.title,
        unit: row.unit,
        ...(row.type ? { type: row.type } : {}),
        vacancies: number(row.vacancies, `f${i}-vacancies`, true),
      },
    ];
  });

  const schedule: Record<string, unknown> = {
    registrationOpensAt: instant(values.opensAt, 'opensAt'),
    registrationClosesAt: instant(values.closesAt, 'closesAt'),
  };
  const rules: Record<string, unknown> = {};
  for (const w of windowFields) {
    const { n, unit } = values.windows[w.name];
    if (!n.trim()) continue;
    const iso = isoDuration(n, unit);
    if (iso === undefined) issues.push({ field: w.name, message: t('hr.cycles.error.count') });
    else if (w.at === 'schedule') schedule[w.name] = iso;
    else setAt(rules, ['windows', w.name], iso);
  }
  for (const r of rulesOf(values.kind)) {
    const v = number(values.rules[r.name] ?? '', r.name, false);
    if (v !== undefined) setAt(rules, r.path, v);
  }
  const budgetYear = number(values.budgetYear, 'budgetYear', false);

  const body: Record<string, unknown> = {
    code: values.code.trim(),
    kind: values.kind,
    title: values.title,
    formations,
    schedule,
    ...(budgetYear !== undefined ? { budgetYear } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
  return { body, rowOf, issues };
}

const samePath = (a: readonly PropertyKey[], b: readonly string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The form field an issue of createCycleSchema (or a refusal of the command) is about, by its path in the
 * body: `['formations', 1, 'vacancies']` is the vacancies of the form row that formation came from,
 * `['schedule', 'registrationClosesAt']` the closing date-time. What names no field is the form's
 * (`formations`, `rules`, or `form` for the whole).
 */
export function fieldOfPath(path: readonly PropertyKey[], rowOf: readonly number[]): string {
  const [head, second, third] = path;
  if (head === 'formations') {
    if (typeof second !== 'number' || rowOf[second] === undefined) return 'formations';
    const field = (rowFields as readonly PropertyKey[]).includes(third) ? String(third) : 'code';
    return `f${rowOf[second]}-${field}`;
  }
  if (head === 'schedule') {
    if (second === 'registrationOpensAt') return 'opensAt';
    if (second === 'registrationClosesAt') return 'closesAt';
    return windowFields.find((w) => w.at === 'schedule' && w.name === second)?.name ?? 'form';
  }
  if (head === 'rules') {
    if (second === 'windows')
      return windowFields.find((w) => w.at === 'rules' && w.name === third)?.name ?? 'rules';
    return ruleFields.find((r) => samePath(path.slice(1), r.path))?.name ?? 'rules';
  }
  if (head === 'code' || head === 'title' || head === 'kind' || head === 'budgetYear') return head;
  return 'form';
}

/** The field a command's refusal names by its path (`body.rules`, `body.formations.1.code`). */
export function fieldOfProblemPath(path: string, rowOf: readonly number[]): string {
  const parts = path.split('.').map((p) => (/^\d{1,6}$/.test(p) ? Number(p) : p));
  return fieldOfPath(parts[0] === 'body' ? parts.slice(1) : parts, rowOf);
}

/**
 * The messages beside each field: the form's own issues, then the API's on fields the form found nothing
 * wrong with (a vacancies field that is not a number is not also "expected number"), each message once.
 */
export function issuesByField(
  own: readonly FormIssue[],
  api: readonly FormIssue[] = [],
): Map<string, string[]> {
  const mine = new Set(own.map((i) => i.field));
  const by = new Map<string, string[]>();
  for (const { field, message } of [...own, ...api.filter((i) => !mine.has(i.field))]) {
    const list = by.get(field) ?? [];
    if (!list.includes(message)) by.set(field, [...list, message]);
  }
  return by;
}
