// The competency-development emails, one pure template each, Bahasa Indonesia first: a record to verify
// (announced, reminded, escalated), the mid-year reminder to someone behind, and HR's year-end summary.
// The email activity renders them by name (domain/email/templates.ts); dates in WITA.
import { composeEmail, type EmailTemplate } from '../email/content';
import type { Language } from '../language';
import { translator, type Translate } from '../messages';
import { formatNumber } from '../numbers';
import { formatInstant } from '../time';

type RecordRef = { employeeName: string; title: string; jp: number; dueAt: string; link?: string };

function letter(
  lang: Language,
  to: string,
  body: (tr: Translate) => { subject: string; paragraphs: string[] },
  url?: string,
) {
  const tr = translator(lang);
  const { subject, paragraphs } = body(tr);
  return composeEmail({
    subject,
    greeting: tr('appraisal.greeting', { name: to }),
    paragraphs,
    link: url ? { url, label: tr('appraisal.open') } : undefined,
    signature: tr('appraisal.signature'),
  });
}

const recordLines = (d: RecordRef, lang: Language, tr: Translate) => [
  tr('training.record', { employeeName: d.employeeName, title: d.title, jp: formatNumber(d.jp, lang) }),
  tr('appraisal.due', { at: formatInstant(d.dueAt, lang) }),
];

export const trainingVerificationRequested: EmailTemplate<RecordRef & { assigneeName: string }> = (d, lang) =>
  letter(
    lang,
    d.assigneeName,
    (tr) => ({
      subject: tr('training.verificationRequested.subject', { employeeName: d.employeeName }),
      paragraphs: [tr('training.verificationRequested.body'), ...recordLines(d, lang, tr)],
    }),
    d.link,
  );

export const trainingVerificationReminder: EmailTemplate<RecordRef & { assigneeName: string }> = (d, lang) =>
  letter(
    lang,
    d.assigneeName,
    (tr) => ({
      subject: tr('training.verificationReminder.subject', { employeeName: d.employeeName }),
      paragraphs: [tr('training.verificationReminder.body'), ...recordLines(d, lang, tr)],
    }),
    d.link,
  );

export const trainingVerificationEscalation: EmailTemplate<
  RecordRef & { assigneeName: string; supervisorName: string }
> = (d, lang) =>
  letter(
    lang,
    d.supervisorName,
    (tr) => ({
      subject: tr('training.verificationEscalation.subject', { employeeName: d.employeeName }),
      paragraphs: [
        tr('training.verificationEscalation.body', { assigneeName: d.assigneeName }),
        ...recordLines(d, lang, tr),
      ],
    }),
    d.link,
  );

export const trainingMidYearReminder: EmailTemplate<{
  employeeName: string;
  year: number;
  totalJp: number;
  yearlyJp: number;
  link?: string;
}> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr) => ({
      subject: tr('training.midYear.subject', { year: d.year }),
      paragraphs: [
        tr('training.midYear.body', {
          total: formatNumber(d.totalJp, lang),
          yearly: formatNumber(d.yearlyJp, lang),
          missing: formatNumber(Math.max(0, Math.round((d.yearlyJp - d.totalJp) * 100) / 100), lang),
        }),
        tr('training.midYear.hint'),
      ],
    }),
    d.link,
  );

export const trainingYearClosed: EmailTemplate<{
  year: number;
  employees: number;
  yearlyJp: number;
  units: { unitCode: string; short: number }[];
}> = (d, lang) =>
  letter(lang, 'Tim Pengembangan Kompetensi BKPSDM', (tr) => ({
    subject: tr('training.yearClosed.subject', { year: d.year }),
    paragraphs: [
      tr('training.yearClosed.body', {
        employees: d.employees,
        short: d.units.reduce((a, u) => a + u.short, 0),
        yearly: formatNumber(d.yearlyJp, lang),
      }),
      ...d.units.filter((u) => u.short > 0).map((u) => tr('training.yearClosed.unit', u)),
    ],
  }));

export const trainingEmails = {
  trainingVerificationRequested,
  trainingVerificationReminder,
  trainingVerificationEscalation,
  trainingMidYearReminder,
  trainingYearClosed,
} as const;
