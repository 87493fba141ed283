// The emails of an appraisal year, one pure template per step, Bahasa Indonesia first and English on
// request. The email activity renders them by name from `appraisalEmails`; dates are shown in WITA.
import { checkpointParagraphs, type AuditCheckpoint } from '../audit-checkpoint';
import { composeEmail, type EmailTemplate } from '../email/content';
import { t, type Language } from '../language';
import { translator, type Translate } from '../messages';
import { formatInstant } from '../time';
import type { PeriodCode } from './periods';
import {
  predikatNames,
  ratingLevelNames,
  type Periodicity,
  type Predikat,
  type RatingLevel,
  type RuleChange,
} from './rule-sets';
import { appraisalTasks, type AppraisalTaskType } from './tasks';

type Period = PeriodCode | 'annual';
/** Optional link to the task or the result in sdm-flow. */
type Linked = { link?: string };

/** One email of the year: greeting, paragraphs, the link (when given) and the signature, in `lang`. */
export function letter(
  lang: Language,
  to: string,
  body: (tr: Translate, at: (instant: string) => string) => { subject: string; paragraphs: string[] },
  url?: string,
) {
  const tr = translator(lang);
  const { subject, paragraphs } = body(tr, (instant) => formatInstant(instant, lang));
  return composeEmail({
    subject,
    greeting: tr('appraisal.greeting', { name: to }),
    paragraphs,
    link: url ? { url, label: tr('appraisal.open') } : undefined,
    signature: tr('appraisal.signature'),
  });
}

const quarterNumerals = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' } as const;

/** "Triwulan I 2026" / "Quarter 1 2026", "Maret 2026" / "March 2026", "tahun 2026" / "year 2026". */
export function periodLabel(period: Period, year: number, lang: Language): string {
  const tr = translator(lang);
  if (period === 'annual') return tr('appraisal.period.annual', { year });
  if (period.startsWith('Q'))
    return tr('appraisal.period.quarter', {
      year,
      numeral: quarterNumerals[period as keyof typeof quarterNumerals],
      number: period.slice(1),
    });
  const month = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${month.format(new Date(Date.UTC(year, Number(period.slice(1)) - 1, 1)))} ${year}`;
}

/** "Memberi penilaian kinerja periodik — Maria Lede, Triwulan I 2026". */
function taskPhrase(
  d: { task: AppraisalTaskType; subjectName: string; year: number; period?: Period },
  lang: Language,
) {
  return `${t(lang, appraisalTasks[d.task].title)} — ${d.subjectName}, ${periodLabel(d.period ?? 'annual', d.year, lang)}`;
}

function ratingLines(
  d: { hasilKerja: RatingLevel; perilakuKerja: RatingLevel; predikat: Predikat },
  tr: Translate,
) {
  return [
    tr('appraisal.rating.hasilKerja', { level: ratingLevelNames[d.hasilKerja] }),
    tr('appraisal.rating.perilakuKerja', { level: ratingLevelNames[d.perilakuKerja] }),
    `Predikat: ${predikatNames[d.predikat]}`,
  ];
}

export const skpDraftRequested: EmailTemplate<
  { employeeName: string; year: number; dueAt: string } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr, at) => ({
      subject: tr('appraisal.skpDraftRequested.subject', d),
      paragraphs: [tr('appraisal.skpDraftRequested.body', d), tr('appraisal.due', { at: at(d.dueAt) })],
    }),
    d.link,
  );

export const skpSubmitted: EmailTemplate<
  { appraiserName: string; employeeName: string; year: number; dueAt: string } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.appraiserName,
    (tr, at) => ({
      subject: tr('appraisal.skpSubmitted.subject', { year: d.year, employee: d.employeeName }),
      paragraphs: [
        tr('appraisal.skpSubmitted.body', { year: d.year, employee: d.employeeName }),
        tr('appraisal.due', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const skpApproved: EmailTemplate<
  { employeeName: string; appraiserName: string; year: number } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr) => ({
      subject: tr('appraisal.skpApproved.subject', d),
      paragraphs: [tr('appraisal.skpApproved.body', { year: d.year, appraiser: d.appraiserName })],
    }),
    d.link,
  );

export const skpReturned: EmailTemplate<
  { employeeName: string; appraiserName: string; year: number; note: string; dueAt: string } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr, at) => ({
      subject: tr('appraisal.skpReturned.subject', d),
      paragraphs: [
        tr('appraisal.skpReturned.body', { year: d.year, appraiser: d.appraiserName }),
        d.note,
        tr('appraisal.skpReturned.resubmit', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const ratingRequested: EmailTemplate<
  { appraiserName: string; employeeName: string; year: number; period: Period; dueAt: string } & Linked
> = (d, lang) => {
  const named = { period: periodLabel(d.period, d.year, lang), employee: d.employeeName };
  return letter(
    lang,
    d.appraiserName,
    (tr, at) => ({
      subject: tr('appraisal.ratingRequested.subject', named),
      paragraphs: [tr('appraisal.ratingRequested.body', named), tr('appraisal.due', { at: at(d.dueAt) })],
    }),
    d.link,
  );
};

export const periodRatingGiven: EmailTemplate<
  {
    employeeName: string;
    year: number;
    period: PeriodCode;
    hasilKerja: RatingLevel;
    perilakuKerja: RatingLevel;
    predikat: Predikat;
    note?: string;
  } & Linked
> = (d, lang) => {
  const period = periodLabel(d.period, d.year, lang);
  return letter(
    lang,
    d.employeeName,
    (tr) => ({
      subject: tr('appraisal.periodRatingGiven.subject', { period, predikat: predikatNames[d.predikat] }),
      paragraphs: [
        tr('appraisal.periodRatingGiven.body', { period }),
        ...ratingLines(d, tr),
        ...(d.note ? [tr('appraisal.note', { note: d.note })] : []),
      ],
    }),
    d.link,
  );
};

export const annualResult: EmailTemplate<
  {
    employeeName: string;
    year: number;
    hasilKerja: RatingLevel;
    perilakuKerja: RatingLevel;
    predikat: Predikat;
    objectionDueAt: string;
  } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr, at) => ({
      subject: tr('appraisal.annualResult.subject', { year: d.year, predikat: predikatNames[d.predikat] }),
      paragraphs: [
        tr('appraisal.annualResult.body', d),
        ...ratingLines(d, tr),
        tr('appraisal.annualResult.objection', { at: at(d.objectionDueAt) }),
      ],
    }),
    d.link,
  );

export const objectionReceived: EmailTemplate<
  {
    superiorName: string;
    employeeName: string;
    appraiserName: string;
    year: number;
    predikat: Predikat;
    reason: string;
    dueAt: string;
  } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.superiorName,
    (tr, at) => ({
      subject: tr('appraisal.objectionReceived.subject', { year: d.year, employee: d.employeeName }),
      paragraphs: [
        tr('appraisal.objectionReceived.body', {
          year: d.year,
          employee: d.employeeName,
          appraiser: d.appraiserName,
          predikat: predikatNames[d.predikat],
        }),
        d.reason,
        tr('appraisal.objectionReceived.decide', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const objectionDecided: EmailTemplate<
  {
    employeeName: string;
    year: number;
    previousPredikat: Predikat;
    predikat: Predikat;
    reason: string;
  } & Linked
> = (d, lang) => {
  const changed = d.predikat !== d.previousPredikat;
  const [before, after] = [predikatNames[d.previousPredikat], predikatNames[d.predikat]];
  return letter(
    lang,
    d.employeeName,
    (tr) => ({
      subject: tr('appraisal.objectionDecided.subject', d),
      paragraphs: [
        changed
          ? tr('appraisal.objectionDecided.upheld', { year: d.year, before, after })
          : tr('appraisal.objectionDecided.notUpheld', { year: d.year, after }),
        tr('appraisal.reason', { reason: d.reason }),
        tr('appraisal.objectionDecided.final'),
      ],
    }),
    d.link,
  );
};

type TaskRef = { task: AppraisalTaskType; subjectName: string; year: number; period?: Period; dueAt: string };

export const taskReminder: EmailTemplate<{ assigneeName: string } & TaskRef & Linked> = (d, lang) =>
  letter(
    lang,
    d.assigneeName,
    (tr, at) => ({
      subject: tr('appraisal.taskReminder.subject', { task: t(lang, appraisalTasks[d.task].title) }),
      paragraphs: [
        tr('appraisal.taskReminder.body'),
        taskPhrase(d, lang),
        tr('appraisal.due', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const taskEscalation: EmailTemplate<
  { supervisorName: string; assigneeName: string } & TaskRef & Linked
> = (d, lang) =>
  letter(
    lang,
    d.supervisorName,
    (tr, at) => ({
      subject: tr('appraisal.taskEscalation.subject', { assignee: d.assigneeName }),
      paragraphs: [
        tr('appraisal.taskEscalation.body', { assignee: d.assigneeName, at: at(d.dueAt) }),
        taskPhrase(d, lang),
        tr('appraisal.taskEscalation.followUp'),
      ],
    }),
    d.link,
  );

export const deadlineExtended: EmailTemplate<
  { recipientName: string; previousDueAt: string; reason: string } & TaskRef & Linked
> = (d, lang) =>
  letter(
    lang,
    d.recipientName,
    (tr, at) => ({
      subject: tr('appraisal.deadlineExtended.subject', { task: t(lang, appraisalTasks[d.task].title) }),
      paragraphs: [
        taskPhrase(d, lang),
        tr('appraisal.deadlineExtended.body', { from: at(d.previousDueAt), to: at(d.dueAt) }),
        tr('appraisal.reason', { reason: d.reason }),
      ],
    }),
    d.link,
  );

export const yearOpened: EmailTemplate<
  {
    recipientName: string;
    year: number;
    periodicity: Periodicity;
    ruleSetId: string;
    ruleChanges: RuleChange[];
    units: number;
    employees: number;
    skpDueAt: string;
    annualDueAt: string;
  } & Linked
> = (d, lang) => {
  const changes = d.ruleChanges.map((c) => `${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);
  return letter(
    lang,
    d.recipientName,
    (tr, at) => ({
      subject: tr('appraisal.yearOpened.subject', d),
      paragraphs: [
        tr('appraisal.yearOpened.body', {
          year: d.year,
          employees: d.employees,
          units: d.units,
          periodicity: tr(
            d.periodicity === 'quarterly'
              ? 'appraisal.periodicity.quarterly'
              : 'appraisal.periodicity.monthly',
          ),
        }),
        tr('appraisal.yearOpened.dates', { skp: at(d.skpDueAt), annual: at(d.annualDueAt) }),
        changes.length > 0
          ? tr('appraisal.yearOpened.changes', { ruleSet: d.ruleSetId })
          : tr('appraisal.yearOpened.unchanged', { ruleSet: d.ruleSetId }),
        ...changes,
      ],
    }),
    d.link,
  );
};

export const yearSummary: EmailTemplate<
  {
    recipientName: string;
    year: number;
    phase: string;
    employees: number;
    byPhase: Record<string, number>;
    openTasks: number;
    overdueTasks: number;
    escalatedTasks: number;
    /** The audit trail's signed checkpoint taken at this phase change. */
    checkpoint?: AuditCheckpoint;
  } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.recipientName,
    (tr) => ({
      subject: tr('appraisal.yearSummary.subject', d),
      paragraphs: [
        tr('appraisal.yearSummary.body', d),
        ...Object.entries(d.byPhase).map(([phase, n]) => `${phase}: ${n}`),
        tr('appraisal.yearSummary.tasks', {
          open: d.openTasks,
          overdue: d.overdueTasks,
          escalated: d.escalatedTasks,
        }),
        ...(d.checkpoint ? checkpointParagraphs(d.checkpoint, lang) : []),
      ],
    }),
    d.link,
  );

/** Every appraisal email by name, for the email activity. */
export const appraisalEmails = {
  skpDraftRequested,
  skpSubmitted,
  skpApproved,
  skpReturned,
  ratingRequested,
  periodRatingGiven,
  annualResult,
  objectionReceived,
  objectionDecided,
  taskReminder,
  taskEscalation,
  deadlineExtended,
  yearOpened,
  yearSummary,
} as const;

export type AppraisalEmailName = keyof typeof appraisalEmails;
export type AppraisalEmailData<N extends AppraisalEmailName> = Parameters<(typeof appraisalEmails)[N]>[0];
