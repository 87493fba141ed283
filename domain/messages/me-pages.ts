// The texts of a staff member's own pages (web/me/): the inbox, "my year" with its SKP, objection and
// acceptance forms, "my team" and a report's page with the forms of the supervisor's tasks.
import type { Section } from './catalogue';

type Year = { year: number };

export const meMessages = {
  'me.why': { id: 'Penjelasan', en: 'Why' },

  'me.inbox.escalations': {
    id: 'Tugas bawahan yang terlambat (eskalasi)',
    en: "Your reports' late tasks (escalated)",
  },
  'me.inbox.escalationsHint': {
    id: 'Tugas ini melewati batas waktu dan dieskalasikan kepada Anda sebagai atasan langsung pemegang tugas.',
    en: "These tasks are past their due date and were escalated to you as the assignee's direct superior.",
  },
  'me.inbox.escalation': (p: { assignee: string }) => ({
    id: `Tugas ${p.assignee}:`,
    en: `${p.assignee}'s task:`,
  }),
  'me.inbox.years': { id: 'Penilaian kinerja saya', en: 'My performance appraisals' },
  'staff.hr.attendanceLink': {
    id: 'Kehadiran dan disiplin (PP 94/2021)',
    en: 'Attendance and discipline (PP 94/2021)',
  },
  'staff.hr.trainingLink': { id: 'Pengembangan kompetensi (20 JP)', en: 'Competency development (20 JP)' },
  'me.sections.attendance': { id: 'Kehadiran saya', en: 'My attendance' },
  'me.sections.training': { id: 'Pengembangan kompetensi saya (JP)', en: 'My competency development (JP)' },
  'me.inbox.noYears': { id: 'Belum ada tahun penilaian.', en: 'No appraisal year yet.' },

  'me.task.reminded': { id: 'sudah diingatkan', en: 'reminded' },
  'me.task.escalated': (p: { to: string }) => ({
    id: `dieskalasikan ke ${p.to}`,
    en: `escalated to ${p.to}`,
  }),
  'me.task.notHere': {
    id: 'Tugas ini tidak diselesaikan di halaman ini.',
    en: 'This task is not completed on this page.',
  },
  'me.task.notYours': {
    id: 'Tugas ini tidak lagi terbuka untuk Anda. Tidak ada yang diubah.',
    en: 'This task is no longer open for you. Nothing was changed.',
  },
  'me.task.done': (p: { task: string; name: string }) => ({
    id: `Tersimpan: ${p.task} untuk ${p.name}.`,
    en: `Saved: ${p.task} for ${p.name}.`,
  }),

  'me.form.required': { id: 'Wajib diisi.', en: 'Required.' },
  'me.form.tooLong': (p: { max: number }) => ({
    id: `Paling banyak ${p.max} karakter.`,
    en: `At most ${p.max} characters.`,
  }),
  'me.form.choose': { id: 'Pilih salah satu.', en: 'Choose one.' },
  'me.form.forged': {
    id: 'Formulir ini tidak dikenal. Tidak ada yang diubah.',
    en: 'This form is not recognised. Nothing was changed.',
  },
  'me.form.notOpen': (p: { detail: string }) => ({
    id: `Langkah ini tidak terbuka sekarang (${p.detail}). Tidak ada yang diubah.`,
    en: `This step is not open now (${p.detail}). Nothing was changed.`,
  }),
  'me.form.refused': (p: { detail: string }) => ({
    id: `Ditolak: ${p.detail}. Tidak ada yang diubah.`,
    en: `Refused: ${p.detail}. Nothing was changed.`,
  }),

  'me.phase.none': { id: 'tidak dinilai tahun ini', en: 'not appraised this year' },
  'me.phase.planning': { id: 'Perencanaan SKP', en: 'Planning the SKP' },
  'me.phase.execution': { id: 'Pelaksanaan', en: 'Execution' },
  'me.phase.annualEvaluation': { id: 'Penilaian tahunan', en: 'Annual evaluation' },
  'me.phase.objectionWindow': { id: 'Masa keberatan', en: 'Objection window' },
  'me.phase.objection': { id: 'Keberatan diproses', en: 'Objection under decision' },
  'me.phase.done': { id: 'Selesai', en: 'Done' },
  'me.phase.left': { id: 'Berhenti (pegawai keluar)', en: 'Ended (the employee left)' },

  'me.year.title': (p: Year) => ({
    id: `Penilaian kinerja ${p.year}`,
    en: `Performance appraisal ${p.year}`,
  }),
  'me.year.employee': { id: 'Pegawai', en: 'Employee' },
  'me.year.phase': { id: 'Tahap', en: 'Phase' },
  'me.year.predikat': { id: 'Predikat tahunan', en: 'Annual predikat' },
  'me.year.left': (p: { reason: string }) => ({
    id: `Penilaian berhenti: ${p.reason}`,
    en: `The appraisal ended: ${p.reason}`,
  }),

  'me.skp.title': { id: 'Sasaran Kinerja Pegawai (SKP)', en: 'Performance plan (SKP)' },
  'me.skp.none': { id: 'SKP belum disusun.', en: 'The SKP has not been drafted yet.' },
  'me.skp.submitted': {
    id: 'SKP sudah dikirim dan menunggu persetujuan pejabat penilai.',
    en: "The SKP is sent and awaits the appraiser's approval.",
  },
  'me.skp.approved': { id: 'SKP disetujui.', en: 'The SKP is approved.' },
  'me.skp.returned': {
    id: 'SKP dikembalikan untuk diperbaiki.',
    en: 'The SKP was returned to be revised.',
  },
  'me.skp.note': { id: 'Catatan pejabat penilai', en: "The appraiser's note" },
  'me.skp.results': { id: 'Rencana hasil kerja', en: 'Planned results' },
  'me.skp.description': { id: 'Rencana hasil kerja', en: 'Planned result' },
  'me.skp.indicator': { id: 'Indikator', en: 'Indicator' },
  'me.skp.target': { id: 'Target', en: 'Target' },
  'me.skp.draft': { id: 'Susun SKP', en: 'Draft the SKP' },
  'me.skp.formTitle': (p: Year) => ({ id: `Menyusun SKP ${p.year}`, en: `Drafting the SKP ${p.year}` }),
  'me.skp.hint': (p: { max: number }) => ({
    id: `Isi setiap hasil kerja dengan indikator dan targetnya (paling banyak ${p.max} baris). Baris yang kosong diabaikan.`,
    en: `Give each result its indicator and target (at most ${p.max} rows). Empty rows are left out.`,
  }),
  'me.skp.row': (p: { n: number }) => ({ id: `Hasil kerja ${p.n}`, en: `Result ${p.n}` }),
  'me.skp.addRow': { id: 'Tambah baris', en: 'Add a row' },
  'me.skp.submit': { id: 'Kirim SKP untuk disetujui', en: 'Send the SKP for approval' },
  'me.skp.atLeastOne': {
    id: 'SKP berisi paling sedikit satu hasil kerja.',
    en: 'An SKP has at least one planned result.',
  },
  'me.skp.notOpen': {
    id: 'Tidak ada SKP yang dapat disusun sekarang.',
    en: 'There is no SKP to draft now.',
  },
  'me.skp.sent': {
    id: 'SKP terkirim kepada pejabat penilai untuk disetujui.',
    en: 'The SKP was sent to your appraiser for approval.',
  },

  'me.feedback.title': { id: 'Umpan balik', en: 'Feedback' },
  'me.feedback.none': { id: 'Belum ada umpan balik.', en: 'No feedback yet.' },
  'me.feedback.add': { id: 'Catatan umpan balik baru', en: 'A new feedback note' },
  'me.feedback.submit': { id: 'Simpan umpan balik', en: 'Save the feedback' },
  'me.feedback.sent': { id: 'Umpan balik tersimpan.', en: 'The feedback is saved.' },

  'me.rating.periods': { id: 'Penilaian periodik', en: 'Periodic ratings' },
  'me.rating.noPeriods': { id: 'Belum ada penilaian periodik.', en: 'No periodic rating yet.' },
  'me.rating.annual': { id: 'Penilaian tahunan', en: 'Annual rating' },
  'me.rating.noAnnual': { id: 'Belum ada penilaian tahunan.', en: 'No annual rating yet.' },
  'me.rating.hasilKerja': { id: 'Rating Hasil Kerja', en: 'Rating Hasil Kerja (work results)' },
  'me.rating.perilakuKerja': { id: 'Rating Perilaku Kerja', en: 'Rating Perilaku Kerja (work behaviour)' },
  'me.rating.predikat': { id: 'Predikat', en: 'Predikat' },
  'me.rating.note': { id: 'Catatan', en: 'Note' },
  'me.rating.preview': { id: 'Pratinjau predikat', en: 'Preview the predikat' },
  'me.rating.previewIs': (p: { predikat: string }) => ({
    id: `Kedua rating ini akan memberi predikat ${p.predikat}.`,
    en: `These two ratings will give the predikat ${p.predikat}.`,
  }),
  'me.rating.unitHead': (p: { result: string }) => ({
    id: `Pegawai ini kepala unit: Rating Hasil Kerja-nya mengikuti hasil kinerja unit (${p.result}), apa pun pilihan di bawah.`,
    en: `This employee heads the unit: their work results rating follows the unit's own result (${p.result}), whatever is chosen below.`,
  }),
  'me.rating.submit': { id: 'Kirim penilaian', en: 'Send the rating' },

  'me.approval.decision': { id: 'Keputusan atas SKP', en: 'Decision on the SKP' },
  'me.approval.approve': { id: 'Setujui', en: 'Approve' },
  'me.approval.return': { id: 'Kembalikan untuk diperbaiki', en: 'Return to be revised' },
  'me.approval.note': { id: 'Catatan', en: 'Note' },
  'me.approval.noteHint': {
    id: 'Wajib bila SKP dikembalikan: apa yang perlu diubah.',
    en: 'Required when the SKP is returned: what to change.',
  },
  'me.approval.submit': { id: 'Kirim keputusan', en: 'Send the decision' },

  'me.objection.title': { id: 'Keberatan atas hasil penilaian', en: 'Objection to the result' },
  'me.objection.until': { id: 'Keberatan dapat diajukan sampai', en: 'You may object until' },
  'me.objection.reason': { id: 'Alasan keberatan', en: 'Reason for the objection' },
  'me.objection.hint': {
    id: 'Keberatan diputus oleh atasan pejabat penilai; keputusannya final.',
    en: "The appraiser's superior decides the objection; the decision is final.",
  },
  'me.objection.submit': { id: 'Ajukan keberatan', en: 'File the objection' },
  'me.objection.sent': {
    id: 'Keberatan terkirim kepada atasan pejabat penilai.',
    en: "The objection was sent to the appraiser's superior.",
  },
  'me.objection.filed': { id: 'Keberatan', en: 'Objection' },
  'me.objection.reasonOf': { id: 'Alasan keberatan pegawai', en: "The employee's reason" },
  'me.objection.waiting': {
    id: 'Menunggu keputusan atasan pejabat penilai.',
    en: "Awaiting the decision of the appraiser's superior.",
  },
  'me.objection.decided': (p: { predikat: string }) => ({
    id: `Diputus: predikat ${p.predikat}.`,
    en: `Decided: predikat ${p.predikat}.`,
  }),

  'me.acceptance.title': { id: 'Menerima hasil penilaian', en: 'Accept the result' },
  'me.acceptance.hint': {
    id: 'Dengan menerima hasil, masa keberatan ditutup sekarang dan tindak lanjut dihitung.',
    en: 'Accepting the result closes the objection window now, and the follow-up is worked out.',
  },
  'me.acceptance.note': { id: 'Catatan (boleh kosong)', en: 'Note (optional)' },
  'me.acceptance.submit': { id: 'Terima hasil penilaian', en: 'Accept the result' },
  'me.acceptance.sent': { id: 'Hasil penilaian diterima.', en: 'The result is accepted.' },
  'me.acceptance.done': (p: { predikat: string }) => ({
    id: `Hasil penilaian (${p.predikat}) diterima`,
    en: `The result (${p.predikat}) was accepted`,
  }),

  'me.decision.predikat': { id: 'Predikat akhir', en: 'Final predikat' },
  'me.decision.reason': { id: 'Alasan keputusan', en: 'Reason for the decision' },
  'me.decision.submit': { id: 'Putuskan keberatan', en: 'Decide the objection' },

  'me.followUp.title': { id: 'Tindak lanjut', en: 'Follow-up' },
  'me.followUp.creditPoints': { id: 'Angka kredit', en: 'Credit points' },
  'me.followUp.promotion': { id: 'Kenaikan pangkat', en: 'Promotion in rank' },
  'me.followUp.improvement': { id: 'Perbaikan kinerja', en: 'Improvement plan' },

  'me.team.link': { id: 'Tim saya', en: 'My team' },
  'me.team.title': (p: Year) => ({ id: `Tim saya ${p.year}`, en: `My team ${p.year}` }),
  'me.team.year': { id: 'Tahun penilaian', en: 'Appraisal year' },
  'me.team.show': { id: 'Tampilkan', en: 'Show' },
  'me.team.none': { id: 'Tidak ada bawahan langsung.', en: 'Nobody reports to you.' },
  'me.team.caption': (p: { count: number }) => ({
    id: `${p.count} bawahan langsung`,
    en: `${p.count} direct ${p.count === 1 ? 'report' : 'reports'}`,
  }),
  'me.team.name': { id: 'Pegawai', en: 'Employee' },
  'me.team.waiting': { id: 'Menunggu Anda', en: 'Waiting on you' },
  'me.team.nothing': { id: 'tidak ada', en: 'nothing' },
  'me.team.others': { id: 'Tugas lain tahun ini', en: 'Other tasks this year' },

  'me.report.title': (p: { name: string; year: number }) => ({
    id: `${p.name}: penilaian kinerja ${p.year}`,
    en: `${p.name}: performance appraisal ${p.year}`,
  }),
  'me.report.tasks': { id: 'Tugas Anda untuk pegawai ini', en: 'Your tasks for this employee' },
  'me.report.noTasks': {
    id: 'Tidak ada tugas terbuka untuk Anda.',
    en: 'No open task for you.',
  },
} satisfies Section;
