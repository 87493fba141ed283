// The recruitment emails' texts (domain/recruitment/emails.ts and cycle-emails.ts compose them), keyed by
// template and part. Values come already formatted for the reader (times in WITA, numbers, stage names).
import type { Section } from './catalogue';

type Cycle = { cycle: string };
type Stage = { stage: string };
type At = { at: string };
/** Who an HR task is about, in a subject: "Maria Fernandez (Pranata Komputer Ahli Pertama)". */
type Who = { who: string };
/** And in the text, with the application's id (`recruitment.whose`). */
type Whose = Cycle & Stage & At & { whose: string };

export const recruitmentEmailMessages = {
  'recruitment.signature': {
    id: 'Hormat kami,\nPanitia Seleksi\nBKPSDM Kota Kupang',
    en: 'Yours faithfully,\nSelection Committee\nBKPSDM Kota Kupang',
  },
  'recruitment.greeting.candidate': (p: { name: string }) => ({
    id: `Yth. Saudara/Saudari ${p.name},`,
    en: `Dear ${p.name},`,
  }),
  'recruitment.greeting.officer': (p: { name: string }) => ({
    id: `Yth. Bapak/Ibu ${p.name},`,
    en: `Dear ${p.name},`,
  }),
  'recruitment.registrationNumber': (p: { number: string }) => ({
    id: `Nomor peserta: ${p.number}`,
    en: `Registration number: ${p.number}`,
  }),
  'recruitment.remark': (p: { reason: string }) => ({
    id: `Keterangan: ${p.reason}`,
    en: `Reason: ${p.reason}`,
  }),
  'recruitment.reason': (p: { reason: string }) => ({ id: `Alasan: ${p.reason}`, en: `Reason: ${p.reason}` }),
  'recruitment.link.status': { id: 'Lihat status lamaran', en: 'View your application' },
  'recruitment.link.documents': { id: 'Unggah dokumen', en: 'Upload documents' },
  'recruitment.link.application': { id: 'Buka lamaran', en: 'Open the application' },
  'recruitment.whose': (p: { candidate: string; formation: string; application: string }) => ({
    id: `${p.candidate}, formasi ${p.formation}, lamaran ${p.application}`,
    en: `${p.candidate}, formation ${p.formation}, application ${p.application}`,
  }),
  'recruitment.documents.request': (p: At) => ({
    id: `Mohon mengisi Daftar Riwayat Hidup (DRH) dan mengunggah dokumen pengangkatan paling lambat ${p.at}.`,
    en: `Please complete your curriculum vitae (DRH) and upload your appointment documents by ${p.at}.`,
  }),

  'recruitment.applicationReceived.subject': (p: Cycle) => ({
    id: `Pendaftaran diterima: ${p.cycle}`,
    en: `Application received: ${p.cycle}`,
  }),
  'recruitment.applicationReceived.body': (p: Cycle & { formation: string }) => ({
    id: `Pendaftaran Saudara/Saudari pada ${p.cycle} untuk formasi ${p.formation} telah kami terima.`,
    en: `We have received your application to ${p.cycle} for the formation ${p.formation}.`,
  }),
  'recruitment.applicationReceived.personal': {
    id: 'Tautan di bawah ini adalah tautan pribadi Saudara/Saudari untuk memantau status lamaran dan menanggapi setiap tenggat waktu. Mohon tidak membagikannya kepada orang lain.',
    en: 'The link below is your personal link to follow your application and answer every deadline. Please do not share it.',
  },

  'recruitment.applicationConfirmation.subject': (p: Cycle) => ({
    id: `Konfirmasi pendaftaran: ${p.cycle}`,
    en: `Confirm your application: ${p.cycle}`,
  }),
  'recruitment.applicationConfirmation.body': (p: Cycle & At & { formation: string }) => ({
    id: `Alamat email ini dipakai untuk mendaftar pada ${p.cycle}, formasi ${p.formation}. Pendaftaran baru sah setelah Saudara/Saudari membuka tautan di bawah ini dan mengonfirmasinya, paling lambat ${p.at}. Tanpa konfirmasi, pendaftaran ini batal dengan sendirinya.`,
    en: `This address was used to apply to ${p.cycle}, formation ${p.formation}. The application is valid only once you open the link below and confirm it, by ${p.at}. Without confirmation it lapses by itself.`,
  }),
  'recruitment.applicationConfirmation.ignore': {
    id: 'Jika Saudara/Saudari tidak merasa mendaftar, abaikan email ini. Tautan ini bersifat pribadi: mohon tidak membagikannya.',
    en: 'If you did not apply, ignore this email. The link is personal: please do not share it.',
  },
  'recruitment.applicationConfirmation.link': {
    id: 'Konfirmasi pendaftaran',
    en: 'Confirm the application',
  },

  'recruitment.accessLinkRenewed.subject': (p: Cycle) => ({
    id: `Tautan pribadi baru: ${p.cycle}`,
    en: `Your new personal link: ${p.cycle}`,
  }),
  'recruitment.accessLinkRenewed.body': {
    id: 'Tautan pribadi Saudara/Saudari yang lama sudah tidak berlaku lagi. Gunakan tautan di bawah ini mulai sekarang, dan mohon tidak membagikannya.',
    en: 'Your earlier personal links no longer work. Use the link below from now on, and please do not share it.',
  },

  'recruitment.screeningResult.subject': (p: Cycle) => ({
    id: `Hasil seleksi administrasi: ${p.cycle}`,
    en: `Administrative screening result: ${p.cycle}`,
  }),
  'recruitment.screeningResult.MS': {
    id: 'Berdasarkan hasil seleksi administrasi, Saudara/Saudari dinyatakan MEMENUHI SYARAT (MS).',
    en: 'After the administrative screening, you have been found ELIGIBLE (MS).',
  },
  'recruitment.screeningResult.TMS': {
    id: 'Berdasarkan hasil seleksi administrasi, Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT (TMS).',
    en: 'After the administrative screening, you have been found NOT ELIGIBLE (TMS).',
  },

  'recruitment.appealWindowOpened.subject': (p: Cycle & Stage) => ({
    id: `Masa sanggah ${p.stage} dibuka: ${p.cycle}`,
    en: `Appeal window for the ${p.stage} open: ${p.cycle}`,
  }),
  'recruitment.appealWindowOpened.body': (p: Stage & At) => ({
    id: `Masa sanggah atas ${p.stage} dibuka sampai ${p.at}.`,
    en: `You may appeal the ${p.stage} until ${p.at}.`,
  }),
  'recruitment.appealWindowOpened.rules': {
    id: 'Sanggahan hanya dapat diajukan satu kali pada setiap tahap, atas kesalahan panitia atau instansi. Dokumen yang telah diunggah tidak dapat diganti.',
    en: 'You may appeal once per stage, and only for an error of the committee or the agency. Documents already uploaded cannot be replaced.',
  },
  'recruitment.appealWindowOpened.link': { id: 'Ajukan sanggahan', en: 'Submit an appeal' },

  'recruitment.appealReceived.subject': (p: Cycle) => ({
    id: `Sanggahan diterima: ${p.cycle}`,
    en: `Appeal received: ${p.cycle}`,
  }),
  'recruitment.appealReceived.body': (p: Stage & At) => ({
    id: `Sanggahan Saudara/Saudari atas ${p.stage} telah kami terima dan akan dijawab paling lambat ${p.at}.`,
    en: `We have received your appeal against the ${p.stage} and will answer it by ${p.at}.`,
  }),

  'recruitment.appealDecision.subject': (p: Cycle) => ({
    id: `Jawaban sanggahan: ${p.cycle}`,
    en: `Answer to your appeal: ${p.cycle}`,
  }),
  'recruitment.appealDecision.accepted': (p: Stage) => ({
    id: `Sanggahan Saudara/Saudari atas ${p.stage} DITERIMA, dan hasilnya telah kami perbaiki.`,
    en: `Your appeal against the ${p.stage} is ACCEPTED and the result has been corrected.`,
  }),
  'recruitment.appealDecision.rejected': (p: Stage) => ({
    id: `Sanggahan Saudara/Saudari atas ${p.stage} DITOLAK.`,
    en: `Your appeal against the ${p.stage} is REJECTED.`,
  }),

  'recruitment.skdSchedule.subject': (p: Cycle) => ({
    id: `Jadwal SKD: ${p.cycle}`,
    en: `SKD schedule: ${p.cycle}`,
  }),
  'recruitment.skdSchedule.body': (p: At & { session: string; place: string }) => ({
    id: `Saudara/Saudari dijadwalkan mengikuti Seleksi Kompetensi Dasar (SKD) pada sesi ${p.session}, ${p.at}, bertempat di ${p.place}.`,
    en: `You are scheduled for the basic competency test (SKD) in session ${p.session}, ${p.at}, at ${p.place}.`,
  }),
  'recruitment.skdSchedule.bring': {
    id: 'Mohon hadir sebelum sesi dimulai dengan membawa KTP asli dan kartu peserta ujian.',
    en: 'Please arrive before the session starts, with your original identity card (KTP) and your exam card.',
  },

  'recruitment.skdResult.subject': (p: Cycle) => ({
    id: `Hasil SKD: ${p.cycle}`,
    en: `SKD result: ${p.cycle}`,
  }),
  'recruitment.skdResult.scores': (p: { scores: string; total: string }) => ({
    id: `Nilai SKD Saudara/Saudari: ${p.scores}; total ${p.total}.`,
    en: `Your SKD scores: ${p.scores}; total ${p.total}.`,
  }),
  'recruitment.skdResult.passed': {
    id: 'Saudara/Saudari MEMENUHI nilai ambang batas (passing grade) SKD.',
    en: 'You MEET the SKD passing grade.',
  },
  'recruitment.skdResult.failed': (p: { reasons: string }) => ({
    id: `Saudara/Saudari TIDAK MEMENUHI nilai ambang batas (passing grade) SKD: ${p.reasons}.`,
    en: `You DO NOT MEET the SKD passing grade: ${p.reasons}.`,
  }),

  'recruitment.skbAdvancement.subject': (p: Cycle) => ({
    id: `Hasil peringkat SKD: ${p.cycle}`,
    en: `SKD ranking result: ${p.cycle}`,
  }),
  'recruitment.skbAdvancement.advanced': (p: { rank: number; formation: string }) => ({
    id: `Dengan peringkat ${p.rank} pada formasi ${p.formation}, Saudara/Saudari dinyatakan LOLOS ke tahap Seleksi Kompetensi Bidang (SKB). Jadwal SKB akan kami sampaikan kemudian.`,
    en: `Ranked ${p.rank} in the formation ${p.formation}, you ADVANCE to the field competency test (SKB). We will send the SKB schedule later.`,
  }),
  'recruitment.skbAdvancement.notAdvanced': (p: { rank: number; formation: string }) => ({
    id: `Dengan peringkat ${p.rank} pada formasi ${p.formation}, Saudara/Saudari dinyatakan TIDAK LOLOS ke tahap Seleksi Kompetensi Bidang (SKB).`,
    en: `Ranked ${p.rank} in the formation ${p.formation}, you do NOT advance to the field competency test (SKB).`,
  }),

  'recruitment.finalResult.subject': (p: Cycle) => ({
    id: `Hasil akhir seleksi: ${p.cycle}`,
    en: `Final selection result: ${p.cycle}`,
  }),
  'recruitment.finalResult.passed': {
    id: 'Saudara/Saudari dinyatakan LULUS (P/L). Informasi pengisian Daftar Riwayat Hidup (DRH) dan dokumen pengangkatan akan kami kirimkan tersendiri.',
    en: 'You have PASSED (P/L). We will write separately about submitting your curriculum vitae (DRH) and appointment documents.',
  },
  'recruitment.finalResult.optimalisasi': {
    id: 'Saudara/Saudari belum lulus, namun tetap tercatat sebagai peserta optimalisasi sesuai peringkat. Bila ada formasi yang kosong, kami akan menghubungi Saudara/Saudari.',
    en: 'You have not passed, but you remain an optimalisasi candidate in rank order. If a vacancy opens, we will contact you.',
  },
  'recruitment.finalResult.not-passed': {
    id: 'Saudara/Saudari dinyatakan TIDAK LULUS (TL).',
    en: 'You have NOT PASSED (TL).',
  },
  'recruitment.finalResult.lastTest.skb': {
    id: 'Seleksi Kompetensi Bidang (SKB)',
    en: 'field competency test (SKB)',
  },
  'recruitment.finalResult.lastTest.competency': { id: 'seleksi kompetensi', en: 'competency test' },
  'recruitment.finalResult.absent': (p: { test: string; formation: string }) => ({
    id: `Saudara/Saudari tidak hadir pada ${p.test} formasi ${p.formation}, sehingga tidak memperoleh nilai akhir.`,
    en: `You did not sit the ${p.test} of the formation ${p.formation}, and so have no final score.`,
  }),
  'recruitment.finalResult.score': (p: { formation: string; score: string }) => ({
    id: `Nilai akhir Saudara/Saudari pada formasi ${p.formation} adalah ${p.score}.`,
    en: `Your final score in the formation ${p.formation} is ${p.score}.`,
  }),
  'recruitment.finalResult.scoreAndRank': (p: { formation: string; score: string; rank: number }) => ({
    id: `Nilai akhir Saudara/Saudari pada formasi ${p.formation} adalah ${p.score}, peringkat ${p.rank}.`,
    en: `Your final score in the formation ${p.formation} is ${p.score}, rank ${p.rank}.`,
  }),

  'recruitment.documentWindowOpened.subject': (p: Cycle) => ({
    id: `Pengisian DRH dan dokumen pengangkatan: ${p.cycle}`,
    en: `Curriculum vitae and appointment documents: ${p.cycle}`,
  }),
  'recruitment.documentWindowOpened.warning': {
    id: 'Apabila sampai batas waktu tersebut dokumen belum lengkap, kelulusan Saudara/Saudari dapat dibatalkan dan formasi diisi oleh peserta optimalisasi berikutnya.',
    en: 'If your documents are not complete by then, your pass may be cancelled and the vacancy offered to the next optimalisasi candidate.',
  },

  'recruitment.documentReminder.subject': (p: Cycle) => ({
    id: `Pengingat batas waktu dokumen: ${p.cycle}`,
    en: `Reminder, document deadline: ${p.cycle}`,
  }),
  'recruitment.documentReminder.body': (p: At) => ({
    id: `Batas waktu pengisian DRH dan pengunggahan dokumen pengangkatan adalah ${p.at}. Dokumen Saudara/Saudari belum lengkap.`,
    en: `The deadline for your curriculum vitae (DRH) and appointment documents is ${p.at}. Your documents are not complete yet.`,
  }),

  'recruitment.documentDeadlineMissed.subject': (p: Cycle) => ({
    id: `Batas waktu dokumen terlewati: ${p.cycle}`,
    en: `Document deadline missed: ${p.cycle}`,
  }),
  'recruitment.documentDeadlineMissed.body': (p: At & { formation: string }) => ({
    id: `Sampai batas waktu ${p.at}, Daftar Riwayat Hidup (DRH) dan dokumen pengangkatan Saudara/Saudari untuk formasi ${p.formation} belum kami terima.`,
    en: `By the deadline of ${p.at}, we had not received your curriculum vitae (DRH) and appointment documents for the formation ${p.formation}.`,
  }),
  'recruitment.documentDeadlineMissed.cancelled': {
    id: 'Oleh karena itu Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT pada tahap pemberkasan dan kelulusan Saudara/Saudari dibatalkan. Formasi tersebut ditawarkan kepada peserta optimalisasi berikutnya sesuai peringkat.',
    en: 'You have therefore FAILED the document stage and your pass is cancelled. The vacancy is offered to the next optimalisasi candidate in rank order.',
  },

  'recruitment.documentsVerification.subject': (p: Cycle) => ({
    id: `Hasil verifikasi dokumen: ${p.cycle}`,
    en: `Document verification: ${p.cycle}`,
  }),
  'recruitment.documentsVerification.accepted': {
    id: 'Dokumen Saudara/Saudari telah diverifikasi dan dinyatakan LENGKAP. Usulan penetapan nomor induk akan kami proses.',
    en: 'Your documents have been verified and are COMPLETE. We will now propose your civil servant number.',
  },
  'recruitment.documentsVerification.rejected': {
    id: 'Dokumen Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT.',
    en: 'Your documents have been REJECTED.',
  },
  'recruitment.documentsVerification.cancelled': {
    id: 'Dengan demikian kelulusan Saudara/Saudari dibatalkan, dan formasi tersebut ditawarkan kepada peserta optimalisasi berikutnya sesuai peringkat.',
    en: 'Your pass is therefore cancelled, and the vacancy is offered to the next optimalisasi candidate in rank order.',
  },

  'recruitment.withdrawalConfirmed.subject': (p: Cycle) => ({
    id: `Konfirmasi pengunduran diri: ${p.cycle}`,
    en: `Withdrawal confirmed: ${p.cycle}`,
  }),
  'recruitment.withdrawalConfirmed.body': (p: Cycle) => ({
    id: `Pengunduran diri Saudara/Saudari dari ${p.cycle} telah kami catat.`,
    en: `We have recorded your withdrawal from ${p.cycle}.`,
  }),
  'recruitment.withdrawalConfirmed.ban': (p: { years: number }) => ({
    id: `Karena pengunduran diri dilakukan setelah dinyatakan lulus, Saudara/Saudari tidak dapat mendaftar seleksi ASN selama ${p.years} tahun anggaran berikutnya.`,
    en: `Because you withdrew after passing, you may not apply to civil service selections for the next ${p.years} budget years.`,
  }),

  'recruitment.replacementOffer.subject': (p: Cycle) => ({
    id: `Pengisian formasi melalui optimalisasi: ${p.cycle}`,
    en: `Vacancy filled through optimalisasi: ${p.cycle}`,
  }),
  'recruitment.replacementOffer.body': (p: { formation: string }) => ({
    id: `Sesuai peringkat, Saudara/Saudari ditetapkan mengisi formasi ${p.formation} yang kosong (optimalisasi) dan dinyatakan LULUS.`,
    en: `In rank order, you have been moved up to fill a vacancy in the formation ${p.formation} (optimalisasi) and have PASSED.`,
  }),

  'recruitment.appointment.subject': (p: Cycle) => ({
    id: `Penetapan kelulusan akhir: ${p.cycle}`,
    en: `Final appointment decision: ${p.cycle}`,
  }),
  'recruitment.appointment.body': (p: { formation: string }) => ({
    id: `Dokumen Saudara/Saudari telah terverifikasi dan Saudara/Saudari ditetapkan sebagai calon ASN pada formasi ${p.formation}. Usul penetapan NIP diajukan oleh BKPSDM Kota Kupang.`,
    en: `Your documents are verified and you are appointed as a candidate civil servant in the ${p.formation} formation. BKPSDM Kota Kupang proposes your NIP.`,
  }),

  'recruitment.appealAnswerReminder.subject': (p: Who) => ({
    id: `Pengingat: sanggahan ${p.who} belum dijawab`,
    en: `Reminder: appeal of ${p.who} not answered yet`,
  }),
  'recruitment.appealAnswerReminder.body': (p: Whose) => ({
    id: `Sanggahan atas ${p.stage} pada ${p.cycle} (${p.whose}) harus dijawab paling lambat ${p.at}.`,
    en: `The appeal against the ${p.stage} of ${p.cycle} (${p.whose}) must be answered by ${p.at}.`,
  }),
  'recruitment.appealAnswerReminder.link': { id: 'Jawab sanggahan', en: 'Answer the appeal' },

  'recruitment.appealEscalation.subject': (p: Who) => ({
    id: `Eskalasi: sanggahan ${p.who} melewati batas waktu`,
    en: `Escalation: appeal of ${p.who} is overdue`,
  }),
  'recruitment.appealEscalation.body': (p: Whose & { officer: string }) => ({
    id: `Sanggahan atas ${p.stage} pada ${p.cycle} (${p.whose}) belum dijawab oleh ${p.officer} hingga batas waktu ${p.at}.`,
    en: `The appeal against the ${p.stage} of ${p.cycle} (${p.whose}) was not answered by ${p.officer} before the deadline of ${p.at}.`,
  }),
  'recruitment.appealEscalation.assign': {
    id: 'Mohon Bapak/Ibu menugaskan penjawab atau menjawab sanggahan tersebut.',
    en: 'Please assign someone to answer it, or answer it yourself.',
  },
  'recruitment.appealEscalation.link': { id: 'Buka sanggahan', en: 'Open the appeal' },

  'recruitment.verificationReminder.subject': (p: Who) => ({
    id: `Pengingat: dokumen ${p.who} belum diverifikasi`,
    en: `Reminder: documents of ${p.who} not verified yet`,
  }),
  'recruitment.verificationReminder.body': (p: Cycle & At & { whose: string }) => ({
    id: `Dokumen pengisian DRH NIP pada ${p.cycle} (${p.whose}) harus diverifikasi paling lambat ${p.at}.`,
    en: `The documents for the NIP of ${p.cycle} (${p.whose}) must be verified by ${p.at}.`,
  }),
  'recruitment.verificationReminder.link': { id: 'Verifikasi dokumen', en: 'Verify the documents' },

  'recruitment.verificationEscalation.subject': (p: Who) => ({
    id: `Eskalasi: verifikasi dokumen ${p.who} melewati batas waktu`,
    en: `Escalation: verification of the documents of ${p.who} is overdue`,
  }),
  'recruitment.verificationEscalation.body': (p: Cycle & At & { whose: string; officer: string }) => ({
    id: `Dokumen pengisian DRH NIP pada ${p.cycle} (${p.whose}) belum diverifikasi oleh ${p.officer} hingga batas waktu ${p.at}.`,
    en: `The documents for the NIP of ${p.cycle} (${p.whose}) were not verified by ${p.officer} before the deadline of ${p.at}.`,
  }),
  'recruitment.verificationEscalation.assign': {
    id: 'Mohon Bapak/Ibu menugaskan verifikator atau memverifikasi dokumen tersebut.',
    en: 'Please assign someone to verify them, or verify them yourself.',
  },
  'recruitment.verificationEscalation.link': { id: 'Buka dokumen', en: 'Open the documents' },

  'recruitment.addressRefused.subject': (p: { application: string }) => ({
    id: `Alamat email peserta ${p.application} ditolak`,
    en: `The email address of ${p.application} was refused`,
  }),
  'recruitment.addressRefused.reminderSubject': (p: { application: string }) => ({
    id: `Pengingat: alamat email peserta ${p.application} ditolak`,
    en: `Reminder: the email address of ${p.application} was refused`,
  }),
  'recruitment.addressRefused.body': (p: Cycle & { application: string; refusal: string }) => ({
    id: `Server email menolak alamat email peserta ${p.cycle} (lamaran ${p.application}), sehingga pemberitahuan kepada peserta tidak terkirim. Jawaban server: ${p.refusal}`,
    en: `The mail server refused the email address of a candidate of ${p.cycle} (application ${p.application}), so the candidate's notices were not delivered. The server answered: ${p.refusal}`,
  }),
  'recruitment.addressRefused.correct': (p: At) => ({
    id: `Mohon hubungi peserta dan perbaiki alamat emailnya paling lambat ${p.at}; pemberitahuan yang gagal akan dikirim ulang ke alamat yang baru. Proses seleksi peserta tetap berjalan.`,
    en: `Please contact the candidate and correct the address by ${p.at}; the notices that failed are then sent again to the new address. The candidate's selection goes on meanwhile.`,
  }),

  'recruitment.addressCorrectionEscalation.subject': (p: { application: string }) => ({
    id: `Eskalasi: alamat email peserta ${p.application} belum diperbaiki`,
    en: `Escalation: the email address of ${p.application} is not corrected yet`,
  }),
  'recruitment.addressCorrectionEscalation.body': (
    p: Cycle & At & { application: string; officer: string },
  ) => ({
    id: `Alamat email peserta ${p.cycle} (lamaran ${p.application}) ditolak server email dan belum diperbaiki oleh ${p.officer} hingga batas waktu ${p.at}. Peserta tidak menerima pemberitahuan seleksi.`,
    en: `The email address of a candidate of ${p.cycle} (application ${p.application}) was refused by the mail server and not corrected by ${p.officer} before the deadline of ${p.at}. The candidate receives no notices of the selection.`,
  }),

  // HR's summary at each phase change of a cycle (cycle-emails.ts)
  'recruitment.cyclePhaseSummary.subject': (p: { code: string; phase: string }) => ({
    id: `Seleksi ${p.code}: tahap ${p.phase}`,
    en: `Selection ${p.code}: ${p.phase} phase`,
  }),
  'recruitment.cyclePhaseSummary.greeting': (p: { name: string }) => ({
    id: `Yth. ${p.name},`,
    en: `Dear ${p.name},`,
  }),
  'recruitment.cyclePhaseSummary.body': (p: { title: string; phase: string; reason: string }) => ({
    id: `${p.title} memasuki tahap ${p.phase} (${p.reason}).`,
    en: `${p.title} enters the ${p.phase} phase (${p.reason}).`,
  }),
  'recruitment.cyclePhaseSummary.signature': {
    id: 'Hormat kami,\nsdm-flow, BKPSDM Kota Kupang',
    en: 'Yours faithfully,\nsdm-flow, BKPSDM Kota Kupang',
  },
} satisfies Section;
