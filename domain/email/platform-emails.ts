// Emails of the shared human-step mechanism: a task is waiting, its deadline is near, it was missed.
import { t, type Language } from '../language';
import { formatInstant } from '../time';
import { composeEmail } from './content';

const signature = (lang: Language) =>
  t(lang, { id: 'Hormat kami,\nBKPSDM Kota Kupang', en: 'Kind regards,\nBKPSDM Kota Kupang' });

export interface TaskNotice {
  recipientName: string;
  taskTitle: string;
  subjectName?: string;
  dueAt: string;
  link?: string;
}

export interface TaskEscalation extends TaskNotice {
  assigneeName: string;
}

export const platformEmails = {
  'task-reminder': (d: TaskNotice, lang: Language) =>
    composeEmail({
      subject: t(lang, {
        id: `Pengingat: ${d.taskTitle} jatuh tempo ${formatInstant(d.dueAt, lang)}`,
        en: `Reminder: ${d.taskTitle} is due ${formatInstant(d.dueAt, lang)}`,
      }),
      greeting: t(lang, { id: `Yth. ${d.recipientName},`, en: `Dear ${d.recipientName},` }),
      paragraphs: [
        t(lang, {
          id: `Tugas "${d.taskTitle}"${d.subjectName ? ` untuk ${d.subjectName}` : ''} belum diselesaikan dan jatuh tempo pada ${formatInstant(d.dueAt, 'id')}.`,
          en: `The task "${d.taskTitle}"${d.subjectName ? ` for ${d.subjectName}` : ''} is still open and is due on ${formatInstant(d.dueAt, 'en')}.`,
        }),
        t(lang, {
          id: 'Mohon diselesaikan sebelum batas waktu.',
          en: 'Please complete it before the deadline.',
        }),
      ],
      link: d.link ? { label: t(lang, { id: 'Buka tugas', en: 'Open the task' }), url: d.link } : undefined,
      signature: signature(lang),
    }),
  'task-escalation': (d: TaskEscalation, lang: Language) =>
    composeEmail({
      subject: t(lang, {
        id: `Eskalasi: ${d.taskTitle} oleh ${d.assigneeName} melewati batas waktu`,
        en: `Escalation: ${d.taskTitle} by ${d.assigneeName} is overdue`,
      }),
      greeting: t(lang, { id: `Yth. ${d.recipientName},`, en: `Dear ${d.recipientName},` }),
      paragraphs: [
        t(lang, {
          id: `Tugas "${d.taskTitle}"${d.subjectName ? ` untuk ${d.subjectName}` : ''} yang menjadi tanggung jawab ${d.assigneeName} belum diselesaikan, padahal batas waktunya ${formatInstant(d.dueAt, 'id')}.`,
          en: `The task "${d.taskTitle}"${d.subjectName ? ` for ${d.subjectName}` : ''}, assigned to ${d.assigneeName}, was due on ${formatInstant(d.dueAt, 'en')} and is still open.`,
        }),
        t(lang, {
          id: 'Mohon tindak lanjut Bapak/Ibu sebagai atasan.',
          en: 'As their superior, please follow it up.',
        }),
      ],
      link: d.link ? { label: t(lang, { id: 'Buka tugas', en: 'Open the task' }), url: d.link } : undefined,
      signature: signature(lang),
    }),
};
