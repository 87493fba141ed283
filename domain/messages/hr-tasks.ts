// The texts of HR's task lists of a cycle (web/staff/appeals.tsx, web/staff/verification.tsx): the
// appeals to answer and the documents to verify, each decision with its reason.
import type { Section } from './catalogue';

export const hrTaskMessages = {
  'hr.tasks.appeals.title': (p: { cycle: string }) => ({
    id: `Sanggah: ${p.cycle}`,
    en: `Appeals: ${p.cycle}`,
  }),
  /** For the cycle's dashboard to link this list by. */
  'hr.tasks.appeals.link': { id: 'Sanggah', en: 'Appeals' },
  'hr.tasks.appeals.open': { id: 'Sanggah yang menunggu jawaban', en: 'Appeals awaiting an answer' },
  'hr.tasks.appeals.done': { id: 'Sanggah yang sudah dijawab', en: 'Answered appeals' },
  'hr.tasks.appeals.noneOpen': {
    id: 'Tidak ada sanggah yang menunggu jawaban.',
    en: 'No appeal is awaiting an answer.',
  },
  'hr.tasks.appeals.noneDone': { id: 'Belum ada sanggah yang dijawab.', en: 'No appeal answered yet.' },
  'hr.tasks.appeals.stage': { id: 'Tahap', en: 'Stage' },
  'hr.tasks.appeals.reason': { id: 'Alasan peserta', en: "The candidate's reason" },
  'hr.tasks.appeals.sent': { id: 'Diajukan', en: 'Sent' },
  'hr.tasks.appeals.decision': { id: 'Keputusan', en: 'Decision' },
  'hr.tasks.appeals.accept': { id: 'Terima sanggah', en: 'Accept the appeal' },
  'hr.tasks.appeals.reject': { id: 'Tolak sanggah', en: 'Reject the appeal' },
  'hr.tasks.appeals.accepted': { id: 'Diterima', en: 'Accepted' },
  'hr.tasks.appeals.rejected': { id: 'Ditolak', en: 'Rejected' },
  'hr.tasks.appeals.answer': { id: 'Kirim jawaban', en: 'Send the answer' },
  'hr.tasks.appeals.decided': (p: { name: string; decision: string }) => ({
    id: `Sanggah ${p.name} dijawab: ${p.decision}.`,
    en: `${p.name}'s appeal answered: ${p.decision}.`,
  }),
  'hr.tasks.appeals.noSuch': {
    id: 'Sanggah ini tidak ada pada seleksi ini. Tidak ada yang diubah.',
    en: 'There is no such appeal in this selection. Nothing was changed.',
  },

  'hr.tasks.documents.title': (p: { cycle: string }) => ({
    id: `Verifikasi dokumen: ${p.cycle}`,
    en: `Document verification: ${p.cycle}`,
  }),
  /** For the cycle's dashboard to link this list by. */
  'hr.tasks.documents.link': { id: 'Verifikasi dokumen', en: 'Document verification' },
  'hr.tasks.documents.open': {
    id: 'Dokumen yang menunggu verifikasi',
    en: 'Documents awaiting verification',
  },
  'hr.tasks.documents.done': { id: 'Dokumen yang sudah diverifikasi', en: 'Documents decided' },
  'hr.tasks.documents.noneOpen': {
    id: 'Tidak ada dokumen yang menunggu verifikasi.',
    en: 'No documents are awaiting verification.',
  },
  'hr.tasks.documents.noneDone': {
    id: 'Belum ada dokumen yang diverifikasi.',
    en: 'No documents decided yet.',
  },
  'hr.tasks.documents.files': { id: 'Dokumen', en: 'Documents' },
  'hr.tasks.documents.noFiles': { id: 'Tidak ada berkas.', en: 'No file.' },
  'hr.tasks.documents.verify': { id: 'Dokumen lengkap dan sah', en: 'The documents are complete and valid' },
  'hr.tasks.documents.reject': { id: 'Tolak dokumen', en: 'Reject the documents' },
  'hr.tasks.documents.verified': { id: 'Terverifikasi', en: 'Verified' },
  'hr.tasks.documents.rejected': { id: 'Ditolak', en: 'Rejected' },
  'hr.tasks.documents.reasonHint': {
    id: 'Wajib diisi bila dokumen ditolak.',
    en: 'Required when the documents are rejected.',
  },
  'hr.tasks.documents.send': { id: 'Kirim keputusan', en: 'Send the decision' },
  'hr.tasks.documents.decided': (p: { name: string; decision: string }) => ({
    id: `Dokumen ${p.name}: ${p.decision}.`,
    en: `${p.name}'s documents: ${p.decision}.`,
  }),
  'hr.tasks.documents.noSuch': {
    id: 'Lamaran ini tidak ada pada seleksi ini. Tidak ada yang diubah.',
    en: 'There is no such application in this selection. Nothing was changed.',
  },

  'hr.tasks.candidate': { id: 'Peserta', en: 'Candidate' },
  'hr.tasks.due': { id: 'Batas jawaban BKPSDM', en: "BKPSDM's answer due" },
  'hr.tasks.overdue': { id: 'Lewat batas waktu', en: 'Overdue' },
  'hr.tasks.reminded': { id: 'Pengingat terkirim', en: 'Reminder sent' },
  'hr.tasks.escalated': (p: { to: string }) => ({
    id: `Dieskalasi ke ${p.to}`,
    en: `Escalated to ${p.to}`,
  }),
  'hr.tasks.reason': { id: 'Alasan keputusan', en: 'Reason for the decision' },
  'hr.tasks.decidedBy': { id: 'Diputuskan oleh', en: 'Decided by' },
  'hr.tasks.chooseDecision': {
    id: 'Pilih keputusan. Tidak ada yang diubah.',
    en: 'Choose a decision. Nothing was changed.',
  },
  'hr.tasks.reasonRequired': {
    id: 'Tuliskan alasan keputusan. Tidak ada yang diubah.',
    en: 'Write the reason for the decision. Nothing was changed.',
  },
  'hr.tasks.reasonTooLong': (p: { max: number }) => ({
    id: `Alasan paling banyak ${p.max} karakter. Tidak ada yang diubah.`,
    en: `The reason may have at most ${p.max} characters. Nothing was changed.`,
  }),
  'hr.tasks.refused': (p: { detail: string }) => ({
    id: `Ditolak: ${p.detail}. Tidak ada yang diubah.`,
    en: `Refused: ${p.detail}. Nothing was changed.`,
  }),
  'hr.tasks.page': (p: { page: number }) => ({ id: `Halaman ${p.page}`, en: `Page ${p.page}` }),
  'hr.tasks.previous': { id: 'Sebelumnya', en: 'Previous' },
  'hr.tasks.next': { id: 'Berikutnya', en: 'Next' },
} satisfies Section;
