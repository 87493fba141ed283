// The competency-development emails' texts (domain/training/emails.ts composes them), keyed by template
// and part. Values are already formatted for the reader (dates in WITA, JP with the reader's decimals).
import type { Section } from './catalogue';

type Rec = { employeeName: string; title: string; jp: string };

export const trainingEmailMessages = {
  'training.record': (p: Rec) => ({
    id: `Kegiatan: ${p.title} (${p.jp} JP), atas nama ${p.employeeName}.`,
    en: `Activity: ${p.title} (${p.jp} JP), of ${p.employeeName}.`,
  }),
  'training.verificationRequested.subject': (p: { employeeName: string }) => ({
    id: `Verifikasi pengembangan kompetensi ${p.employeeName}`,
    en: `Verify the competency development of ${p.employeeName}`,
  }),
  'training.verificationRequested.body': {
    id: 'Mohon verifikasi catatan pengembangan kompetensi berikut beserta sertifikatnya.',
    en: 'Please verify the following competency development record and its certificate.',
  },
  'training.verificationReminder.subject': (p: { employeeName: string }) => ({
    id: `Pengingat: verifikasi pengembangan kompetensi ${p.employeeName}`,
    en: `Reminder: verify the competency development of ${p.employeeName}`,
  }),
  'training.verificationReminder.body': {
    id: 'Catatan pengembangan kompetensi ini masih menunggu verifikasi Anda.',
    en: 'This competency development record still awaits your verification.',
  },
  'training.verificationEscalation.subject': (p: { employeeName: string }) => ({
    id: `Verifikasi terlambat: pengembangan kompetensi ${p.employeeName}`,
    en: `Overdue verification: competency development of ${p.employeeName}`,
  }),
  'training.verificationEscalation.body': (p: { assigneeName: string }) => ({
    id: `${p.assigneeName} belum memverifikasi catatan ini sampai batas waktunya. Mohon ditindaklanjuti.`,
    en: `${p.assigneeName} has not verified this record by its due date. Please follow it up.`,
  }),
  'training.midYear.subject': (p: { year: number }) => ({
    id: `Capaian pengembangan kompetensi Anda tahun ${p.year}`,
    en: `Your competency development in ${p.year}`,
  }),
  'training.midYear.body': (p: { total: string; yearly: string; missing: string }) => ({
    id: `Sampai pertengahan tahun tercatat ${p.total} JP terverifikasi dari paling sedikit ${p.yearly} JP setahun; masih kurang ${p.missing} JP.`,
    en: `By mid-year ${p.total} verified JP are on record of the at least ${p.yearly} JP a year; ${p.missing} JP are still missing.`,
  }),
  'training.midYear.hint': {
    id: 'Pelatihan klasikal (kursus, lokakarya, seminar) maupun nonklasikal (coaching, mentoring, e-learning, detasering) dihitung.',
    en: 'Classical (courses, workshops, seminars) and non-classical development (coaching, mentoring, e-learning, secondment) both count.',
  },
  'training.yearClosed.subject': (p: { year: number }) => ({
    id: `Rekap pengembangan kompetensi tahun ${p.year}`,
    en: `Competency development summary for ${p.year}`,
  }),
  'training.yearClosed.body': (p: { employees: number; short: number; yearly: string }) => ({
    id: `Dari ${p.employees} pegawai, ${p.short} belum mencapai ${p.yearly} JP.`,
    en: `Of ${p.employees} employees, ${p.short} did not reach ${p.yearly} JP.`,
  }),
  'training.yearClosed.unit': (p: { unitCode: string; short: number }) => ({
    id: `${p.unitCode}: ${p.short} pegawai`,
    en: `${p.unitCode}: ${p.short} employees`,
  }),
} satisfies Section;
