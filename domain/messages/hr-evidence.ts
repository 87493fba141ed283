// The texts of HR's application page (its timeline, emails and audit trail) and of a cycle's merit-system
// evidence page (web/staff/pages.tsx, web/staff/evidence.tsx).
import type { Section } from './catalogue';

export const hrEvidenceMessages = {
  'hrApp.links': { id: 'Tautan', en: 'Links' },
  'hrApp.screening': { id: 'Seleksi administrasi lamaran ini', en: 'Screening of this application' },
  'hrApp.appealsList': { id: 'Daftar sanggah seleksi ini', en: "This cycle's appeals" },
  'hrApp.documentsList': {
    id: 'Daftar verifikasi dokumen seleksi ini',
    en: "This cycle's document verification",
  },
  'hrApp.evidence': { id: 'Bukti sistem merit seleksi ini', en: "This cycle's merit-system evidence" },
  'hrApp.timeline': { id: 'Linimasa', en: 'Timeline' },
  'hrApp.timelineNote': {
    id: 'Setiap perubahan status yang tercatat di jejak audit, dengan waktu (WITA), pelaku dan alasannya. Status hasil tes yang dihitung sistem tercatat pada lamaran, bukan sebagai keputusan.',
    en: 'Every status change the audit trail records, with when (WITA), who and the reason. Test results the system computes are recorded on the application, not as decisions.',
  },
  'hrApp.now': (p: { status: string }) => ({
    id: `Status sekarang: ${p.status}`,
    en: `Status now: ${p.status}`,
  }),
  'hrApp.by': (p: { actor: string; role: string }) => ({
    id: `oleh ${p.actor} (${p.role})`,
    en: `by ${p.actor} (${p.role})`,
  }),
  'hrApp.open': { id: 'buka', en: 'open' },
  'hrApp.emails': { id: 'Email', en: 'Emails' },
  'hrApp.noEmails': { id: 'Belum ada email.', en: 'No email yet.' },
  'hrApp.emailsLabel': { id: 'Email lamaran ini', en: "This application's emails" },
  'hrApp.col.template': { id: 'Templat', en: 'Template' },
  'hrApp.col.subject': { id: 'Subjek', en: 'Subject' },
  'hrApp.col.queued': { id: 'Diantrekan', en: 'Queued' },
  'hrApp.col.outcome': { id: 'Terkirim / gagal', en: 'Sent / failed' },
  'hrApp.col.messageId': { id: 'Message-ID', en: 'Message-ID' },
  'hrApp.pending': { id: 'menunggu', en: 'pending' },
  'hrApp.failed': (p: { why: string }) => ({ id: `gagal: ${p.why}`, en: `failed: ${p.why}` }),
  'hrApp.erased': { id: '(dihapus sesuai masa retensi)', en: '(erased by retention)' },
  'hrApp.audit': { id: 'Jejak audit', en: 'Audit trail' },
  'hrApp.auditLabel': { id: 'Jejak audit lamaran ini', en: "This application's audit trail" },
  'hrApp.auditOk': (p: { count: number }) => ({
    id: `Rantai terverifikasi: ${p.count} catatan cocok dengan hash dan pendahulunya.`,
    en: `Chain verified: ${p.count} records match their hash and their predecessor.`,
  }),
  'hrApp.auditBad': (p: { count: number }) => ({
    id: `Rantai TIDAK terverifikasi: ${p.count} catatan tidak cocok.`,
    en: `Chain NOT verified: ${p.count} records do not fit.`,
  }),
  'hrApp.col.seq': { id: 'No.', en: 'Seq' },
  'hrApp.col.at': { id: 'Waktu', en: 'At' },
  'hrApp.col.actor': { id: 'Pelaku', en: 'Actor' },
  'hrApp.col.role': { id: 'Peran', en: 'Role' },
  'hrApp.col.action': { id: 'Tindakan', en: 'Action' },
  'hrApp.col.reason': { id: 'Alasan', en: 'Reason' },

  'evidence.title': { id: 'Bukti sistem merit', en: 'Merit-system evidence' },
  'evidence.intro': {
    id: 'Dihitung dari jejak audit seleksi ini (dan aturan seleksi yang diumumkan), untuk pemeriksa sistem merit (KASN/BKN). Setiap butir dengan jumlah dan pengecualiannya.',
    en: "Computed from this cycle's audit trail (and its published rule set), for an auditor of the merit system (KASN/BKN). Each item with its count and its exceptions.",
  },
  'evidence.computedAt': { id: 'Dihitung pada', en: 'Computed at' },
  'evidence.records': (p: { count: number }) => ({
    id: `${p.count} catatan audit dibaca.`,
    en: `${p.count} audit records read.`,
  }),
  'evidence.back': { id: 'Kembali ke dasbor seleksi', en: "Back to the cycle's dashboard" },
  'evidence.none': { id: 'Tidak ada pengecualian.', en: 'No exception.' },
  'evidence.exceptions': (p: { count: number }) => ({
    id: `Pengecualian: ${p.count}`,
    en: `Exceptions: ${p.count}`,
  }),
  // 1. open selection
  'evidence.open': { id: '1. Seleksi terbuka', en: '1. The selection was open' },
  'evidence.ruleSet': (p: { id: string }) => ({
    id: `Aturan seleksi yang dicatat saat seleksi dibuka: ${p.id}`,
    en: `Rule set recorded when the cycle opened: ${p.id}`,
  }),
  'evidence.ruleSetMissing': {
    id: 'Jejak audit tidak mencatat pembukaan seleksi.',
    en: 'The audit trail does not record the opening of the cycle.',
  },
  'evidence.ruleSetDiffers': (p: { recorded: string; now: string }) => ({
    id: `Aturan yang dicatat (${p.recorded}) berbeda dari aturan seleksi sekarang (${p.now}).`,
    en: `The rule set recorded (${p.recorded}) differs from the cycle's rule set now (${p.now}).`,
  }),
  'evidence.datesLabel': { id: 'Tanggal pendaftaran', en: 'Registration dates' },
  'evidence.col.what': { id: 'Butir', en: 'Item' },
  'evidence.col.published': { id: 'Diumumkan', en: 'Published' },
  'evidence.col.actual': { id: 'Menurut jejak audit', en: 'By the audit trail' },
  'evidence.col.verdict': { id: 'Penilaian', en: 'Verdict' },
  'evidence.opened': { id: 'Pendaftaran dibuka', en: 'Registration opened' },
  'evidence.closed': { id: 'Pendaftaran ditutup', en: 'Registration closed' },
  'evidence.kept': { id: 'sesuai', en: 'as published' },
  'evidence.problem.missing': { id: 'tidak tercatat', en: 'not recorded' },
  'evidence.problem.early': (p: { by: string }) => ({
    id: `lebih awal ${p.by}`,
    en: `${p.by} early`,
  }),
  'evidence.problem.late': (p: { by: string }) => ({ id: `terlambat ${p.by}`, en: `${p.by} late` }),
  'evidence.channels': (p: { count: number }) => ({
    id: `Saluran: portal pendaftaran dan API (satu perintah yang sama); ${p.count} lamaran dikonfirmasi pelamar.`,
    en: `Channels: the registration portal and the API (one and the same command); ${p.count} applications confirmed by their applicants.`,
  }),
  'evidence.announcementsLabel': { id: 'Pengumuman per tahap', en: 'Announcements per stage' },
  'evidence.col.stage': { id: 'Tahap', en: 'Stage' },
  'evidence.col.announcedAt': { id: 'Diumumkan pada', en: 'Announced at' },
  'evidence.col.appealsUntil': { id: 'Masa sanggah sampai', en: 'Appeals until' },
  'evidence.noAnnouncements': { id: 'Belum ada pengumuman.', en: 'No announcement yet.' },
  // 2. decisions
  'evidence.decisions': {
    id: '2. Setiap keputusan punya alasan dan pelaku',
    en: '2. Every decision had a reason and a person',
  },
  'evidence.decisionsCount': (p: { ok: number; total: number }) => ({
    id: `${p.ok} dari ${p.total} keputusan dengan alasan dan pelaku yang berwenang.`,
    en: `${p.ok} of ${p.total} decisions with a reason and an authorised actor.`,
  }),
  'evidence.decisionsRule': {
    id: 'Seleksi administrasi, jawaban sanggah, verifikasi dokumen dan pengumuman diputuskan oleh petugas BKPSDM; pengunduran diri oleh pelamar; sistem hanya menjalankan aturan (tenggat dokumen, pengganti menurut peringkat, pengangkatan setelah verifikasi) dengan aturan itu sebagai alasannya.',
    en: 'Screening, appeal answers, document verification and announcements are decided by BKPSDM staff; a withdrawal by the applicant; the system only applies a rule (a document deadline, a replacement in rank order, appointment once verified), with the rule as its reason.',
  },
  'evidence.byKindLabel': { id: 'Keputusan menurut jenis', en: 'Decisions by kind' },
  'evidence.col.kind': { id: 'Jenis', en: 'Kind' },
  'evidence.col.count': { id: 'Jumlah', en: 'Count' },
  'evidence.kind.screening': { id: 'Seleksi administrasi (MS/TMS)', en: 'Screening (MS/TMS)' },
  'evidence.kind.appeal': { id: 'Jawaban sanggah', en: 'Appeal answers' },
  'evidence.kind.documents': { id: 'Verifikasi dokumen', en: 'Document verification' },
  'evidence.kind.withdrawal': { id: 'Pengunduran diri', en: 'Withdrawals' },
  'evidence.kind.announcement': { id: 'Pengumuman hasil', en: 'Announcements of results' },
  'evidence.kind.rule': { id: 'Akibat aturan (sistem)', en: 'Effects of a rule (system)' },
  'evidence.erased': (p: { count: number }) => ({
    id: `${p.count} keputusan dengan alasan yang sudah dihapus sesuai masa retensi (digest-nya tetap dalam rantai).`,
    en: `${p.count} decisions whose reason retention erased (their digest stays in the chain).`,
  }),
  'evidence.decisionExceptionsLabel': { id: 'Keputusan yang dikecualikan', en: 'Decisions excepted' },
  'evidence.col.subject': { id: 'Subjek', en: 'Subject' },
  'evidence.col.problem': { id: 'Masalah', en: 'Problem' },
  'evidence.problem.no-reason': { id: 'tanpa alasan', en: 'no reason' },
  'evidence.problem.no-actor': { id: 'tanpa pelaku', en: 'no actor' },
  'evidence.problem.not-a-person': {
    id: 'pelaku tidak berwenang untuk keputusan ini',
    en: 'an actor not entitled to this decision',
  },
  // 3. appeals
  'evidence.appeals': {
    id: '3. Sanggah dijawab dalam tenggatnya',
    en: '3. Appeals answered within their window',
  },
  'evidence.appealsCount': (p: { inTime: number; total: number; pending: number }) => ({
    id: `${p.inTime} dari ${p.total} sanggah dijawab tepat waktu; ${p.pending} belum jatuh tempo.`,
    en: `${p.inTime} of ${p.total} appeals answered in time; ${p.pending} not yet due.`,
  }),
  'evidence.appealExceptionsLabel': { id: 'Sanggah yang dikecualikan', en: 'Appeals excepted' },
  'evidence.col.appealedAt': { id: 'Diajukan', en: 'Filed' },
  'evidence.col.dueAt': { id: 'Tenggat jawaban', en: 'Answer due' },
  'evidence.col.answeredAt': { id: 'Dijawab', en: 'Answered' },
  'evidence.problem.answered-late': (p: { by: string }) => ({
    id: `dijawab terlambat ${p.by}`,
    en: `answered ${p.by} late`,
  }),
  'evidence.problem.unanswered': (p: { by: string }) => ({
    id: `belum dijawab, lewat tenggat ${p.by}`,
    en: `unanswered, ${p.by} past due`,
  }),
  'evidence.problem.outside-window': {
    id: 'diajukan di luar masa sanggah',
    en: 'filed outside the appeal window',
  },
  // 4. uploads
  'evidence.uploads': {
    id: '4. Nilai berasal dari unggahan yang tercatat',
    en: '4. Scores come from audited uploads',
  },
  'evidence.uploadsSource': {
    id: 'Jejak audit mencatat setiap unggahan hasil saat diterapkan: siapa yang mengunggah, jumlah baris, dan digest SHA-256 isinya. Berkas yang tersimpan dihitung ulang digest-nya, dan nilai setiap lamaran dibandingkan dengan baris unggahan terakhir yang memuatnya.',
    en: 'The audit trail records every results upload when it is applied: who uploaded it, its rows and the SHA-256 digest of its content. Each stored batch is hashed again, and every application’s scores are compared with the row of the last upload naming it.',
  },
  'evidence.noUploads': { id: 'Belum ada unggahan hasil.', en: 'No results uploaded yet.' },
  'evidence.uploadsLabel': { id: 'Unggahan hasil', en: 'Results uploads' },
  'evidence.scoresLabel': { id: 'Nilai per jenis', en: 'Scores by kind' },
  'evidence.col.uploadedBy': { id: 'Diunggah oleh', en: 'Uploaded by' },
  'evidence.col.rows': { id: 'Baris', en: 'Rows' },
  'evidence.col.digest': { id: 'Digest', en: 'Digest' },
  'evidence.col.uploaded': { id: 'Dari unggahan', en: 'Uploaded' },
  'evidence.col.stored': { id: 'Tersimpan', en: 'Stored' },
  'evidence.upload.intact': { id: 'utuh', en: 'intact' },
  'evidence.upload.batch-missing': { id: 'berkas tidak ada lagi', en: 'batch no longer stored' },
  'evidence.upload.batch-altered': { id: 'berkas berubah sejak diaudit', en: 'batch changed since audited' },
  'evidence.upload.not-a-person': { id: 'tanpa petugas', en: 'no officer' },
  'evidence.score.differs': (p: { id: string; kind: string }) => ({
    id: `${p.id}: nilai ${p.kind} berbeda dari unggahannya`,
    en: `${p.id}: ${p.kind} scores differ from their upload`,
  }),
  'evidence.score.not-uploaded': (p: { id: string; kind: string }) => ({
    id: `${p.id}: nilai ${p.kind} tanpa unggahan yang tercatat`,
    en: `${p.id}: ${p.kind} scores without an audited upload`,
  }),
  'evidence.score.not-stored': (p: { id: string; kind: string }) => ({
    id: `${p.id}: nilai ${p.kind} dari unggahan tidak tersimpan`,
    en: `${p.id}: ${p.kind} scores of an upload not stored`,
  }),
  // 5. rankings
  'evidence.rankings': {
    id: '5. Peringkat dapat dihitung ulang dari aturan yang diumumkan',
    en: '5. Rankings reproducible from the published rules',
  },
  'evidence.rankingsSource': {
    id: 'Nilai dan peringkat dibaca dari catatan lamaran (nilainya diperiksa terhadap unggahan di bagian 4), lalu diurutkan ulang dengan fungsi peringkat yang sama di bawah aturan seleksi ini.',
    en: 'The scores and ranks are read from the applications (their scores checked against the uploads in part 4), then re-ranked with the same ranking function under this rule set.',
  },
  'evidence.noRankings': { id: 'Belum ada peringkat.', en: 'No ranking yet.' },
  'evidence.rankingsLabel': { id: 'Peringkat per formasi', en: 'Rankings per formation' },
  'evidence.col.formation': { id: 'Formasi', en: 'Formation' },
  'evidence.col.ranked': { id: 'Diperingkat', en: 'Ranked' },
  'evidence.col.equal': { id: 'Sama', en: 'Equal' },
  'evidence.col.differences': { id: 'Berbeda', en: 'Different' },
  'evidence.stage.skd': { id: 'SKD', en: 'SKD' },
  'evidence.stage.final': { id: 'Akhir', en: 'Final' },
  'evidence.difference.rank': (p: { id: string; rank: number; expected: number }) => ({
    id: `${p.id}: peringkat ${p.rank} tercatat, seharusnya ${p.expected}`,
    en: `${p.id}: rank ${p.rank} recorded, ${p.expected} expected`,
  }),
  'evidence.difference.order': (p: { id: string; rank: number; next: string; key: string }) => ({
    id: `${p.id} (peringkat ${p.rank}) seharusnya di bawah ${p.next} menurut ${p.key}`,
    en: `${p.id} (rank ${p.rank}) should rank below ${p.next} by ${p.key}`,
  }),
  // 6. chain
  'evidence.chain': { id: '6. Rantai audit terverifikasi', en: '6. The audit chain verifies' },
  'evidence.chainOk': (p: { count: number }) => ({
    id: `${p.count} catatan seleksi ini cocok dengan hash berkunci, digest dan pendahulunya.`,
    en: `${p.count} records of this cycle match their keyed hash, digest and predecessor.`,
  }),
  'evidence.chainBad': (p: { count: number; bad: number }) => ({
    id: `${p.bad} dari ${p.count} catatan tidak cocok:`,
    en: `${p.bad} of ${p.count} records do not fit:`,
  }),
} satisfies Section;
