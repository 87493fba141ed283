// HR's exports page (web/staff/exports.tsx): the files of a cycle to download, and its printed announcements.
import type { Section } from './catalogue';

export const hrExportMessages = {
  'hr.exports.title': (p: { cycle: string }) => ({
    id: `Unduhan: ${p.cycle}`,
    en: `Downloads: ${p.cycle}`,
  }),
  'hr.exports.link': { id: 'Unduhan (XLSX, CSV, PDF)', en: 'Downloads (XLSX, CSV, PDF)' },
  'hr.exports.intro': {
    id: 'Berkas dibuat saat diunduh dari data terkini. Setiap unduhan dicatat dalam jejak audit.',
    en: 'Files are made from the current records as they download. Every download is recorded in the audit trail.',
  },
  'hr.exports.tables': { id: 'Daftar', en: 'Lists' },
  'hr.exports.what': { id: 'Daftar', en: 'List' },
  'hr.exports.formats': { id: 'Format', en: 'Formats' },
  'hr.exports.applicants': {
    id: 'Semua pelamar (dengan NIK)',
    en: 'All applicants (with NIK)',
  },
  'hr.exports.rankingsSkd': { id: 'Peringkat SKD per formasi', en: 'SKD rankings per formation' },
  'hr.exports.rankingsFinal': { id: 'Peringkat akhir per formasi', en: 'Final rankings per formation' },
  'hr.exports.results': { id: 'Hasil akhir seleksi', en: 'Final selection results' },
  'hr.exports.announcements': { id: 'Pengumuman (PDF)', en: 'Announcements (PDF)' },
  'hr.exports.stage': { id: 'Tahap', en: 'Stage' },
  'hr.exports.official': {
    id: 'Arsip resmi (dengan NIK)',
    en: 'Official archive (with NIK)',
  },
  'hr.exports.public': {
    id: 'Untuk umum (tanpa data pribadi)',
    en: 'Public (no personal data)',
  },
  'hr.exports.notAnnounced': { id: 'belum diumumkan', en: 'not announced yet' },
  'hr.exports.download': (p: { what: string; format: string }) => ({
    id: `${p.what}, ${p.format}`,
    en: `${p.what}, ${p.format}`,
  }),
} satisfies Section;
