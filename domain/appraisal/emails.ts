// The emails of an appraisal year, one pure template per step, Bahasa Indonesia first and English on
// request. The email activity renders them by name from `appraisalEmails`; dates are shown in WITA.
import { checkpointParagraphs, type AuditCheckpoint } from '../audit-checkpoint';
import { composeEmail, type EmailTemplate } from '../email/content';
import { t, type Language } from '../language';
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

const signature = (lang: Language) =>
  t(lang, { id: 'Salam,\nBKPSDM Kota Kupang', en: 'Regards,\nBKPSDM Kota Kupang' });
const greet = (name: string, lang: Language) => t(lang, { id: `Yth. ${name},`, en: `Dear ${name},` });
const link = (url: string | undefined, lang: Language) =>
  url ? { url, label: t(lang, { id: 'Buka di sdm-flow', en: 'Open in sdm-flow' }) } : undefined;

const quarterNumerals = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' } as const;

/** "Triwulan I 2026" / "Quarter 1 2026", "Maret 2026" / "March 2026", "tahun 2026" / "year 2026". */
export function periodLabel(period: Period, year: number, lang: Language): string {
  if (period === 'annual') return t(lang, { id: `tahun ${year}`, en: `year ${year}` });
  if (period.startsWith('Q')) {
    return t(lang, {
      id: `Triwulan ${quarterNumerals[period as keyof typeof quarterNumerals]} ${year}`,
      en: `Quarter ${period.slice(1)} ${year}`,
    });
  }
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
  lang: Language,
) {
  return [
    `${t(lang, { id: 'Rating Hasil Kerja', en: 'Work results rating' })}: ${ratingLevelNames[d.hasilKerja]}`,
    `${t(lang, { id: 'Rating Perilaku Kerja', en: 'Work behaviour rating' })}: ${ratingLevelNames[d.perilakuKerja]}`,
    `Predikat: ${predikatNames[d.predikat]}`,
  ];
}

export const skpDraftRequested: EmailTemplate<
  { employeeName: string; year: number; dueAt: string } & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, { id: `Penyusunan SKP tahun ${d.year}`, en: `Draft your SKP for ${d.year}` }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      t(lang, {
        id: `Silakan menyusun Sasaran Kinerja Pegawai (SKP) tahun ${d.year}: hasil kerja yang direncanakan beserta indikator dan targetnya.`,
        en: `Please draft your performance plan (SKP) for ${d.year}: the results you plan, each with an indicator and a target.`,
      }),
      t(lang, {
        id: `Batas waktu: ${formatInstant(d.dueAt, lang)}.`,
        en: `Due by ${formatInstant(d.dueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const skpSubmitted: EmailTemplate<
  { appraiserName: string; employeeName: string; year: number; dueAt: string } & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, {
      id: `SKP ${d.year} ${d.employeeName} menunggu persetujuan`,
      en: `${d.employeeName}'s SKP ${d.year} awaits your approval`,
    }),
    greeting: greet(d.appraiserName, lang),
    paragraphs: [
      t(lang, {
        id: `${d.employeeName} telah mengajukan SKP tahun ${d.year}. Sebagai pejabat penilai kinerja, silakan menyetujui SKP tersebut atau mengembalikannya dengan catatan.`,
        en: `${d.employeeName} has submitted the SKP for ${d.year}. As the appraiser, please approve it or return it with a note.`,
      }),
      t(lang, {
        id: `Batas waktu: ${formatInstant(d.dueAt, lang)}.`,
        en: `Due by ${formatInstant(d.dueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const skpApproved: EmailTemplate<
  { employeeName: string; appraiserName: string; year: number } & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, { id: `SKP tahun ${d.year} disetujui`, en: `Your SKP for ${d.year} is approved` }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      t(lang, {
        id: `SKP Anda tahun ${d.year} telah disetujui oleh ${d.appraiserName} dan menjadi dasar penilaian kinerja tahun ini.`,
        en: `Your SKP for ${d.year} has been approved by ${d.appraiserName} and is the basis of this year's appraisal.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const skpReturned: EmailTemplate<
  { employeeName: string; appraiserName: string; year: number; note: string; dueAt: string } & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, {
      id: `SKP tahun ${d.year} dikembalikan untuk diperbaiki`,
      en: `Your SKP for ${d.year} was returned`,
    }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      t(lang, {
        id: `${d.appraiserName} mengembalikan SKP Anda tahun ${d.year} dengan catatan berikut:`,
        en: `${d.appraiserName} returned your SKP for ${d.year} with this note:`,
      }),
      d.note,
      t(lang, {
        id: `Silakan memperbaiki dan mengajukannya kembali paling lambat ${formatInstant(d.dueAt, lang)}.`,
        en: `Please revise and resubmit it by ${formatInstant(d.dueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const ratingRequested: EmailTemplate<
  { appraiserName: string; employeeName: string; year: number; period: Period; dueAt: string } & Linked
> = (d, lang) => {
  const period = periodLabel(d.period, d.year, lang);
  return composeEmail({
    subject: t(lang, {
      id: `Penilaian kinerja ${period}: ${d.employeeName}`,
      en: `Performance rating ${period}: ${d.employeeName}`,
    }),
    greeting: greet(d.appraiserName, lang),
    paragraphs: [
      t(lang, {
        id: `Silakan memberi Rating Hasil Kerja dan Rating Perilaku Kerja ${d.employeeName} untuk ${period}.`,
        en: `Please give ${d.employeeName}'s work results and work behaviour ratings for ${period}.`,
      }),
      t(lang, {
        id: `Batas waktu: ${formatInstant(d.dueAt, lang)}.`,
        en: `Due by ${formatInstant(d.dueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });
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
  return composeEmail({
    subject: t(lang, {
      id: `Predikat kinerja ${period}: ${predikatNames[d.predikat]}`,
      en: `Performance predikat ${period}: ${predikatNames[d.predikat]}`,
    }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      t(lang, {
        id: `Hasil penilaian kinerja Anda untuk ${period}:`,
        en: `Your performance rating for ${period}:`,
      }),
      ...ratingLines(d, lang),
      ...(d.note ? [`${t(lang, { id: 'Catatan', en: 'Note' })}: ${d.note}`] : []),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });
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
  composeEmail({
    subject: t(lang, {
      id: `Predikat kinerja tahun ${d.year}: ${predikatNames[d.predikat]}`,
      en: `Performance predikat for ${d.year}: ${predikatNames[d.predikat]}`,
    }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      t(lang, {
        id: `Hasil penilaian kinerja tahunan Anda untuk tahun ${d.year}:`,
        en: `Your annual performance result for ${d.year}:`,
      }),
      ...ratingLines(d, lang),
      t(lang, {
        id: `Jika Anda tidak sependapat, Anda dapat mengajukan keberatan kepada atasan pejabat penilai kinerja paling lambat ${formatInstant(d.objectionDueAt, lang)}.`,
        en: `If you disagree, you may object to your appraiser's superior by ${formatInstant(d.objectionDueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

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
  composeEmail({
    subject: t(lang, {
      id: `Keberatan atas penilaian kinerja ${d.year}: ${d.employeeName}`,
      en: `Objection to the ${d.year} rating: ${d.employeeName}`,
    }),
    greeting: greet(d.superiorName, lang),
    paragraphs: [
      t(lang, {
        id: `${d.employeeName} mengajukan keberatan atas predikat ${predikatNames[d.predikat]} tahun ${d.year} yang diberikan oleh ${d.appraiserName}. Alasan:`,
        en: `${d.employeeName} objects to the ${d.year} predikat ${predikatNames[d.predikat]} given by ${d.appraiserName}. Reason:`,
      }),
      d.reason,
      t(lang, {
        id: `Sebagai atasan pejabat penilai kinerja, silakan meminta keterangan kedua pihak dan memutus keberatan ini paling lambat ${formatInstant(d.dueAt, lang)}. Keputusan Anda bersifat final.`,
        en: `As the appraiser's superior, please hear both sides and decide by ${formatInstant(d.dueAt, lang)}. Your decision is final.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

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
  return composeEmail({
    subject: t(lang, {
      id: `Keputusan atas keberatan penilaian kinerja ${d.year}`,
      en: `Decision on your objection to the ${d.year} rating`,
    }),
    greeting: greet(d.employeeName, lang),
    paragraphs: [
      changed
        ? t(lang, {
            id: `Keberatan Anda diterima: predikat tahun ${d.year} diubah dari ${before} menjadi ${after}.`,
            en: `Your objection is upheld: the ${d.year} predikat changes from ${before} to ${after}.`,
          })
        : t(lang, {
            id: `Keberatan Anda tidak diterima: predikat tahun ${d.year} tetap ${after}.`,
            en: `Your objection is not upheld: the ${d.year} predikat stays ${after}.`,
          }),
      `${t(lang, { id: 'Alasan', en: 'Reason' })}: ${d.reason}`,
      t(lang, { id: 'Keputusan ini bersifat final.', en: 'This decision is final.' }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });
};

type TaskRef = { task: AppraisalTaskType; subjectName: string; year: number; period?: Period; dueAt: string };

export const taskReminder: EmailTemplate<{ assigneeName: string } & TaskRef & Linked> = (d, lang) =>
  composeEmail({
    subject: t(lang, {
      id: `Pengingat: ${t(lang, appraisalTasks[d.task].title)}`,
      en: `Reminder: ${t(lang, appraisalTasks[d.task].title)}`,
    }),
    greeting: greet(d.assigneeName, lang),
    paragraphs: [
      t(lang, { id: 'Tugas berikut belum diselesaikan:', en: 'This task is still open:' }),
      taskPhrase(d, lang),
      t(lang, {
        id: `Batas waktu: ${formatInstant(d.dueAt, lang)}.`,
        en: `Due by ${formatInstant(d.dueAt, lang)}.`,
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const taskEscalation: EmailTemplate<
  { supervisorName: string; assigneeName: string } & TaskRef & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, { id: `Tugas terlambat: ${d.assigneeName}`, en: `Overdue task: ${d.assigneeName}` }),
    greeting: greet(d.supervisorName, lang),
    paragraphs: [
      t(lang, {
        id: `${d.assigneeName} belum menyelesaikan tugas berikut, yang jatuh tempo pada ${formatInstant(d.dueAt, lang)}:`,
        en: `${d.assigneeName} has not completed this task, due on ${formatInstant(d.dueAt, lang)}:`,
      }),
      taskPhrase(d, lang),
      t(lang, {
        id: 'Mohon tindak lanjut Anda sebagai atasan.',
        en: 'Please follow it up as their supervisor.',
      }),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

export const deadlineExtended: EmailTemplate<
  { recipientName: string; previousDueAt: string; reason: string } & TaskRef & Linked
> = (d, lang) =>
  composeEmail({
    subject: t(lang, {
      id: `Batas waktu diperpanjang: ${t(lang, appraisalTasks[d.task].title)}`,
      en: `Deadline extended: ${t(lang, appraisalTasks[d.task].title)}`,
    }),
    greeting: greet(d.recipientName, lang),
    paragraphs: [
      taskPhrase(d, lang),
      t(lang, {
        id: `Batas waktu diperpanjang dari ${formatInstant(d.previousDueAt, lang)} menjadi ${formatInstant(d.dueAt, lang)}.`,
        en: `The deadline moves from ${formatInstant(d.previousDueAt, lang)} to ${formatInstant(d.dueAt, lang)}.`,
      }),
      `${t(lang, { id: 'Alasan', en: 'Reason' })}: ${d.reason}`,
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

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
  const periodicity =
    d.periodicity === 'quarterly'
      ? t(lang, { id: 'triwulanan', en: 'quarterly' })
      : t(lang, { id: 'bulanan', en: 'monthly' });
  const changes = d.ruleChanges.map((c) => `${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`);
  return composeEmail({
    subject: t(lang, {
      id: `Penilaian kinerja tahun ${d.year} dibuka`,
      en: `Performance appraisal year ${d.year} opened`,
    }),
    greeting: greet(d.recipientName, lang),
    paragraphs: [
      t(lang, {
        id: `Penilaian kinerja tahun ${d.year} telah dibuka untuk ${d.employees} pegawai di ${d.units} unit kerja, dengan evaluasi ${periodicity}.`,
        en: `The ${d.year} performance appraisal is open for ${d.employees} employees in ${d.units} units, with ${periodicity} evaluation.`,
      }),
      t(lang, {
        id: `SKP ditetapkan paling lambat ${formatInstant(d.skpDueAt, lang)}; penilaian tahunan paling lambat ${formatInstant(d.annualDueAt, lang)}.`,
        en: `SKPs are due by ${formatInstant(d.skpDueAt, lang)}; annual ratings by ${formatInstant(d.annualDueAt, lang)}.`,
      }),
      changes.length > 0
        ? t(lang, {
            id: `Aturan ${d.ruleSetId} dengan perubahan:`,
            en: `Rule set ${d.ruleSetId} with these changes:`,
          })
        : t(lang, {
            id: `Aturan ${d.ruleSetId} tanpa perubahan.`,
            en: `Rule set ${d.ruleSetId}, unchanged.`,
          }),
      ...changes,
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });
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
  composeEmail({
    subject: t(lang, {
      id: `Ringkasan penilaian kinerja tahun ${d.year}: ${d.phase}`,
      en: `Performance appraisal ${d.year} summary: ${d.phase}`,
    }),
    greeting: greet(d.recipientName, lang),
    paragraphs: [
      t(lang, {
        id: `Penilaian kinerja tahun ${d.year} memasuki tahap ${d.phase}, untuk ${d.employees} pegawai.`,
        en: `The ${d.year} performance appraisal enters the ${d.phase} phase, for ${d.employees} employees.`,
      }),
      ...Object.entries(d.byPhase).map(([phase, n]) => `${phase}: ${n}`),
      t(lang, {
        id: `Tugas terbuka: ${d.openTasks}; terlambat: ${d.overdueTasks}; dieskalasi: ${d.escalatedTasks}.`,
        en: `Open tasks: ${d.openTasks}; overdue: ${d.overdueTasks}; escalated: ${d.escalatedTasks}.`,
      }),
      ...(d.checkpoint ? checkpointParagraphs(d.checkpoint, lang) : []),
    ],
    link: link(d.link, lang),
    signature: signature(lang),
  });

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
