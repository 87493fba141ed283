// The emails of attendance, one pure template per step, Bahasa Indonesia first and English on request;
// the email activity renders them by name from `attendanceEmails`. Dates are shown in WITA.
import { composeEmail, type EmailTemplate } from '../email/content';
import { t, type Language } from '../language';
import { translator, type Translate } from '../messages';
import { formatInstant } from '../time';
import { attendanceTasks, type AttendanceTaskType, type ExcuseKind } from './schemas';
import { sanctionNames, type SanctionCode } from './rule-sets';

function letter(
  lang: Language,
  to: string,
  body: (tr: Translate, at: (i: string) => string) => { subject: string; paragraphs: string[] },
) {
  const tr = translator(lang);
  const { subject, paragraphs } = body(tr, (i) => formatInstant(i, lang));
  return composeEmail({
    subject,
    greeting: tr('appraisal.greeting', { name: to }),
    paragraphs,
    signature: tr('appraisal.signature'),
  });
}

const kindName = (tr: Translate, kind: ExcuseKind) => tr(`attendance.kind.${kind}`);
const sanctionName = (s: SanctionCode | 'none', lang: Language, tr: Translate) =>
  s === 'none' ? tr('attendance.caseNotice.none') : t(lang, sanctionNames[s]);

type TaskData = { task: AttendanceTaskType; subjectName: string; assigneeName: string; dueAt: string };

export const attendanceTaskReminder: EmailTemplate<TaskData> = (d, lang) =>
  letter(lang, d.assigneeName, (tr, at) => {
    const task = t(lang, attendanceTasks[d.task].title);
    return {
      subject: tr('attendance.taskReminder.subject', { task }),
      paragraphs: [
        tr('attendance.taskReminder.body', { task, employee: d.subjectName }),
        tr('attendance.due', { at: at(d.dueAt) }),
      ],
    };
  });

export const attendanceTaskEscalation: EmailTemplate<TaskData & { recipientName: string }> = (d, lang) =>
  letter(lang, d.recipientName, (tr, at) => {
    const task = t(lang, attendanceTasks[d.task].title);
    return {
      subject: tr('attendance.taskEscalation.subject', { task }),
      paragraphs: [
        tr('attendance.taskEscalation.body', {
          task,
          employee: d.subjectName,
          assignee: d.assigneeName,
          at: at(d.dueAt),
        }),
      ],
    };
  });

export const excuseRequested: EmailTemplate<{
  superiorName: string;
  employeeName: string;
  kind: ExcuseKind;
  from: string;
  to: string;
  reason: string;
  dueAt: string;
}> = (d, lang) =>
  letter(lang, d.superiorName, (tr, at) => ({
    subject: tr('attendance.excuseRequested.subject', { employee: d.employeeName }),
    paragraphs: [
      tr('attendance.excuseRequested.body', {
        employee: d.employeeName,
        kind: kindName(tr, d.kind),
        from: d.from,
        to: d.to,
        reason: d.reason,
      }),
      tr('attendance.due', { at: at(d.dueAt) }),
    ],
  }));

export const excuseDecided: EmailTemplate<{
  employeeName: string;
  kind: ExcuseKind;
  from: string;
  to: string;
  approved: boolean;
  note?: string;
}> = (d, lang) =>
  letter(lang, d.employeeName, (tr) => ({
    subject: tr('attendance.excuseDecided.subject', { approved: d.approved }),
    paragraphs: [
      tr('attendance.excuseDecided.body', {
        kind: kindName(tr, d.kind),
        from: d.from,
        to: d.to,
        approved: d.approved,
        note: d.note ?? '',
      }),
    ],
  }));

export const disciplineCaseOpened: EmailTemplate<{
  superiorName: string;
  employeeName: string;
  year: number;
  days: number;
  sanction: SanctionCode;
  dueAt: string;
}> = (d, lang) =>
  letter(lang, d.superiorName, (tr, at) => ({
    subject: tr('attendance.caseOpened.subject', { employee: d.employeeName }),
    paragraphs: [
      tr('attendance.caseOpened.body', {
        employee: d.employeeName,
        year: d.year,
        days: d.days,
        sanction: sanctionName(d.sanction, lang, tr),
      }),
      tr('attendance.due', { at: at(d.dueAt) }),
    ],
  }));

export const disciplineCaseNotice: EmailTemplate<
  { employeeName: string; year: number } & (
    | { step: 'opened'; days: number }
    | { step: 'summoned'; appointmentAt: string; place: string }
    | { step: 'examined' }
    | { step: 'decided'; sanction: SanctionCode | 'none'; reason: string }
  )
> = (d, lang) =>
  letter(lang, d.employeeName, (tr, at) => ({
    subject: tr('attendance.caseNotice.subject', { year: d.year }),
    paragraphs: [
      d.step === 'opened'
        ? tr('attendance.caseNotice.opened', { year: d.year, days: d.days })
        : d.step === 'summoned'
          ? tr('attendance.caseNotice.summoned', { at: at(d.appointmentAt), place: d.place })
          : d.step === 'examined'
            ? tr('attendance.caseNotice.examined')
            : tr('attendance.caseNotice.decided', {
                sanction: sanctionName(d.sanction, lang, tr),
                reason: d.reason,
              }),
    ],
  }));

export const attendanceEmails = {
  attendanceTaskReminder,
  attendanceTaskEscalation,
  excuseRequested,
  excuseDecided,
  disciplineCaseOpened,
  disciplineCaseNotice,
};
