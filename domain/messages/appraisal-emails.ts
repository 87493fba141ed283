// The appraisal emails' texts (domain/appraisal/emails.ts composes them), keyed by template and part.
// Values are already formatted for the reader (dates in WITA, names of levels and periods).
import type { Section } from './catalogue';

type Year = { year: number };

export const appraisalEmailMessages = {
  'appraisal.signature': { id: 'Salam,\nBKPSDM Kota Kupang', en: 'Regards,\nBKPSDM Kota Kupang' },
  'appraisal.greeting': (p: { name: string }) => ({ id: `Yth. ${p.name},`, en: `Dear ${p.name},` }),
  'appraisal.open': { id: 'Buka di sdm-flow', en: 'Open in sdm-flow' },
  'appraisal.due': (p: { at: string }) => ({ id: `Batas waktu: ${p.at}.`, en: `Due by ${p.at}.` }),
  'appraisal.reason': (p: { reason: string }) => ({ id: `Alasan: ${p.reason}`, en: `Reason: ${p.reason}` }),
  'appraisal.note': (p: { note: string }) => ({ id: `Catatan: ${p.note}`, en: `Note: ${p.note}` }),
  'appraisal.period.annual': (p: Year) => ({ id: `tahun ${p.year}`, en: `year ${p.year}` }),
  'appraisal.period.quarter': (p: Year & { numeral: string; number: string }) => ({
    id: `Triwulan ${p.numeral} ${p.year}`,
    en: `Quarter ${p.number} ${p.year}`,
  }),
  'appraisal.rating.hasilKerja': (p: { level: string }) => ({
    id: `Rating Hasil Kerja: ${p.level}`,
    en: `Work results rating: ${p.level}`,
  }),
  'appraisal.rating.perilakuKerja': (p: { level: string }) => ({
    id: `Rating Perilaku Kerja: ${p.level}`,
    en: `Work behaviour rating: ${p.level}`,
  }),

  'appraisal.skpDraftRequested.subject': (p: Year) => ({
    id: `Penyusunan SKP tahun ${p.year}`,
    en: `Draft your SKP for ${p.year}`,
  }),
  'appraisal.skpDraftRequested.body': (p: Year) => ({
    id: `Silakan menyusun Sasaran Kinerja Pegawai (SKP) tahun ${p.year}: hasil kerja yang direncanakan beserta indikator dan targetnya.`,
    en: `Please draft your performance plan (SKP) for ${p.year}: the results you plan, each with an indicator and a target.`,
  }),

  'appraisal.skpSubmitted.subject': (p: Year & { employee: string }) => ({
    id: `SKP ${p.year} ${p.employee} menunggu persetujuan`,
    en: `${p.employee}'s SKP ${p.year} awaits your approval`,
  }),
  'appraisal.skpSubmitted.body': (p: Year & { employee: string }) => ({
    id: `${p.employee} telah mengajukan SKP tahun ${p.year}. Sebagai pejabat penilai kinerja, silakan menyetujui SKP tersebut atau mengembalikannya dengan catatan.`,
    en: `${p.employee} has submitted the SKP for ${p.year}. As the appraiser, please approve it or return it with a note.`,
  }),

  'appraisal.skpApproved.subject': (p: Year) => ({
    id: `SKP tahun ${p.year} disetujui`,
    en: `Your SKP for ${p.year} is approved`,
  }),
  'appraisal.skpApproved.body': (p: Year & { appraiser: string }) => ({
    id: `SKP Anda tahun ${p.year} telah disetujui oleh ${p.appraiser} dan menjadi dasar penilaian kinerja tahun ini.`,
    en: `Your SKP for ${p.year} has been approved by ${p.appraiser} and is the basis of this year's appraisal.`,
  }),

  'appraisal.skpReturned.subject': (p: Year) => ({
    id: `SKP tahun ${p.year} dikembalikan untuk diperbaiki`,
    en: `Your SKP for ${p.year} was returned`,
  }),
  'appraisal.skpReturned.body': (p: Year & { appraiser: string }) => ({
    id: `${p.appraiser} mengembalikan SKP Anda tahun ${p.year} dengan catatan berikut:`,
    en: `${p.appraiser} returned your SKP for ${p.year} with this note:`,
  }),
  'appraisal.skpReturned.resubmit': (p: { at: string }) => ({
    id: `Silakan memperbaiki dan mengajukannya kembali paling lambat ${p.at}.`,
    en: `Please revise and resubmit it by ${p.at}.`,
  }),

  'appraisal.ratingRequested.subject': (p: { period: string; employee: string }) => ({
    id: `Penilaian kinerja ${p.period}: ${p.employee}`,
    en: `Performance rating ${p.period}: ${p.employee}`,
  }),
  'appraisal.ratingRequested.body': (p: { period: string; employee: string }) => ({
    id: `Silakan memberi Rating Hasil Kerja dan Rating Perilaku Kerja ${p.employee} untuk ${p.period}.`,
    en: `Please give ${p.employee}'s work results and work behaviour ratings for ${p.period}.`,
  }),

  'appraisal.periodRatingGiven.subject': (p: { period: string; predikat: string }) => ({
    id: `Predikat kinerja ${p.period}: ${p.predikat}`,
    en: `Performance predikat ${p.period}: ${p.predikat}`,
  }),
  'appraisal.periodRatingGiven.body': (p: { period: string }) => ({
    id: `Hasil penilaian kinerja Anda untuk ${p.period}:`,
    en: `Your performance rating for ${p.period}:`,
  }),

  'appraisal.annualResult.subject': (p: Year & { predikat: string }) => ({
    id: `Predikat kinerja tahun ${p.year}: ${p.predikat}`,
    en: `Performance predikat for ${p.year}: ${p.predikat}`,
  }),
  'appraisal.annualResult.body': (p: Year) => ({
    id: `Hasil penilaian kinerja tahunan Anda untuk tahun ${p.year}:`,
    en: `Your annual performance result for ${p.year}:`,
  }),
  'appraisal.annualResult.objection': (p: { at: string }) => ({
    id: `Jika Anda tidak sependapat, Anda dapat mengajukan keberatan kepada atasan pejabat penilai kinerja paling lambat ${p.at}.`,
    en: `If you disagree, you may object to your appraiser's superior by ${p.at}.`,
  }),

  'appraisal.objectionReceived.subject': (p: Year & { employee: string }) => ({
    id: `Keberatan atas penilaian kinerja ${p.year}: ${p.employee}`,
    en: `Objection to the ${p.year} rating: ${p.employee}`,
  }),
  'appraisal.objectionReceived.body': (
    p: Year & { employee: string; appraiser: string; predikat: string },
  ) => ({
    id: `${p.employee} mengajukan keberatan atas predikat ${p.predikat} tahun ${p.year} yang diberikan oleh ${p.appraiser}. Alasan:`,
    en: `${p.employee} objects to the ${p.year} predikat ${p.predikat} given by ${p.appraiser}. Reason:`,
  }),
  'appraisal.objectionReceived.decide': (p: { at: string }) => ({
    id: `Sebagai atasan pejabat penilai kinerja, silakan meminta keterangan kedua pihak dan memutus keberatan ini paling lambat ${p.at}. Keputusan Anda bersifat final.`,
    en: `As the appraiser's superior, please hear both sides and decide by ${p.at}. Your decision is final.`,
  }),

  'appraisal.objectionDecided.subject': (p: Year) => ({
    id: `Keputusan atas keberatan penilaian kinerja ${p.year}`,
    en: `Decision on your objection to the ${p.year} rating`,
  }),
  'appraisal.objectionDecided.upheld': (p: Year & { before: string; after: string }) => ({
    id: `Keberatan Anda diterima: predikat tahun ${p.year} diubah dari ${p.before} menjadi ${p.after}.`,
    en: `Your objection is upheld: the ${p.year} predikat changes from ${p.before} to ${p.after}.`,
  }),
  'appraisal.objectionDecided.notUpheld': (p: Year & { after: string }) => ({
    id: `Keberatan Anda tidak diterima: predikat tahun ${p.year} tetap ${p.after}.`,
    en: `Your objection is not upheld: the ${p.year} predikat stays ${p.after}.`,
  }),
  'appraisal.objectionDecided.final': { id: 'Keputusan ini bersifat final.', en: 'This decision is final.' },

  'appraisal.taskReminder.subject': (p: { task: string }) => ({
    id: `Pengingat: ${p.task}`,
    en: `Reminder: ${p.task}`,
  }),
  'appraisal.taskReminder.body': { id: 'Tugas berikut belum diselesaikan:', en: 'This task is still open:' },

  'appraisal.taskEscalation.subject': (p: { assignee: string }) => ({
    id: `Tugas terlambat: ${p.assignee}`,
    en: `Overdue task: ${p.assignee}`,
  }),
  'appraisal.taskEscalation.body': (p: { assignee: string; at: string }) => ({
    id: `${p.assignee} belum menyelesaikan tugas berikut, yang jatuh tempo pada ${p.at}:`,
    en: `${p.assignee} has not completed this task, due on ${p.at}:`,
  }),
  'appraisal.taskEscalation.followUp': {
    id: 'Mohon tindak lanjut Anda sebagai atasan.',
    en: 'Please follow it up as their supervisor.',
  },

  'appraisal.deadlineExtended.subject': (p: { task: string }) => ({
    id: `Batas waktu diperpanjang: ${p.task}`,
    en: `Deadline extended: ${p.task}`,
  }),
  'appraisal.deadlineExtended.body': (p: { from: string; to: string }) => ({
    id: `Batas waktu diperpanjang dari ${p.from} menjadi ${p.to}.`,
    en: `The deadline moves from ${p.from} to ${p.to}.`,
  }),

  'appraisal.periodicity.quarterly': { id: 'triwulanan', en: 'quarterly' },
  'appraisal.periodicity.monthly': { id: 'bulanan', en: 'monthly' },
  'appraisal.yearOpened.subject': (p: Year) => ({
    id: `Penilaian kinerja tahun ${p.year} dibuka`,
    en: `Performance appraisal year ${p.year} opened`,
  }),
  'appraisal.yearOpened.body': (p: Year & { employees: number; units: number; periodicity: string }) => ({
    id: `Penilaian kinerja tahun ${p.year} telah dibuka untuk ${p.employees} pegawai di ${p.units} unit kerja, dengan evaluasi ${p.periodicity}.`,
    en: `The ${p.year} performance appraisal is open for ${p.employees} employees in ${p.units} units, with ${p.periodicity} evaluation.`,
  }),
  'appraisal.yearOpened.dates': (p: { skp: string; annual: string }) => ({
    id: `SKP ditetapkan paling lambat ${p.skp}; penilaian tahunan paling lambat ${p.annual}.`,
    en: `SKPs are due by ${p.skp}; annual ratings by ${p.annual}.`,
  }),
  'appraisal.yearOpened.changes': (p: { ruleSet: string }) => ({
    id: `Aturan ${p.ruleSet} dengan perubahan:`,
    en: `Rule set ${p.ruleSet} with these changes:`,
  }),
  'appraisal.yearOpened.unchanged': (p: { ruleSet: string }) => ({
    id: `Aturan ${p.ruleSet} tanpa perubahan.`,
    en: `Rule set ${p.ruleSet}, unchanged.`,
  }),

  'appraisal.yearSummary.subject': (p: Year & { phase: string }) => ({
    id: `Ringkasan penilaian kinerja tahun ${p.year}: ${p.phase}`,
    en: `Performance appraisal ${p.year} summary: ${p.phase}`,
  }),
  'appraisal.yearSummary.body': (p: Year & { phase: string; employees: number }) => ({
    id: `Penilaian kinerja tahun ${p.year} memasuki tahap ${p.phase}, untuk ${p.employees} pegawai.`,
    en: `The ${p.year} performance appraisal enters the ${p.phase} phase, for ${p.employees} employees.`,
  }),
  'appraisal.yearSummary.tasks': (p: { open: number; overdue: number; escalated: number }) => ({
    id: `Tugas terbuka: ${p.open}; terlambat: ${p.overdue}; dieskalasi: ${p.escalated}.`,
    en: `Open tasks: ${p.open}; overdue: ${p.overdue}; escalated: ${p.escalated}.`,
  }),
} satisfies Section;
