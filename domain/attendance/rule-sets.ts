// The attendance and discipline rules as data with a version (`pp-94-2021`): the bands of unexcused days
// in a calendar year and their sanctions (PP 94/2021 art. 9–11, RULES 3.1), the conversion of accumulated
// lateness and early leaving into days, the TPP cut of a medium sanction, the deadlines of each step of a
// disciplinary case and of an excused-absence approval, and the check-in position rule. Every number used
// anywhere in attendance comes from here; a later regulation is a new rule set with a new id.

export type SanctionLevel = 'light' | 'medium' | 'heavy';

export const sanctionCodes = [
  'oral-warning',
  'written-warning',
  'statement-of-dissatisfaction',
  'tpp-cut-6',
  'tpp-cut-9',
  'tpp-cut-12',
  'demotion',
  'removal-to-executor',
  'dismissal',
] as const;
export type SanctionCode = (typeof sanctionCodes)[number];

export interface DisciplineBand {
  /** Stable code, part of the case's workflow id: `3`, `4-6`, …, `28+`, `consecutive-10`. */
  code: string;
  /** Unexcused days in the year, inclusive; `max` null: no upper bound. */
  min: number;
  max: number | null;
  level: SanctionLevel;
  sanction: SanctionCode;
  /** A medium sanction: the TPP is cut by `percent` for `months` months. */
  tppCut?: { percent: number; months: number };
  /** A heavy sanction that lasts a term (demotion, removal): its months. */
  months?: number;
}

export interface StepDeadlines {
  /** How long the assignee has, from the moment the step opens (ISO 8601 duration). */
  within: string;
  remindBefore: string;
  /** The first escalation (to the assignee's own superior) this long after the due date… */
  escalateAfter: string;
  /** …and the second (to HR) this long after the first. */
  escalateAgainAfter: string;
}

export interface AttendanceRuleSet {
  id: string;
  sources: string[];
  bands: DisciplineBand[];
  /** Unexcused working days in a row that reach the heaviest band on their own (PP 94/2021 art. 11(2)(d)). */
  consecutiveDays: { days: number; band: string };
  /**
   * Accumulated lateness and early leaving, in minutes, that count as one unexcused day.
   * [B/C] Peraturan BKN 6/2022 (implementing PP 94/2021) converts accumulated late arrival and early
   * leaving at 7.5 hours = 1 day of absence; one secondary source, confirm against the Peraturan's text.
   */
  minutesPerDay: number;
  /**
   * A day with one punch of the machine missing counts this many minutes late (no check-in) or early (no
   * check-out). [C] convention: the longest lateness class (TL4/PSW4) of common regional practice; verify
   * against Kota Kupang's own rule.
   */
  missingPunchMinutes: number;
  /** The steps of a disciplinary case, all the direct superior's. */
  discipline: { summons: StepDeadlines; examination: StepDeadlines; decision: StepDeadlines };
  /** The direct superior's approval of an excused absence. */
  excusedApproval: StepDeadlines;
  /** How far ahead (days) and how long (days) an excused absence may be asked for. */
  excused: { maxDaysAhead: number; maxDaysBack: number; maxLengthDays: number };
  /** A browser's position is taken only this accurate (metres); the unit sets its own radius. */
  position: { maxAccuracyMeters: number; maxRadiusMeters: number };
}

const days = (n: number) => `P${n}D`;
const step = (within: number): StepDeadlines => ({
  within: days(within),
  remindBefore: days(1),
  escalateAfter: days(2),
  escalateAgainAfter: days(3),
});

export const pp94of2021: AttendanceRuleSet = {
  id: 'pp-94-2021',
  sources: [
    'PP 94/2021 tentang Disiplin PNS, pasal 9–11 (hukuman disiplin karena tidak masuk kerja tanpa keterangan) [A]',
    'Peraturan BKN 6/2022 (pelaksanaan PP 94/2021): keterlambatan/pulang cepat kumulatif 7,5 jam = 1 hari [B/C]',
    'RULES 3.1 of shared/domain/RULES.md',
  ],
  bands: [
    { code: '3', min: 3, max: 3, level: 'light', sanction: 'oral-warning' },
    { code: '4-6', min: 4, max: 6, level: 'light', sanction: 'written-warning' },
    { code: '7-10', min: 7, max: 10, level: 'light', sanction: 'statement-of-dissatisfaction' },
    {
      code: '11-13',
      min: 11,
      max: 13,
      level: 'medium',
      sanction: 'tpp-cut-6',
      tppCut: { percent: 25, months: 6 },
    },
    {
      code: '14-16',
      min: 14,
      max: 16,
      level: 'medium',
      sanction: 'tpp-cut-9',
      tppCut: { percent: 25, months: 9 },
    },
    {
      code: '17-20',
      min: 17,
      max: 20,
      level: 'medium',
      sanction: 'tpp-cut-12',
      tppCut: { percent: 25, months: 12 },
    },
    { code: '21-24', min: 21, max: 24, level: 'heavy', sanction: 'demotion', months: 12 },
    { code: '25-27', min: 25, max: 27, level: 'heavy', sanction: 'removal-to-executor', months: 12 },
    { code: '28+', min: 28, max: null, level: 'heavy', sanction: 'dismissal' },
  ],
  consecutiveDays: { days: 10, band: 'consecutive-10' },
  minutesPerDay: 450,
  missingPunchMinutes: 90,
  discipline: { summons: step(7), examination: step(7), decision: step(7) },
  excusedApproval: step(3),
  excused: { maxDaysAhead: 90, maxDaysBack: 30, maxLengthDays: 90 },
  position: { maxAccuracyMeters: 150, maxRadiusMeters: 5000 },
};

const ruleSets = new Map<string, AttendanceRuleSet>([[pp94of2021.id, pp94of2021]]);
export const defaultAttendanceRuleSetId = pp94of2021.id;

export function attendanceRuleSet(id: string = defaultAttendanceRuleSetId): AttendanceRuleSet {
  const r = ruleSets.get(id);
  if (!r) throw new Error(`unknown attendance rule set ${id}`);
  return r;
}

/** The band a case of `code` is about; the consecutive-days rule has the heaviest band's sanction. */
export function bandByCode(rules: AttendanceRuleSet, code: string): DisciplineBand | undefined {
  if (code === rules.consecutiveDays.band) {
    const heaviest = rules.bands[rules.bands.length - 1]!;
    return { ...heaviest, code, min: rules.consecutiveDays.days, max: null };
  }
  return rules.bands.find((b) => b.code === code);
}

/** Names of the sanctions, as letters name them. */
export const sanctionNames: Record<SanctionCode, { id: string; en: string }> = {
  'oral-warning': { id: 'teguran lisan', en: 'oral warning' },
  'written-warning': { id: 'teguran tertulis', en: 'written warning' },
  'statement-of-dissatisfaction': {
    id: 'pernyataan tidak puas secara tertulis',
    en: 'written statement of dissatisfaction',
  },
  'tpp-cut-6': { id: 'pemotongan TPP 25% selama 6 bulan', en: 'TPP cut 25% for 6 months' },
  'tpp-cut-9': { id: 'pemotongan TPP 25% selama 9 bulan', en: 'TPP cut 25% for 9 months' },
  'tpp-cut-12': { id: 'pemotongan TPP 25% selama 12 bulan', en: 'TPP cut 25% for 12 months' },
  demotion: {
    id: 'penurunan jabatan setingkat lebih rendah selama 12 bulan',
    en: 'demotion one level for 12 months',
  },
  'removal-to-executor': {
    id: 'pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan',
    en: 'removal from position to an executor position for 12 months',
  },
  dismissal: {
    id: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    en: 'dismissal not at own request',
  },
};
