// The form that opens an appraisal year, as pure functions: its posted fields read into values (each
// string bounded, the units a fixed list of checkboxes), the values mapped to the body of
// appraisalYearInputSchema (WITA date-times to instants, a number and a unit to an ISO 8601 duration,
// empty fields left out so the rule set's default holds), and each issue's path in that body mapped back
// to its field. No rule is checked here: whether the body is valid is the schema's to say.
import type { Translate } from '../../../domain/messages';
import { listLimits } from '../../../domain/text';
import { FIELD_MAX, formNumber, isoDuration, witaInstant, type FormIssue } from '../cycle-form';

/** The durations on the form: where each goes in the body. */
export const yearDurations = [
  { name: 'periodRatingWindow', path: ['deadlines', 'periodRatingWindow'] },
  { name: 'objectionWindow', path: ['deadlines', 'objectionWindow'] },
  { name: 'reminderBefore', path: ['reminderBefore'] },
  { name: 'escalationAfter', path: ['escalationAfter'] },
  { name: 'periodLength', path: ['compressedCalendar', 'periodLength'] },
] as const;
export type YearDuration = (typeof yearDurations)[number]['name'];

export interface YearFormValues {
  year: string;
  periodicity: string;
  skpDueAt: string;
  annualDueAt: string;
  durations: Record<YearDuration, { n: string; unit: string }>;
  /** The units ticked (none: every unit). */
  units: string[];
  /** The compressed calendar's start (demonstrations and tests; empty: the real calendar). */
  startsAt: string;
}

export function emptyYearForm(year: number): YearFormValues {
  return {
    year: String(year),
    periodicity: '',
    skpDueAt: '',
    annualDueAt: '',
    durations: Object.fromEntries(yearDurations.map((d) => [d.name, { n: '', unit: 'hari' }])) as Record<
      YearDuration,
      { n: string; unit: string }
    >,
    units: [],
    startsAt: '',
  };
}

/** The posted fields as the form's values; only the form's own names are read, each bounded. */
export function readYearForm(
  body: Record<string, unknown>,
  t: Translate,
): { values: YearFormValues; issues: FormIssue[] } {
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
  const values = emptyYearForm(0);
  values.year = str('year');
  values.periodicity = str('periodicity');
  values.skpDueAt = str('skpDueAt');
  values.annualDueAt = str('annualDueAt');
  values.startsAt = str('startsAt');
  for (const d of yearDurations)
    values.durations[d.name] = { n: str(d.name), unit: str(`${d.name}-unit`, d.name) || 'hari' };
  const units = Object.hasOwn(body, 'units') ? body.units : undefined;
  const list = units === undefined ? [] : Array.isArray(units) ? units : [units];
  if (list.length > listLimits.units)
    issues.push({ field: 'units', message: t('hrYear.form.tooManyUnits', { max: listLimits.units }) });
  values.units = list
    .slice(0, listLimits.units)
    .filter((u): u is string => typeof u === 'string')
    .map((u) => u.slice(0, 40));
  return { values, issues };
}

/** Sets `value` at a path of the form's own constant keys. */
function setAt(tree: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = tree;
  for (const k of path.slice(0, -1)) {
    if (!Object.hasOwn(node, k)) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** The body of `POST /api/v1/appraisal/years` from the form's values, with the form's own issues. */
export function yearBodyOf(values: YearFormValues, t: Translate) {
  const issues: FormIssue[] = [];
  const body: Record<string, unknown> = {};
  const year = formNumber(values.year);
  if (year === undefined) issues.push({ field: 'year', message: t('hr.cycles.error.number') });
  else body.year = year;
  if (values.periodicity) body.periodicity = values.periodicity;
  const instant = (raw: string, field: string, path: string[]) => {
    if (!raw.trim()) return;
    const v = witaInstant(raw);
    if (v === undefined) issues.push({ field, message: t('hr.cycles.error.dateTime') });
    else setAt(body, path, v);
  };
  instant(values.skpDueAt, 'skpDueAt', ['deadlines', 'skpDueAt']);
  instant(values.annualDueAt, 'annualDueAt', ['deadlines', 'annualDueAt']);
  instant(values.startsAt, 'startsAt', ['compressedCalendar', 'startsAt']);
  for (const d of yearDurations) {
    const { n, unit } = values.durations[d.name];
    if (!n.trim()) continue;
    const iso = isoDuration(n, unit);
    if (iso === undefined) issues.push({ field: d.name, message: t('hr.cycles.error.count') });
    else setAt(body, d.path, iso);
  }
  if (values.units.length > 0) body.units = values.units;
  return { body, issues };
}

/** The form field an issue of appraisalYearInputSchema is about, by its path in the body. */
export function yearFieldOfPath(path: readonly PropertyKey[]): string {
  const [head, second] = path;
  if (head === 'deadlines' && typeof second === 'string') {
    if (second === 'skpDueAt' || second === 'annualDueAt') return second;
    return yearDurations.find((d) => d.path[0] === 'deadlines' && d.path[1] === second)?.name ?? 'form';
  }
  if (head === 'compressedCalendar') return second === 'periodLength' ? 'periodLength' : 'startsAt';
  if (head === 'reminderBefore' || head === 'escalationAfter') return head;
  if (head === 'year' || head === 'periodicity' || head === 'units') return head;
  return 'form';
}
