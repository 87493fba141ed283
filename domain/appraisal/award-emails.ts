// The emails of the awards round, one pure template per step, Bahasa Indonesia first and English on
// request (texts in domain/messages/awards.ts): the unit head asked to nominate, HR's committee asked to
// decide, the reminder and escalation of either task, and the decision told to the employee.
import type { EmailTemplate } from '../email/content';
import { t } from '../language';
import { awardTasks, type AwardTaskType } from './award-tasks';
import { letter } from './emails';

type Linked = { link?: string };

type AwardTaskRef = { task: AwardTaskType; year: number; subjectName: string; dueAt: string };

export const awardNominationRequested: EmailTemplate<
  {
    headName: string;
    year: number;
    unitName: string;
    eligible: number;
    quota: number;
    criteria: string;
    dueAt: string;
  } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.headName,
    (tr, at) => ({
      subject: tr('awards.email.nominate.subject', { year: d.year, unit: d.unitName }),
      paragraphs: [
        tr('awards.email.nominate.body', {
          year: d.year,
          unit: d.unitName,
          eligible: d.eligible,
          criteria: d.criteria,
        }),
        tr('awards.email.nominate.quota', { quota: d.quota }),
        tr('appraisal.due', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const awardDecisionRequested: EmailTemplate<
  { recipientName: string; year: number; employeeName: string; unitName: string; dueAt: string } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.recipientName,
    (tr, at) => ({
      subject: tr('awards.email.decide.subject', { year: d.year, employee: d.employeeName }),
      paragraphs: [
        tr('awards.email.decide.body', { year: d.year, employee: d.employeeName, unit: d.unitName }),
        tr('appraisal.due', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const awardTaskReminder: EmailTemplate<{ assigneeName: string } & AwardTaskRef & Linked> = (d, lang) =>
  letter(
    lang,
    d.assigneeName,
    (tr, at) => ({
      subject: tr('awards.email.reminder.subject', { task: t(lang, awardTasks[d.task].title) }),
      paragraphs: [
        tr('awards.email.reminder.body', { year: d.year, subject: d.subjectName }),
        tr('appraisal.due', { at: at(d.dueAt) }),
      ],
    }),
    d.link,
  );

export const awardTaskEscalation: EmailTemplate<
  { supervisorName: string; assigneeName: string } & AwardTaskRef & Linked
> = (d, lang) =>
  letter(
    lang,
    d.supervisorName,
    (tr, at) => ({
      subject: tr('awards.email.escalation.subject', { assignee: d.assigneeName }),
      paragraphs: [
        tr('awards.email.escalation.body', {
          assignee: d.assigneeName,
          task: t(lang, awardTasks[d.task].title),
          year: d.year,
          subject: d.subjectName,
          at: at(d.dueAt),
        }),
        tr('appraisal.taskEscalation.followUp'),
      ],
    }),
    d.link,
  );

export const awardTaskExtended: EmailTemplate<
  { recipientName: string; previousDueAt: string; reason: string } & AwardTaskRef & Linked
> = (d, lang) =>
  letter(
    lang,
    d.recipientName,
    (tr, at) => ({
      subject: tr('awards.email.extended.subject', { task: t(lang, awardTasks[d.task].title) }),
      paragraphs: [
        tr('awards.email.extended.body', { year: d.year, subject: d.subjectName }),
        tr('appraisal.deadlineExtended.body', { from: at(d.previousDueAt), to: at(d.dueAt) }),
        tr('appraisal.reason', { reason: d.reason }),
      ],
    }),
    d.link,
  );

export const awardDecided: EmailTemplate<
  { employeeName: string; year: number; awarded: boolean; reason: string } & Linked
> = (d, lang) =>
  letter(
    lang,
    d.employeeName,
    (tr) => ({
      subject: tr(d.awarded ? 'awards.email.awarded.subject' : 'awards.email.notAwarded.subject', d),
      paragraphs: [
        tr(d.awarded ? 'awards.email.awarded.body' : 'awards.email.notAwarded.body', d),
        tr('appraisal.reason', { reason: d.reason }),
      ],
    }),
    d.link,
  );

/** Every awards email by name, for the email activity. */
export const awardEmails = {
  awardNominationRequested,
  awardDecisionRequested,
  awardTaskReminder,
  awardTaskEscalation,
  awardTaskExtended,
  awardDecided,
} as const;
