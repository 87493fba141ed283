// The texts of HR's stage pages (issue 11, web/staff/screening.tsx, skd-sessions.tsx, announcements.tsx,
// rankings.tsx): screening, SKD sessions, announcements with their appeal windows, and the rankings.
import type { Section } from './catalogue';

const decisionWords = { MS: 'MS', TMS: 'TMS' } as const;

export const hrStagesMessages = {
  'hr.stages.cycleLink': { id: 'Kembali ke halaman siklus', en: 'Back to the cycle' },
  'hr.stages.confirm': { id: 'Konfirmasi', en: 'Confirm' },
  'hr.stages.back': { id: 'Kembali tanpa mengubah apa pun', en: 'Go back without changing anything' },
  'hr.stages.refused': (p: { detail: string }) => ({
    id: `Perintah ditolak; tidak ada yang diubah. Alasan sistem: ${p.detail}`,
    en: `The command was refused; nothing was changed. The system says: ${p.detail}`,
  }),
  'hr.stages.phase': (p: { phase: string }) => ({
    id: `Tahap siklus saat ini: ${p.phase}.`,
    en: `The cycle's current phase: ${p.phase}.`,
  }),
  'hr.stages.col.select': { id: 'Pilih', en: 'Select' },
  'hr.stages.col.documents': { id: 'Dokumen', en: 'Documents' },
  'hr.stages.col.session': { id: 'Sesi SKD', en: 'SKD session' },
  'hr.stages.unknown': { id: '(tidak ada di siklus ini)', en: '(not in this cycle)' },

  // the form's errors, beside their fields
  'hr.stages.error.selection': {
    id: 'Pilih paling sedikit satu lamaran.',
    en: 'Select at least one application.',
  },
  'hr.stages.error.tooMany': {
    id: 'Terlalu banyak lamaran dalam satu formulir; pilih dari satu halaman saja.',
    en: 'Too many applications in one form; select from one page only.',
  },
  'hr.stages.error.nobody': {
    id: 'Tidak ada peserta MS untuk dijadwalkan.',
    en: 'There is no MS applicant to seat.',
  },
  'hr.stages.error.decision': { id: 'Pilih MS atau TMS.', en: 'Choose MS or TMS.' },
  'hr.stages.error.reason': {
    id: 'Tuliskan alasan, paling banyak 2.000 karakter.',
    en: 'Give a reason of at most 2,000 characters.',
  },
  'hr.stages.error.code': {
    id: 'Tuliskan kode sesi, paling banyak 200 karakter.',
    en: 'Give a session code of at most 200 characters.',
  },
  'hr.stages.error.place': {
    id: 'Tuliskan tempat, paling banyak 200 karakter.',
    en: 'Give a place of at most 200 characters.',
  },
  'hr.stages.error.startsAt': {
    id: 'Isi tanggal dan jam mulai (WITA) yang benar.',
    en: 'Give a valid start date and time (WITA).',
  },

  // screening (web/staff/screening.tsx)
  'hr.stages.screening.link': {
    id: 'Seleksi administrasi (MS/TMS)',
    en: 'Administrative screening (MS/TMS)',
  },
  'hr.stages.screening.title': (p: { cycle: string }) => ({
    id: `Seleksi administrasi: ${p.cycle}`,
    en: `Administrative screening: ${p.cycle}`,
  }),
  'hr.stages.screening.intro': {
    id: 'Pilih lamaran, tentukan MS (memenuhi syarat) atau TMS (tidak memenuhi syarat) dengan alasannya, lalu tinjau sebelum mengonfirmasi. Satu formulir untuk satu halaman daftar.',
    en: 'Select applications, decide MS (meets the requirements) or TMS (does not) with a reason, then review before confirming. One form per page of the list.',
  },
  'hr.stages.screening.waiting': (p: { count: number }) => ({
    id: `${p.count} lamaran menunggu seleksi administrasi`,
    en: `${p.count} applications awaiting screening`,
  }),
  'hr.stages.screening.one': { id: 'Satu lamaran', en: 'One application' },
  'hr.stages.screening.none': {
    id: 'Tidak ada lamaran yang menunggu seleksi administrasi.',
    en: 'No application is awaiting screening.',
  },
  'hr.stages.screening.selectAll': { id: 'Pilih semua di halaman ini', en: 'Select all on this page' },
  'hr.stages.screening.selectNone': { id: 'Hapus semua pilihan', en: 'Clear the selection' },
  'hr.stages.screening.select': (p: { name: string; number: string }) => ({
    id: `Pilih ${p.name} (${p.number})`,
    en: `Select ${p.name} (${p.number})`,
  }),
  'hr.stages.screening.noNumber': { id: 'belum bernomor', en: 'no number yet' },
  'hr.stages.screening.selection': { id: 'Lamaran yang diputuskan', en: 'Applications to decide' },
  'hr.stages.screening.decision': { id: 'Keputusan', en: 'Decision' },
  'hr.stages.decision.MS': { id: 'MS (memenuhi syarat)', en: 'MS (meets the requirements)' },
  'hr.stages.decision.TMS': {
    id: 'TMS (tidak memenuhi syarat)',
    en: 'TMS (does not meet the requirements)',
  },
  'hr.stages.screening.reason': { id: 'Alasan', en: 'Reason' },
  'hr.stages.screening.reasonHint': {
    id: 'Wajib, paling banyak 2.000 karakter; dicatat di jejak audit dan dikirim ke peserta.',
    en: 'Required, at most 2,000 characters; kept in the audit trail and sent to the candidate.',
  },
  'hr.stages.screening.review': { id: 'Tinjau keputusan', en: 'Review the decision' },
  'hr.stages.screening.confirmTitle': { id: 'Konfirmasi keputusan seleksi', en: 'Confirm the screening' },
  'hr.stages.screening.confirmSummary': (p: { count: number; decision: 'MS' | 'TMS'; reason: string }) => ({
    id: `${p.count} lamaran akan dinyatakan ${decisionWords[p.decision]} dengan alasan “${p.reason}”:`,
    en: `${p.count} applications will be decided ${decisionWords[p.decision]} with the reason “${p.reason}”:`,
  }),
  'hr.stages.screening.done': (p: { count: number; decision: 'MS' | 'TMS' }) => ({
    id: `${p.count} keputusan ${decisionWords[p.decision]} diteruskan ke siklus; status lamaran berubah dalam beberapa saat.`,
    en: `${p.count} ${decisionWords[p.decision]} decisions handed to the cycle; the applications change status in a moment.`,
  }),

  // SKD sessions (web/staff/skd-sessions.tsx)
  'hr.stages.skd.link': { id: 'Sesi SKD', en: 'SKD sessions' },
  'hr.stages.skd.title': (p: { cycle: string }) => ({
    id: `Sesi SKD: ${p.cycle}`,
    en: `SKD sessions: ${p.cycle}`,
  }),
  'hr.stages.skd.intro': {
    id: 'Jadwalkan satu sesi setiap kali: kode, tempat, jam mulai (WITA) dan siapa yang mengikutinya. Sesi dapat dijadwalkan selama siklus dalam tahap skd; peserta yang dijadwalkan lagi pindah ke sesi baru.',
    en: 'Schedule one session at a time: code, place, start (WITA) and who sits it. Sessions can be scheduled while the cycle is in its skd phase; an applicant seated again moves to the new session.',
  },
  'hr.stages.skd.notCpns': { id: 'Siklus PPPK tidak memiliki SKD.', en: 'A PPPK cycle has no SKD.' },
  'hr.stages.skd.sessions': { id: 'Sesi terjadwal', en: 'Scheduled sessions' },
  'hr.stages.skd.noSessions': { id: 'Belum ada sesi terjadwal.', en: 'No session scheduled yet.' },
  'hr.stages.skd.code': { id: 'Kode sesi', en: 'Session code' },
  'hr.stages.skd.place': { id: 'Tempat', en: 'Place' },
  'hr.stages.skd.startsAt': { id: 'Mulai (WITA)', en: 'Starts (WITA)' },
  'hr.stages.skd.seats': { id: 'Peserta', en: 'Seats' },
  'hr.stages.skd.new': { id: 'Sesi baru', en: 'New session' },
  'hr.stages.skd.who': { id: 'Peserta sesi ini', en: 'Who sits this session' },
  'hr.stages.skd.who.unseated': (p: { count: number }) => ({
    id: `Semua peserta MS yang belum punya sesi (${p.count})`,
    en: `Every MS applicant without a session (${p.count})`,
  }),
  'hr.stages.skd.who.all': (p: { count: number }) => ({
    id: `Semua peserta MS (${p.count}); yang sudah punya sesi dipindahkan`,
    en: `Every MS applicant (${p.count}); those already seated move`,
  }),
  'hr.stages.skd.who.selected': { id: 'Hanya yang dipilih di bawah', en: 'Only those selected below' },
  'hr.stages.skd.applicants': (p: { count: number }) => ({
    id: `${p.count} peserta MS`,
    en: `${p.count} MS applicants`,
  }),
  'hr.stages.skd.none': { id: 'Belum ada peserta MS.', en: 'No MS applicant yet.' },
  'hr.stages.skd.noSeat': { id: 'belum ada', en: 'none yet' },
  'hr.stages.skd.schedule': { id: 'Jadwalkan sesi', en: 'Schedule the session' },
  'hr.stages.skd.done': (p: { seats: number; code: string }) => ({
    id: `${p.seats} peserta dijadwalkan di sesi ${p.code}; jadwal tercatat dalam beberapa saat.`,
    en: `${p.seats} applicants seated in session ${p.code}; the seats are recorded in a moment.`,
  }),

  // announcements (web/staff/announcements.tsx)
  'hr.stages.ann.link': { id: 'Pengumuman dan masa sanggah', en: 'Announcements and appeal windows' },
  'hr.stages.ann.title': (p: { cycle: string }) => ({
    id: `Pengumuman: ${p.cycle}`,
    en: `Announcements: ${p.cycle}`,
  }),
  'hr.stages.ann.intro': (p: { window: string }) => ({
    id: `Setiap pengumuman mengirim email ke peserta yang terdampak dan membuka masa sanggah selama ${p.window}.`,
    en: `Each announcement emails every affected candidate and opens an appeal window of ${p.window}.`,
  }),
  'hr.stages.ann.status': { id: 'Keadaan', en: 'Status' },
  'hr.stages.ann.announcedAt': { id: 'Diumumkan', en: 'Announced' },
  'hr.stages.ann.closesAt': { id: 'Masa sanggah ditutup', en: 'Appeal window closes' },
  'hr.stages.ann.window': { id: 'Masa sanggah yang dibuka', en: 'Appeal window it opens' },
  'hr.stages.ann.isAnnounced': { id: 'Sudah diumumkan.', en: 'Announced.' },
  'hr.stages.ann.open': { id: 'Dapat diumumkan sekarang.', en: 'Can be announced now.' },
  'hr.stages.ann.notNow': (p: { phase: string }) => ({
    id: `Belum dapat diumumkan pada tahap ${p.phase}.`,
    en: `Cannot be announced in the ${p.phase} phase.`,
  }),
  'hr.stages.ann.announce': (p: { stage: string }) => ({
    id: `Umumkan hasil ${p.stage}`,
    en: `Announce the ${p.stage} result`,
  }),
  'hr.stages.ann.ranking': (p: { formation: string }) => ({
    id: `Peringkat untuk umum: ${p.formation}`,
    en: `Public ranking: ${p.formation}`,
  }),
  'hr.stages.ann.hrRanking': (p: { formation: string }) => ({
    id: `Peringkat (BKPSDM): ${p.formation}`,
    en: `Ranking (BKPSDM): ${p.formation}`,
  }),
  'hr.stages.ann.pdfOfficial': {
    id: 'PDF pengumuman resmi (dengan NIK)',
    en: 'Official announcement PDF (with NIK)',
  },
  'hr.stages.ann.pdfPublic': { id: 'PDF pengumuman untuk umum', en: 'Public announcement PDF' },
  'hr.stages.ann.confirmTitle': (p: { stage: string }) => ({
    id: `Umumkan hasil ${p.stage}?`,
    en: `Announce the ${p.stage} result?`,
  }),
  'hr.stages.ann.confirmText': (p: { window: string }) => ({
    id: `Setiap peserta yang terdampak akan menerima email, dan masa sanggah selama ${p.window} dibuka sejak pengumuman. Pengumuman tidak dapat ditarik kembali.`,
    en: `Every affected candidate will be emailed, and an appeal window of ${p.window} opens from the announcement. An announcement cannot be taken back.`,
  }),
  'hr.stages.ann.done': (p: { stage: string; closesAt: string }) => ({
    id: `Hasil ${p.stage} diumumkan. Masa sanggah ditutup ${p.closesAt}.`,
    en: `The ${p.stage} result is announced. The appeal window closes ${p.closesAt}.`,
  }),

  // rankings (web/staff/rankings.tsx)
  'hr.stages.rank.title': (p: { formation: string }) => ({
    id: `Peringkat ${p.formation}`,
    en: `Ranking of ${p.formation}`,
  }),
  'hr.stages.rank.notAnnounced': {
    id: 'Peringkat tahap ini belum diumumkan kepada peserta; halaman umum belum menampilkannya.',
    en: 'This ranking has not been told to the candidates yet; the public page does not show it.',
  },
  'hr.stages.rank.empty': {
    id: 'Belum ada peserta yang diperingkat pada tahap ini.',
    en: 'No one has been ranked at this stage yet.',
  },
  'hr.stages.rank.caption': (p: { stage: string; count: number }) => ({
    id: `${p.stage}: ${p.count} peserta diperingkat`,
    en: `${p.stage}: ${p.count} ranked`,
  }),
  'hr.stages.rank.limit': {
    id: 'Paling banyak 5.000 peserta per formasi ditampilkan, 100 per halaman.',
    en: 'At most 5,000 applicants per formation are shown, 100 a page.',
  },
} satisfies Section;
