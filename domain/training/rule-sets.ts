// The competency-development rules (RULES 3.2) as a versioned rule set: the yearly minimum of 20 JP, the
// JP of 45 minutes, the kinds that count (classical and non-classical), when the mid-year reminder goes
// out, when a year's entries close, and the verification step's deadline, reminder and escalation. No
// number of these appears anywhere else; a year records the id of the rule set it runs under.
import { z } from 'zod';

/** The kinds of development, each classical (in a class) or non-classical (on the job, online). */
export const trainingKinds = {
  course: { classical: true, label: { id: 'Pelatihan/kursus', en: 'Course' } },
  workshop: { classical: true, label: { id: 'Lokakarya', en: 'Workshop' } },
  seminar: { classical: true, label: { id: 'Seminar', en: 'Seminar' } },
  coaching: { classical: false, label: { id: 'Coaching', en: 'Coaching' } },
  mentoring: { classical: false, label: { id: 'Mentoring', en: 'Mentoring' } },
  'e-learning': { classical: false, label: { id: 'E-learning', en: 'E-learning' } },
  secondment: { classical: false, label: { id: 'Detasering/magang', en: 'Secondment' } },
} as const;
export type TrainingKind = keyof typeof trainingKinds;
export const trainingKindValues = Object.keys(trainingKinds) as [TrainingKind, ...TrainingKind[]];
export const trainingKindSchema = z.enum(trainingKindValues);

export interface TrainingRules {
  id: string;
  /** The least JP a civil servant develops in a calendar year. */
  yearlyJp: number;
  /** Minutes in one JP (jam pelajaran). */
  jpMinutes: number;
  /** From this day of the year (MM-DD, WITA) those behind get a reminder. */
  midYear: string;
  /**
   * Behind at mid-year: fewer JP than this share of the yearly minimum (0.5: under 10 JP on 1 July).
   * [C] The regulation names only the yearly minimum; the share is the agency's convention.
   */
  midYearShare: number;
  /** A year's records may still be entered until this day of the next year (MM-DD, WITA). */
  entriesCloseNextYear: string;
  /** The superior verifies an entry within this, is reminded before it and escalated after it. */
  verification: { within: string; reminderBefore: string; escalationAfter: string };
  /** The most JP one record may carry (a 6-month secondment is about 900 JP). */
  maxJpPerRecord: number;
  /** A development plan item opened from an appraisal predikat below this (RULES 2.5, 3.2). */
  planBelow: 'baik';
  /** The JP a plan item from an appraisal follow-up asks for (the yearly minimum unless set). */
  planJp: number;
}

/** [A] PP 17/2020 art. 203 and PermenPANRB 38/2017 (20 JP a year); Peraturan LAN 10/2018 (JP of 45 minutes). */
export const jp2020: TrainingRules = {
  id: 'jp-2020',
  yearlyJp: 20,
  jpMinutes: 45,
  midYear: '07-01',
  midYearShare: 0.5,
  entriesCloseNextYear: '01-31',
  verification: { within: 'P14D', reminderBefore: 'P3D', escalationAfter: 'P1D' },
  maxJpPerRecord: 1000,
  planBelow: 'baik',
  planJp: 20,
};

export const trainingRuleSets: ReadonlyMap<string, TrainingRules> = new Map([[jp2020.id, jp2020]]);
export const defaultTrainingRuleSetId = jp2020.id;

/** The rule set of an id (a year's record); an unknown id is a programming error. */
export function trainingRules(id: string = defaultTrainingRuleSetId): TrainingRules {
  const r = trainingRuleSets.get(id);
  if (!r) throw new Error(`unknown training rule set ${id}`);
  return r;
}
