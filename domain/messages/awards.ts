// The awards round's texts (penghargaan): its emails (domain/appraisal/award-emails.ts), the unit head's
// nomination page and the employee's own awards (`/me/awards`), HR's committee page
// (`/hr/appraisal/years/<year>/awards`), the award section of an employee's year page and the export's columns.
import type { Section } from './catalogue';

type Year = { year: number };

export const awardMessages = {
  // ---- Emails ---------------------------------------------------------------------------------------
  'awards.email.nominate.subject': (p: Year & { unit: string }) => ({
    id: `Usulan penghargaan pegawai ${p.unit} tahun ${p.year}`,
    en: `Award nominations for ${p.unit}, ${p.year}`,
  }),
  'awards.email.nominate.body': (p: Year & { unit: string; eligible: number; criteria: string }) => ({
    id: `Sebagai kepala ${p.unit}, silakan mengusulkan pegawai untuk penghargaan Pemerintah Kota Kupang atas pelayanan publik yang sangat baik tahun ${p.year}. ${p.eligible} pegawai memenuhi syarat (predikat kinerja tahunan ${p.criteria}); setiap usulan disertai alasan.`,
    en: `As head of ${p.unit}, please nominate employees for the City of Kupang's award for excellent public service in ${p.year}. ${p.eligible} employee(s) qualify (annual predikat ${p.criteria}); give a reason for each nomination.`,
  }),
  'awards.email.nominate.quota': (p: { quota: number }) => ({
    id: `Paling banyak ${p.quota} usulan untuk unit Anda.`,
    en: `At most ${p.quota} nomination(s) for your unit.`,
  }),
  'awards.email.decide.subject': (p: Year & { employee: string }) => ({
    id: `Usulan penghargaan ${p.year}: ${p.employee} menunggu keputusan`,
    en: `Award nomination ${p.year}: ${p.employee} awaits a decision`,
  }),
  'awards.email.decide.body': (p: Year & { employee: string; unit: string }) => ({
    id: `${p.unit} mengusulkan ${p.employee} untuk penghargaan tahun ${p.year}. Mohon tim penilai memutus usulan ini dengan alasan.`,
    en: `${p.unit} nominated ${p.employee} for the ${p.year} award. Please decide the nomination, with a reason.`,
  }),
  'awards.email.reminder.subject': (p: { task: string }) => ({
    id: `Pengingat: ${p.task}`,
    en: `Reminder: ${p.task}`,
  }),
  'awards.email.reminder.body': (p: Year & { subject: string }) => ({
    id: `Tugas penghargaan tahun ${p.year} (${p.subject}) belum diselesaikan.`,
    en: `The award task for ${p.year} (${p.subject}) is not done yet.`,
  }),
  'awards.email.extended.subject': (p: { task: string }) => ({
    id: `Batas waktu diubah: ${p.task}`,
    en: `Deadline moved: ${p.task}`,
  }),
  'awards.email.extended.body': (p: Year & { subject: string }) => ({
    id: `Tugas penghargaan tahun ${p.year} (${p.subject}).`,
    en: `The award task for ${p.year} (${p.subject}).`,
  }),
  'awards.email.escalation.subject': (p: { assignee: string }) => ({
    id: `Tugas penghargaan ${p.assignee} melewati batas waktu`,
    en: `${p.assignee}'s award task is overdue`,
  }),
  'awards.email.escalation.body': (
    p: Year & { assignee: string; task: string; subject: string; at: string },
  ) => ({
    id: `${p.assignee} belum menyelesaikan tugas "${p.task}" (${p.subject}, tahun ${p.year}) yang jatuh tempo ${p.at}.`,
    en: `${p.assignee} has not done "${p.task}" (${p.subject}, ${p.year}), due ${p.at}.`,
  }),
  'awards.email.awarded.subject': (p: Year) => ({
    id: `Selamat: Anda menerima penghargaan tahun ${p.year}`,
    en: `Congratulations: you receive the ${p.year} award`,
  }),
  'awards.email.awarded.body': (p: Year) => ({
    id: `Tim penilai BKPSDM memutuskan memberi Anda penghargaan Pemerintah Kota Kupang atas pelayanan publik yang sangat baik tahun ${p.year}.`,
    en: `BKPSDM's committee decided to give you the City of Kupang's award for excellent public service in ${p.year}.`,
  }),
  'awards.email.notAwarded.subject': (p: Year) => ({
    id: `Keputusan atas usulan penghargaan tahun ${p.year}`,
    en: `The decision on your ${p.year} award nomination`,
  }),
  'awards.email.notAwarded.body': (p: Year) => ({
    id: `Anda diusulkan untuk penghargaan tahun ${p.year}. Tim penilai BKPSDM memutuskan untuk tidak memberikan penghargaan tahun ini.`,
    en: `You were nominated for the ${p.year} award. BKPSDM's committee decided not to give it this year.`,
  }),

  // ---- Shared by the pages ---------------------------------------------------------------------------
  'awards.title': { id: 'Penghargaan', en: 'Awards' },
  'awards.status.eligible': { id: 'Memenuhi syarat', en: 'Eligible' },
  'awards.status.nominated': { id: 'Diusulkan, menunggu keputusan', en: 'Nominated, awaiting decision' },
  'awards.status.awarded': { id: 'Menerima penghargaan', en: 'Awarded' },
  'awards.status.not-awarded': { id: 'Tidak menerima penghargaan', en: 'Not awarded' },
  'awards.nip': { id: 'NIP', en: 'NIP' },
  'awards.name': { id: 'Nama', en: 'Name' },
  'awards.unit': { id: 'Unit', en: 'Unit' },
  'awards.predikat': { id: 'Predikat tahunan', en: 'Annual predikat' },
  'awards.status': { id: 'Status', en: 'Status' },
  'awards.reason': { id: 'Alasan', en: 'Reason' },
  'awards.nominatedBy': (p: { name: string }) => ({
    id: `Diusulkan oleh ${p.name}`,
    en: `Nominated by ${p.name}`,
  }),
  'awards.decidedBy': (p: { who: string }) => ({ id: `Diputus oleh ${p.who}`, en: `Decided by ${p.who}` }),
  'awards.due': { id: 'Batas waktu', en: 'Due' },
  'awards.criteria': (p: { predikat: string; years: number; quota: number }) => ({
    id: `Syarat: predikat kinerja tahunan ${p.predikat} ${p.years > 1 ? `${p.years} tahun berturut-turut` : 'tahun ini'}, tanpa hukuman disiplin yang berlaku; paling banyak ${p.quota} usulan per unit.`,
    en: `Criteria: annual predikat ${p.predikat} ${p.years > 1 ? `${p.years} years in a row` : 'this year'}, no disciplinary sanction in force; at most ${p.quota} nomination(s) per unit.`,
  }),
  'awards.ruleSet': (p: { id: string; version: number }) => ({
    id: `Aturan: ${p.id} versi ${p.version}`,
    en: `Rule set: ${p.id} version ${p.version}`,
  }),
  'awards.refused': (p: { detail: string }) => ({
    id: `Ditolak: ${p.detail}`,
    en: `Refused: ${p.detail}`,
  }),
  'awards.reasonRequired': { id: 'Tuliskan alasannya.', en: 'Give a reason.' },
  'awards.reasonTooLong': (p: { max: number }) => ({
    id: `Alasan paling panjang ${p.max} karakter.`,
    en: `A reason is at most ${p.max} characters.`,
  }),

  // ---- The employee's own awards and the unit head's nominations (/me/awards) -----------------------
  'awards.me.mine': { id: 'Penghargaan saya', en: 'My awards' },
  'awards.me.none': {
    id: 'Belum ada usulan penghargaan untuk Anda.',
    en: 'You have not been nominated for an award.',
  },
  'awards.me.back': { id: 'Kembali ke tugas saya', en: 'Back to my tasks' },
  'awards.me.year': (p: Year) => ({ id: `Tahun ${p.year}`, en: `Year ${p.year}` }),
  'awards.me.nominate': (p: Year & { unit: string }) => ({
    id: `Usulan penghargaan ${p.unit} tahun ${p.year}`,
    en: `Award nominations for ${p.unit}, ${p.year}`,
  }),
  'awards.me.noNominations': {
    id: 'Tidak ada usulan penghargaan yang harus Anda kirim.',
    en: 'You have no award nominations to make.',
  },
  'awards.me.eligible': { id: 'Pegawai yang memenuhi syarat', en: 'Eligible employees' },
  'awards.me.slot': (p: { n: number }) => ({ id: `Usulan ${p.n}`, en: `Nomination ${p.n}` }),
  'awards.me.employee': { id: 'Pegawai', en: 'Employee' },
  'awards.me.choose': { id: '— tidak ada —', en: '— none —' },
  'awards.me.hint': {
    id: 'Pilih pegawai dan tuliskan alasannya untuk setiap usulan. Kirim tanpa pilihan bila unit Anda tidak mengusulkan siapa pun tahun ini.',
    en: 'Choose an employee and give a reason for each nomination. Send with none chosen if your unit nominates nobody this year.',
  },
  'awards.me.send': { id: 'Kirim usulan', en: 'Send the nominations' },
  'awards.me.sent': (p: { unit: string; count: number }) => ({
    id: `Usulan ${p.unit} terkirim (${p.count} pegawai).`,
    en: `${p.unit}'s nominations were sent (${p.count} employee(s)).`,
  }),
  'awards.me.chooseEmployee': {
    id: 'Pilih pegawai untuk usulan yang beralasan ini.',
    en: 'Choose the employee this reason is for.',
  },
  'awards.me.noSuchUnit': {
    id: 'Usulan untuk unit ini tidak terbuka bagi Anda.',
    en: 'No nomination for this unit is open to you.',
  },

  // ---- HR's committee (/hr/appraisal/years/<year>/awards) -----------------------------------------------
  'awards.hr.title': (p: Year) => ({ id: `Penghargaan tahun ${p.year}`, en: `Awards ${p.year}` }),
  'awards.hr.notStarted': {
    id: 'Proses penghargaan tahun ini belum dimulai. Proses dimulai setelah penilaian kinerja tahun ini ditutup: daftar pegawai yang memenuhi syarat disusun per unit, lalu kepala unit mengusulkan.',
    en: "This year's awards round has not started. It starts once the year's appraisal has closed: each unit's eligible list is drawn up, then the unit heads nominate.",
  },
  'awards.hr.start': { id: 'Mulai proses penghargaan', en: 'Start the awards round' },
  'awards.hr.started': { id: 'Proses penghargaan dimulai.', en: 'The awards round has started.' },
  'awards.hr.phase': (p: { phase: string }) => ({ id: `Tahap: ${p.phase}`, en: `Phase: ${p.phase}` }),
  'awards.hr.phase.eligibility': { id: 'penyusunan daftar', en: 'drawing up the lists' },
  'awards.hr.phase.nomination': { id: 'usulan dan keputusan', en: 'nominations and decisions' },
  'awards.hr.phase.closed': { id: 'selesai', en: 'closed' },
  'awards.hr.units': { id: 'Unit', en: 'Units' },
  'awards.hr.head': { id: 'Kepala unit', en: 'Unit head' },
  'awards.hr.eligibleCount': { id: 'Memenuhi syarat', en: 'Eligible' },
  'awards.hr.nominatedCount': { id: 'Diusulkan', en: 'Nominated' },
  'awards.hr.awardedCount': { id: 'Menerima', en: 'Awarded' },
  'awards.hr.open': { id: 'Usulan menunggu keputusan', en: 'Nominations awaiting a decision' },
  'awards.hr.noneOpen': {
    id: 'Tidak ada usulan yang menunggu keputusan.',
    en: 'No nomination awaits a decision.',
  },
  'awards.hr.decision': { id: 'Keputusan', en: 'Decision' },
  'awards.hr.award': { id: 'Berikan penghargaan', en: 'Give the award' },
  'awards.hr.decline': { id: 'Tidak diberikan', en: 'Do not give it' },
  'awards.hr.decide': { id: 'Simpan keputusan', en: 'Save the decision' },
  'awards.hr.chooseDecision': { id: 'Pilih keputusannya.', en: 'Choose a decision.' },
  'awards.hr.decided': (p: { name: string; decision: string }) => ({
    id: `Keputusan untuk ${p.name} disimpan: ${p.decision}.`,
    en: `The decision for ${p.name} is saved: ${p.decision}.`,
  }),
  'awards.hr.all': { id: 'Semua pegawai dalam daftar', en: 'Everyone on the lists' },
  'awards.hr.none': { id: 'Tidak ada pegawai yang memenuhi syarat.', en: 'Nobody is eligible.' },
  'awards.hr.noSuch': { id: 'Usulan ini tidak ada atau sudah diputus.', en: 'No such open nomination.' },
  'awards.hr.exports': { id: 'Unduh daftar penghargaan', en: 'Download the awards list' },
  'awards.hr.download': (p: { format: string }) => ({
    id: `Daftar penghargaan, ${p.format}`,
    en: `Awards list, ${p.format}`,
  }),

  // ---- The export's columns (the year's results and the awards list) --------------------------------
  'awards.column.status': { id: 'Penghargaan', en: 'Award' },
  'awards.column.nominationReason': { id: 'Alasan usulan', en: 'Nomination reason' },
  'awards.column.decisionReason': { id: 'Alasan keputusan', en: 'Decision reason' },
} satisfies Section;
