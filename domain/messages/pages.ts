// The pages' texts (web/): every text a page shows, keyed by meaning, Bahasa Indonesia first and English
// beside it. A page gets its `t` for the reader's language from `translator` (domain/messages).
import type { Section } from './catalogue';

export const pageMessages = {
  'site.name': { id: 'BKPSDM Kota Kupang', en: 'BKPSDM Kota Kupang' },
  'site.skip': { id: 'Langsung ke isi', en: 'Skip to content' },
  'site.otherLanguage': { id: 'English', en: 'Bahasa Indonesia' },
  'site.footer': {
    id: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Kupang. Waktu dalam WITA.',
    en: 'Human resources agency (BKPSDM) of Kota Kupang. Times are in WITA (UTC+8).',
  },
  'error.title': { id: 'Terjadi kesalahan', en: 'Something went wrong' },
  'error.retry': {
    id: 'Silakan coba lagi sebentar lagi. Jika terus terjadi, hubungi BKPSDM.',
    en: 'Please try again in a moment. If it keeps happening, contact BKPSDM.',
  },
  'error.notFound': { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  'error.forbidden': {
    id: 'Halaman ini bukan untuk akun Anda.',
    en: 'This page is not for your account.',
  },
  'error.csrf': {
    id: 'Formulir ini sudah kedaluwarsa atau tidak dikirim dari halaman ini. Tidak ada yang diubah. Muat ulang halaman dan kirim lagi.',
    en: 'This form has expired or was not sent from this page. Nothing was changed. Reload the page and send it again.',
  },
  'error.tooMany': {
    id: 'Terlalu banyak permintaan. Tidak ada yang diubah. Silakan coba lagi nanti.',
    en: 'Too many requests. Nothing was changed. Please try again later.',
  },
  'staff.title': { id: 'Halaman pegawai', en: 'Staff pages' },
  'staff.signIn': {
    id: 'Halaman ini untuk pegawai Pemerintah Kota Kupang yang sudah masuk.',
    en: 'These pages are for staff of the city government of Kota Kupang who have signed in.',
  },
  // staff sign-in (web/staff/)
  'staff.signIn.button': { id: 'Masuk dengan akun pegawai', en: 'Sign in with your staff account' },
  'staff.signIn.failed': {
    id: 'Proses masuk tidak selesai atau sudah kedaluwarsa. Silakan masuk lagi.',
    en: 'The sign-in did not complete or has expired. Please sign in again.',
  },
  'staff.signIn.unavailable': {
    id: 'Layanan masuk sedang tidak dapat dihubungi. Silakan coba lagi sebentar lagi.',
    en: 'The sign-in service cannot be reached right now. Please try again in a moment.',
  },
  'staff.signIn.notStaff': {
    id: 'Akun ini bukan petugas BKPSDM dan tidak tercatat sebagai pegawai aktif.',
    en: 'This account is neither a BKPSDM officer nor an active employee in the registry.',
  },
  'staff.signedOut': { id: 'Anda sudah keluar.', en: 'You have signed out.' },
  'staff.signOut': { id: 'Keluar', en: 'Sign out' },
  'staff.signedInAs': (p: { who: string; role: string }) => ({
    id: `Masuk sebagai ${p.who} (${p.role}).`,
    en: `Signed in as ${p.who} (${p.role}).`,
  }),
  'staff.role.hr': { id: 'petugas BKPSDM', en: 'BKPSDM officer' },
  'staff.role.supervisor': { id: 'atasan', en: 'supervisor' },
  'staff.role.employee': { id: 'pegawai', en: 'employee' },
  'staff.me.title': { id: 'Pekerjaan saya', en: 'My work' },
  'staff.me.reports': (p: { count: number }) => ({
    id: `${p.count} pegawai melapor kepada Anda.`,
    en: `${p.count} ${p.count === 1 ? 'employee reports' : 'employees report'} to you.`,
  }),
  'staff.me.unit': (p: { unit: string }) => ({ id: `Unit kerja: ${p.unit}.`, en: `Unit: ${p.unit}.` }),
  'staff.me.tasks': { id: 'Tugas terbuka', en: 'Open tasks' },
  'staff.me.noTasks': { id: 'Tidak ada tugas terbuka.', en: 'No open tasks.' },
  'staff.task.due': { id: 'batas', en: 'due' },
  'staff.task.overdue': { id: 'terlambat', en: 'overdue' },
  'staff.hr.title': { id: 'Meja BKPSDM', en: 'BKPSDM desk' },
  'staff.hr.cycles': { id: 'Seleksi', en: 'Selections' },
  'staff.hr.noCycles': { id: 'Belum ada seleksi.', en: 'No selection yet.' },
  'staff.hr.open': { id: 'Buka lamaran', en: 'Open an application' },
  'staff.hr.applicationId': { id: 'Nomor lamaran', en: 'Application number' },
  'staff.hr.go': { id: 'Buka', en: 'Open' },
  'staff.app.title': { id: 'Lamaran', en: 'Application' },
  'staff.app.status': { id: 'Status', en: 'Status' },
  'staff.app.formation': { id: 'Formasi', en: 'Formation' },
  'staff.app.appeals': { id: 'Sanggah', en: 'Appeals' },
  'staff.app.noAppeals': { id: 'Tidak ada sanggah.', en: 'No appeal.' },
  'staff.app.appealOf': (p: { stage: string }) => ({
    id: `Tahap ${p.stage}, diajukan`,
    en: `Stage ${p.stage}, filed`,
  }),
  'staff.app.answer': (p: { decision: string }) => ({
    id: `Jawaban: ${p.decision}`,
    en: `Answer: ${p.decision}`,
  }),
  'staff.app.unanswered': { id: 'Belum dijawab', en: 'Not answered yet' },
  'staff.app.history': { id: 'Riwayat keputusan', en: 'Decisions' },

  'ranking.title': (p: { formation: string }) => ({
    id: `Pengumuman peringkat: ${p.formation}`,
    en: `Published ranking: ${p.formation}`,
  }),
  'ranking.intro': (p: { cycle: string; vacancies: number }) => ({
    id: `${p.cycle}. Kebutuhan ${p.vacancies} orang. Peserta disebut dengan nomor peserta dan nama yang disamarkan.`,
    en: `${p.cycle}. ${p.vacancies} ${p.vacancies === 1 ? 'vacancy' : 'vacancies'}. Candidates are listed by registration number, with their names masked.`,
  }),
  'ranking.stages': { id: 'Tahap', en: 'Stage' },
  'ranking.stage.skd': { id: 'SKD (ke SKB)', en: 'SKD (to SKB)' },
  'ranking.stage.final': { id: 'Hasil akhir', en: 'Final result' },
  'ranking.notAnnounced': {
    id: 'Peringkat tahap ini belum diumumkan.',
    en: 'The ranking of this stage has not been announced yet.',
  },
  'ranking.empty': { id: 'Tidak ada peserta pada peringkat ini.', en: 'No candidate is in this ranking.' },
  'ranking.caption': (p: { stage: string; count: number }) => ({
    id: `Peringkat ${p.stage}, ${p.count} peserta`,
    en: `${p.stage} ranking, ${p.count} candidates`,
  }),
  'ranking.rank': { id: 'Peringkat', en: 'Rank' },
  'ranking.number': { id: 'Nomor peserta', en: 'Registration number' },
  'ranking.name': { id: 'Nama', en: 'Name' },
  'ranking.skdTotal': { id: 'Total SKD', en: 'SKD total' },
  'ranking.skb': { id: 'SKB', en: 'SKB' },
  'ranking.competency': { id: 'Kompetensi', en: 'Competency' },
  'ranking.finalScore': { id: 'Nilai akhir', en: 'Final score' },
  'ranking.outcome': { id: 'Hasil', en: 'Outcome' },
  'ranking.outcome.advanced': { id: 'Lolos ke SKB', en: 'Advances to SKB' },
  'ranking.outcome.not-advanced': { id: 'Tidak lolos ke SKB', en: 'Does not advance' },
  'ranking.outcome.passed': { id: 'Lulus (P/L)', en: 'Passed (P/L)' },
  'ranking.outcome.replacement': { id: 'Lulus (pengganti)', en: 'Passed, as a replacement' },
  'ranking.outcome.optimalisasi': { id: 'Optimalisasi', en: 'Optimalisasi (waiting list)' },
  'ranking.outcome.not-passed': { id: 'Tidak lulus (TL)', en: 'Not passed (TL)' },
  'ranking.outcome.withdrawn': { id: 'Mengundurkan diri', en: 'Withdrew' },
  'ranking.outcome.failed-documents': { id: 'Gugur (dokumen)', en: 'Out (documents)' },

  'candidate.title': { id: 'Status lamaran Anda', en: 'Your application' },
  'candidate.noSession': {
    id: 'Buka tautan pribadi di email terakhir dari BKPSDM untuk melihat lamaran Anda.',
    en: 'Open the personal link in your latest email from BKPSDM to see your application.',
  },
  'candidate.link.invalid': { id: 'Tautan ini tidak berlaku lagi', en: 'This link no longer works' },
  'candidate.link.invalidWhy': {
    id: 'Tautan sudah diganti dengan yang lebih baru, sudah kedaluwarsa, atau tidak lengkap. Gunakan tautan di email terakhir Anda, atau minta tautan baru.',
    en: 'It was replaced by a newer one, has expired, or is incomplete. Use the link in your latest email, or ask for a new one.',
  },
  'candidate.recoverLink': { id: 'Kirim ulang tautan saya', en: 'Send my link again' },
  'candidate.signOut': { id: 'Keluar', en: 'Sign out' },
  'candidate.confirmed': {
    id: 'Lamaran Anda sudah dikonfirmasi dan terdaftar.',
    en: 'Your application is confirmed and registered.',
  },
  'candidate.summary': { id: 'Ringkasan', en: 'Summary' },
  'candidate.name': { id: 'Nama', en: 'Name' },
  'candidate.cycle': { id: 'Seleksi', en: 'Selection' },
  'candidate.formation': { id: 'Formasi', en: 'Formation' },
  'candidate.applicationId': { id: 'Nomor lamaran', en: 'Application number' },
  'candidate.registrationNumber': { id: 'Nomor peserta', en: 'Registration number' },
  'candidate.registrationNumber.none': {
    id: 'diberikan setelah lamaran dikonfirmasi',
    en: 'given once the application is confirmed',
  },
  'candidate.status': { id: 'Status', en: 'Status' },
  'candidate.results': { id: 'Hasil', en: 'Results' },
  'candidate.screening': { id: 'Seleksi administrasi', en: 'Administrative screening' },
  'candidate.skd': { id: 'SKD', en: 'SKD' },
  'candidate.skdScores': (p: { twk: number; tiu: number; tkp: number; total: number }) => ({
    id: `TWK ${p.twk}, TIU ${p.tiu}, TKP ${p.tkp}, total ${p.total}`,
    en: `TWK ${p.twk}, TIU ${p.tiu}, TKP ${p.tkp}, total ${p.total}`,
  }),
  'candidate.skb': { id: 'SKB', en: 'SKB' },
  'candidate.final': { id: 'Hasil akhir', en: 'Final result' },
  'candidate.finalScore': (p: { score: number; rank: number }) => ({
    id: `Nilai ${p.score}, peringkat ${p.rank}`,
    en: `Score ${p.score}, rank ${p.rank}`,
  }),
  'candidate.noResults': { id: 'Belum ada hasil yang diumumkan.', en: 'No result has been announced yet.' },
  'candidate.why': { id: 'Mengapa', en: 'Why' },
  'candidate.skbCut': { id: 'Peringkat SKD (ke SKB)', en: 'SKD ranking (to SKB)' },
  'candidate.rankings': { id: 'Pengumuman peringkat formasi Anda', en: "Your formation's published ranking" },

  'candidate.deadlines': { id: 'Batas waktu yang sedang berjalan', en: 'Deadlines now open' },
  'candidate.noDeadlines': {
    id: 'Tidak ada batas waktu yang terbuka saat ini.',
    en: 'No deadline is open now.',
  },
  'candidate.deadline.appeal-administration': {
    id: 'Sanggah hasil seleksi administrasi',
    en: 'Appeal against the administrative screening',
  },
  'candidate.deadline.appeal-skd': { id: 'Sanggah hasil SKD', en: 'Appeal against the SKD result' },
  'candidate.deadline.appeal-final': { id: 'Sanggah hasil akhir', en: 'Appeal against the final result' },
  'candidate.deadline.documents': { id: 'Penyerahan dokumen', en: 'Submission of documents' },
  'candidate.deadline.until': (p: { at: string; left: string }) => ({
    id: `sampai ${p.at} (sisa ${p.left})`,
    en: `until ${p.at} (${p.left} left)`,
  }),

  'candidate.appeals': { id: 'Sanggah', en: 'Appeals' },
  'candidate.appeal.stage.administration': { id: 'seleksi administrasi', en: 'administrative screening' },
  'candidate.appeal.stage.skd': { id: 'SKD', en: 'SKD' },
  'candidate.appeal.stage.final': { id: 'hasil akhir', en: 'final result' },
  'candidate.appeal.heading': (p: { stage: string }) => ({
    id: `Ajukan sanggah atas ${p.stage}`,
    en: `Appeal against the ${p.stage}`,
  }),
  'candidate.appeal.reason': { id: 'Alasan sanggah', en: 'Reason for the appeal' },
  'candidate.appeal.hint': (p: { max: number }) => ({
    id: `Jelaskan apa yang menurut Anda keliru (paling banyak ${p.max} karakter). Sanggah hanya dapat diajukan sekali untuk setiap tahap.`,
    en: `Explain what you believe is wrong (at most ${p.max} characters). You can appeal each stage once.`,
  }),
  'candidate.appeal.submit': { id: 'Kirim sanggah', en: 'Send the appeal' },
  'candidate.appeal.filed': {
    id: 'Sanggah Anda sudah diterima. BKPSDM akan menjawabnya sebelum batas waktu jawaban.',
    en: 'Your appeal was received. BKPSDM will answer it by the answer deadline.',
  },
  'candidate.appeal.record': (p: { stage: string; at: string }) => ({
    id: `Sanggah atas ${p.stage}, diajukan ${p.at}`,
    en: `Appeal against the ${p.stage}, filed ${p.at}`,
  }),
  'candidate.appeal.pending': (p: { by: string }) => ({
    id: `Menunggu jawaban BKPSDM, paling lambat ${p.by}.`,
    en: `Waiting for BKPSDM's answer, due by ${p.by}.`,
  }),
  'candidate.appeal.accepted': { id: 'Diterima', en: 'Accepted' },
  'candidate.appeal.rejected': { id: 'Ditolak', en: 'Rejected' },
  'candidate.appeal.refused': {
    id: 'Sanggah tidak dapat diajukan: jendela sanggah untuk tahap ini tidak terbuka, atau Anda sudah mengajukan sanggah. Tidak ada yang diubah.',
    en: 'The appeal could not be filed: the appeal window for this stage is not open, or you have already appealed. Nothing was changed.',
  },
  'candidate.appeal.announcing': {
    id: 'Pengumuman hasil ini sedang dikirim ke semua pelamar; jendela sanggah Anda terbuka dalam beberapa detik. Tidak ada yang diubah: kirim lagi sebentar lagi.',
    en: 'This result is still being announced to every applicant; your appeal window opens within seconds. Nothing was changed: send it again in a moment.',
  },
  'candidate.reason.invalid': (p: { max: number }) => ({
    id: `Tuliskan alasan Anda (1 sampai ${p.max} karakter).`,
    en: `Write your reason (1 to ${p.max} characters).`,
  }),

  'candidate.withdraw.link': { id: 'Mengundurkan diri dari seleksi', en: 'Withdraw from the selection' },
  'candidate.withdraw.title': { id: 'Mengundurkan diri', en: 'Withdraw' },
  'candidate.withdraw.consequence': {
    id: 'Jika Anda mengundurkan diri, lamaran Anda berakhir dan tidak dapat dilanjutkan lagi dalam seleksi ini.',
    en: 'If you withdraw, your application ends and cannot be taken up again in this selection.',
  },
  'candidate.withdraw.ban': (p: { years: string }) => ({
    id: `Karena Anda sudah dinyatakan lulus, NIK Anda tidak dapat melamar seleksi ASN pada tahun anggaran ${p.years}.`,
    en: `Because you have passed, your NIK may not apply to an ASN selection in the budget years ${p.years}.`,
  }),
  'candidate.withdraw.reason': { id: 'Alasan mengundurkan diri', en: 'Reason for withdrawing' },
  'candidate.withdraw.submit': {
    id: 'Ya, saya mengundurkan diri',
    en: 'Yes, I withdraw',
  },
  'candidate.withdraw.cancel': { id: 'Kembali tanpa mengundurkan diri', en: 'Go back without withdrawing' },
  'candidate.withdraw.done': {
    id: 'Anda sudah mengundurkan diri dari seleksi ini.',
    en: 'You have withdrawn from this selection.',
  },
  'candidate.withdraw.refused': {
    id: 'Pengunduran diri tidak dapat dilakukan pada tahap ini. Tidak ada yang diubah.',
    en: 'You cannot withdraw at this stage. Nothing was changed.',
  },

  'candidate.timeline': { id: 'Riwayat', en: 'Timeline' },
  'candidate.timeline.empty': { id: 'Belum ada keputusan.', en: 'No decision yet.' },
  'candidate.emails': { id: 'Email yang dikirim kepada Anda', en: 'Emails sent to you' },
  'candidate.emails.none': { id: 'Belum ada email.', en: 'No email yet.' },
  'candidate.email.sent': { id: 'terkirim', en: 'sent' },
  'candidate.email.pending': { id: 'sedang dikirim', en: 'being sent' },
  'candidate.email.failed': { id: 'ditolak server email', en: 'refused by the mail server' },

  'candidate.recover.title': { id: 'Kirim ulang tautan saya', en: 'Send my link again' },
  'candidate.recover.intro': {
    id: 'Isi NIK, tanggal lahir, dan alamat email yang Anda daftarkan. Jika cocok dengan lamaran, tautan baru dikirim ke alamat email terdaftar dan tautan lama tidak berlaku lagi.',
    en: 'Enter the NIK, birth date and email address you applied with. If they match an application, a new link is sent to the registered address and the old links stop working.',
  },
  'candidate.recover.nik': { id: 'NIK (16 angka)', en: 'NIK (16 digits)' },
  'candidate.recover.birthDate': { id: 'Tanggal lahir', en: 'Birth date' },
  'candidate.recover.email': { id: 'Email yang didaftarkan', en: 'Email address you applied with' },
  'candidate.recover.submit': { id: 'Kirim tautan baru', en: 'Send a new link' },
  'candidate.recover.sent': {
    id: 'Terima kasih. Jika data tersebut cocok dengan lamaran, tautan baru sedang dikirim ke alamat email yang terdaftar. Periksa juga folder spam.',
    en: 'Thank you. If these details match an application, a new link is on its way to the registered address. Check your spam folder too.',
  },
  'candidate.recover.invalid': {
    id: 'Periksa isian: NIK 16 angka, tanggal lahir, dan alamat email yang valid.',
    en: 'Check the form: a 16-digit NIK, a birth date and a valid email address.',
  },
  'candidate.signedOut': { id: 'Anda sudah keluar.', en: 'You have signed out.' },

  // documents
  'candidate.documents': { id: 'Dokumen untuk usul NIP', en: 'Documents for the NIP proposal' },
  'candidate.documents.intro': {
    id: 'Unggah setiap dokumen di bawah, lalu kirim semuanya sebelum batas waktu. Jenis berkas diperiksa dari isinya, bukan dari namanya.',
    en: 'Upload each document below, then submit them all before the deadline. A file’s type is checked from its content, not its name.',
  },
  'candidate.documents.rule': (p: { type: string; max: string; required: boolean }) => ({
    id: `${p.type}, paling besar ${p.max}${p.required ? ', wajib' : ', tidak wajib'}`,
    en: `${p.type}, at most ${p.max}${p.required ? ', required' : ', optional'}`,
  }),
  'candidate.documents.uploaded': (p: { size: string; at: string }) => ({
    id: `Sudah diunggah: ${p.size}, ${p.at}`,
    en: `Uploaded: ${p.size}, ${p.at}`,
  }),
  'candidate.documents.missing': { id: 'Belum diunggah', en: 'Not uploaded yet' },
  'candidate.documents.file': (p: { label: string }) => ({
    id: `Berkas ${p.label}`,
    en: `File: ${p.label}`,
  }),
  'candidate.documents.upload': { id: 'Unggah', en: 'Upload' },
  'candidate.documents.replace': { id: 'Ganti berkas', en: 'Replace the file' },
  'candidate.documents.submit': { id: 'Kirim dokumen', en: 'Submit the documents' },
  'candidate.documents.notReady': {
    id: 'Unggah semua dokumen wajib sebelum mengirim.',
    en: 'Upload every required document before submitting.',
  },
  'candidate.documents.done': { id: 'Berkas sudah diunggah.', en: 'The file has been uploaded.' },
  'candidate.documents.submitted': {
    id: 'Dokumen Anda sudah dikirim. BKPSDM akan memeriksanya.',
    en: 'Your documents have been submitted. BKPSDM will check them.',
  },
  'candidate.documents.tooLarge': (p: { max: string }) => ({
    id: `Berkas terlalu besar: paling besar ${p.max}. Perkecil berkas lalu unggah lagi. Tidak ada yang diubah.`,
    en: `The file is too large: at most ${p.max}. Make it smaller and upload it again. Nothing was changed.`,
  }),
  'candidate.documents.wrongType': (p: { type: string }) => ({
    id: `Isi berkas ini bukan ${p.type}. Pilih berkas ${p.type} yang benar. Tidak ada yang diubah.`,
    en: `This file’s content is not a ${p.type}. Choose a real ${p.type} file. Nothing was changed.`,
  }),
  'candidate.documents.empty': {
    id: 'Pilih berkas untuk diunggah. Tidak ada yang diubah.',
    en: 'Choose a file to upload. Nothing was changed.',
  },
  'candidate.documents.closed': {
    id: 'Waktu penyerahan dokumen tidak terbuka. Tidak ada yang diubah.',
    en: 'The document window is not open. Nothing was changed.',
  },
  'candidate.documents.stale': {
    id: 'Dokumen belum lengkap atau berubah sejak halaman dimuat. Periksa daftar di bawah lalu kirim lagi. Tidak ada yang diubah.',
    en: 'The documents are incomplete or changed since the page was loaded. Check the list below and submit again. Nothing was changed.',
  },

  'staff.app.documents': { id: 'Dokumen yang diunggah', en: 'Uploaded documents' },
  'staff.app.noDocuments': { id: 'Belum ada dokumen.', en: 'No document yet.' },
  // HR's results files (web/staff/results.tsx)
  'hr.cycle.ranking': (p: { formation: string }) => ({
    id: `Peringkat umum: ${p.formation}`,
    en: `Public ranking: ${p.formation}`,
  }),
  'hr.apps.title': (p: { cycle: string }) => ({ id: `Lamaran: ${p.cycle}`, en: `Applications: ${p.cycle}` }),
  'hr.apps.link': { id: 'Lamaran', en: 'Applications' },
  'hr.apps.search': { id: 'Cari peserta', en: 'Find a candidate' },
  'hr.apps.searchHint': {
    id: 'NIK (16 angka), nomor peserta, atau sebagian nama. NIK tidak pernah tampil di alamat halaman.',
    en: 'NIK (16 digits), registration number, or part of a name. A NIK never appears in the address.',
  },
  'hr.apps.find': { id: 'Cari', en: 'Find' },
  'hr.apps.filter': { id: 'Saring', en: 'Filter' },
  'hr.apps.any': { id: 'Semua', en: 'Any' },
  'hr.apps.name': { id: 'Nama', en: 'Name' },
  'hr.apps.none': { id: 'Tidak ada lamaran yang cocok.', en: 'No matching application.' },
  'hr.apps.found': (p: { count: number }) => ({ id: `${p.count} ditemukan`, en: `${p.count} found` }),
  'hr.apps.listed': (p: { count: number }) => ({ id: `${p.count} lamaran`, en: `${p.count} applications` }),
  'hr.apps.pages': { id: 'Halaman', en: 'Pages' },
  'hr.apps.pageOf': (p: { page: number; pages: number }) => ({
    id: `halaman ${p.page} dari ${p.pages}`,
    en: `page ${p.page} of ${p.pages}`,
  }),
  'hr.apps.previous': { id: 'Sebelumnya', en: 'Previous' },
  'hr.apps.next': { id: 'Berikutnya', en: 'Next' },
  'hr.results.title': { id: 'Unggah berkas hasil', en: 'Upload a results file' },
  'hr.results.intro': {
    id: 'Berkas CSV atau XLSX dari sistem CAT atau panitia: satu baris per peserta, dengan NO_PESERTA atau NIK. Pratinjau menunjukkan setiap baris dan setiap kesalahan beserta nomor barisnya; belum ada yang diterapkan.',
    en: 'A CSV or XLSX file from the CAT system or the panel: one row per candidate, with NO_PESERTA or NIK. The preview shows every row and every error with its line number; nothing is applied yet.',
  },
  'hr.results.kind': { id: 'Jenis hasil', en: 'Kind of results' },
  'hr.results.kind.skd': { id: 'SKD (ekspor CAT BKN)', en: 'SKD (BKN CAT export)' },
  'hr.results.kind.skb': { id: 'SKB (nilai per komponen)', en: 'SKB (scores per component)' },
  'hr.results.kind.competency': { id: 'Seleksi kompetensi PPPK', en: 'PPPK competency test' },
  'hr.results.file': { id: 'Berkas (CSV atau XLSX)', en: 'File (CSV or XLSX)' },
  'hr.results.components': { id: 'Komponen SKB (hanya untuk SKB)', en: 'SKB components (SKB only)' },
  'hr.results.componentCode': (p: { n: number }) => ({
    id: `Kode komponen ${p.n}`,
    en: `Component ${p.n} code`,
  }),
  'hr.results.componentName': (p: { n: number }) => ({
    id: `Nama komponen ${p.n}`,
    en: `Component ${p.n} name`,
  }),
  'hr.results.componentKind': (p: { n: number }) => ({
    id: `Jenis komponen ${p.n}`,
    en: `Component ${p.n} kind`,
  }),
  'hr.results.componentWeight': (p: { n: number }) => ({
    id: `Bobot komponen ${p.n}`,
    en: `Component ${p.n} weight`,
  }),
  'hr.results.preview': { id: 'Pratinjau', en: 'Preview' },
  'hr.results.templates': { id: 'Templat', en: 'Templates' },
  'hr.results.previewTitle': (p: { kind: string }) => ({
    id: `Pratinjau: ${p.kind}`,
    en: `Preview: ${p.kind}`,
  }),
  'hr.results.summary': (p: { rows: number; bad: number }) => ({
    id: `${p.rows} baris terbaca dengan benar; ${p.bad} baris bermasalah.`,
    en: `${p.rows} rows read correctly; ${p.bad} rows with problems.`,
  }),
  'hr.results.issues': { id: 'Baris bermasalah', en: 'Rows with problems' },
  'hr.results.nothingApplied': {
    id: 'Berkas ini tidak dapat diterapkan: perbaiki baris di bawah lalu unggah lagi. Tidak ada yang diubah.',
    en: 'This file cannot be applied: correct the rows below and upload it again. Nothing was changed.',
  },
  'hr.results.line': { id: 'Baris', en: 'Line' },
  'hr.results.column': { id: 'Kolom', en: 'Column' },
  'hr.results.reason': { id: 'Alasan', en: 'Reason' },
  'hr.results.understood': { id: 'Baris yang terbaca', en: 'Rows as understood' },
  'hr.results.number': { id: 'Nomor peserta', en: 'Registration number' },
  'hr.results.name': { id: 'Nama (tercatat)', en: 'Name (on record)' },
  'hr.results.inFile': { id: 'di berkas', en: 'in the file' },
  'hr.results.again': { id: 'Unggah berkas yang sudah diperbaiki', en: 'Upload the corrected file' },
  'hr.results.apply': (p: { rows: number }) => ({
    id: `Terapkan ${p.rows} baris`,
    en: `Apply ${p.rows} rows`,
  }),
  'hr.results.applied': (p: { rows: number; kind: string }) => ({
    id: `${p.rows} baris hasil ${p.kind} diterapkan.`,
    en: `${p.rows} rows of ${p.kind} results applied.`,
  }),
  'hr.results.tooLarge': {
    id: 'Berkas terlalu besar (paling besar 15 MB).',
    en: 'The file is too large (at most 15 MB).',
  },
  'hr.results.noFile': { id: 'Pilih berkas CSV atau XLSX.', en: 'Choose a CSV or XLSX file.' },
  'hr.results.badComponents': {
    id: 'Isi setidaknya satu komponen SKB: kode (huruf besar, angka, tanda hubung), nama, jenis dan bobot.',
    en: 'Fill in at least one SKB component: a code (capital letters, digits, hyphens), a name, a kind and a weight.',
  },

  // the embedded OpenID provider's sign-in page (api/oidc/login-page.ts), development only
  'provider.title': { id: 'Masuk ke sdm-flow', en: 'Sign in to sdm-flow' },
  'provider.intro': {
    id: 'Penyedia identitas pengembangan BKPSDM Kota Kupang.',
    en: 'Development identity provider of BKPSDM Kota Kupang.',
  },
  'provider.login': { id: 'NIP atau nama pengguna', en: 'NIP or user name' },
  'provider.loginHint': {
    id: 'Pegawai: NIP 18 angka. Petugas BKPSDM: nama pengguna petugas.',
    en: 'Employees: the 18-digit NIP. BKPSDM officers: the officer user name.',
  },
  'provider.password': { id: 'Kata sandi', en: 'Password' },
  'provider.submit': { id: 'Masuk', en: 'Sign in' },
  'provider.wrongCredentials': {
    id: 'NIP/nama pengguna atau kata sandi salah. Periksa lalu coba lagi.',
    en: 'Wrong NIP/user name or password. Check them and try again.',
  },
  'provider.expiredTitle': { id: 'Sesi masuk berakhir', en: 'Sign-in expired' },
  'provider.expiredBody': {
    id: 'Halaman masuk ini sudah kedaluwarsa. Kembali ke sdm-flow dan pilih Masuk lagi.',
    en: 'This sign-in page has expired. Go back to sdm-flow and choose Sign in again.',
  },
  'provider.errorTitle': { id: 'Tidak dapat masuk', en: 'Cannot sign in' },
  'provider.errorBody': {
    id: 'Permintaan masuk tidak dapat diproses. Kembali ke sdm-flow dan coba lagi.',
    en: 'The sign-in request could not be processed. Go back to sdm-flow and try again.',
  },

  // the timeline's words for the audited decisions that are not a move of the transition table
  // (web/candidate/pages.tsx `decisionLabel`): 'timeline.' + the audit trail's action
  'timeline.application.appealed': { id: 'Sanggah diajukan', en: 'Appeal filed' },
  'timeline.application.appeal-accepted': { id: 'Sanggah diterima', en: 'Appeal accepted' },
  'timeline.application.appeal-rejected': { id: 'Sanggah ditolak', en: 'Appeal rejected' },
  'timeline.application.correct-address': {
    id: 'Alamat email diperbaiki oleh BKPSDM',
    en: 'Email address corrected by BKPSDM',
  },
  'timeline.application.links-renewed': { id: 'Tautan pribadi diperbarui', en: 'Personal link renewed' },
  'timeline.application.document-uploaded': { id: 'Dokumen diunggah', en: 'Document uploaded' },
} satisfies Section;
