// The texts of HR's appraisal year desk (web/staff/appraisal/): its home and the form that opens a year
// (`hrYear.`), the organisation import (`hrOrg.`), a unit's calibration (`hrCal.`) and the year's
// merit-system evidence (`hrEv.`).
import type { Section } from './catalogue';

type N = { n: number };

export const hrAppraisalMessages = {
  // ---- The desk's home and the year's dashboard ------------------------------------------------------
  'hrYear.link': { id: 'Penilaian kinerja (SKP) per tahun', en: 'Performance appraisal (SKP) by year' },
  'hrYear.title': { id: 'Penilaian kinerja per tahun', en: 'Performance appraisal by year' },
  'hrYear.intro': {
    id: 'Impor organisasi, buka tahun penilaian, ikuti tugas yang terlambat, kalibrasi setiap unit dan unduh hasilnya.',
    en: 'Import the organisation, open an appraisal year, follow late tasks, calibrate each unit and download the results.',
  },
  'hrYear.back': { id: 'Kembali ke penilaian kinerja', en: 'Back to performance appraisal' },
  'hrYear.link.org': { id: 'Organisasi: impor dan perubahan', en: 'Organisation: import and changes' },
  'hrYear.link.open': { id: 'Buka tahun penilaian', en: 'Open an appraisal year' },
  'hrYear.link.evidence': { id: 'Bukti sistem merit tahun ini', en: "This year's merit-system evidence" },
  'hrYear.registry': (p: { units: number; employees: number }) => ({
    id: `Registri: ${p.units} unit, ${p.employees} pegawai aktif.`,
    en: `Registry: ${p.units} units, ${p.employees} active employees.`,
  }),
  'hrYear.years': { id: 'Tahun penilaian', en: 'Appraisal years' },
  'hrYear.noYears': {
    id: 'Belum ada tahun penilaian yang dibuka.',
    en: 'No appraisal year has been opened.',
  },
  'hrYear.yearLink': (p: { year: number }) => ({ id: `Tahun ${p.year}`, en: `Year ${p.year}` }),
  'hrYear.employees': (p: N) => ({ id: `${p.n} pegawai`, en: `${p.n} employees` }),
  'hrYear.phase.planning': { id: 'perencanaan', en: 'planning' },
  'hrYear.phase.execution': { id: 'pelaksanaan', en: 'execution' },
  'hrYear.phase.annual-evaluation': { id: 'evaluasi tahunan', en: 'annual evaluation' },
  'hrYear.phase.objection': { id: 'masa keberatan', en: 'objection period' },
  'hrYear.phase.closing': { id: 'penutupan', en: 'closing' },
  'hrYear.phase.closed': { id: 'ditutup', en: 'closed' },
  'hrYear.phase.finalised': { id: 'final', en: 'finalised' },
  'hrYear.phase.other': { id: 'tahap lain', en: 'another phase' },
  'hrYear.dashboard.title': (p: { year: number }) => ({
    id: `Penilaian kinerja tahun ${p.year}`,
    en: `Performance appraisal ${p.year}`,
  }),
  'hrYear.opening': {
    id: 'Tahun ini sedang dibuka: setiap pegawai dalam cakupan sedang diberi penilaiannya.',
    en: 'This year is being opened: every employee in scope is being given their appraisal.',
  },
  'hrYear.reload': { id: 'Muat ulang', en: 'Reload' },
  'hrYear.phaseIs': (p: { phase: string }) => ({ id: `Tahap: ${p.phase}`, en: `Phase: ${p.phase}` }),
  'hrYear.download.xlsx': { id: 'Unduh hasil (XLSX)', en: 'Download the results (XLSX)' },
  'hrYear.download.csv': { id: 'Unduh hasil (CSV)', en: 'Download the results (CSV)' },
  'hrYear.counts': (p: { employees: number; open: number; overdue: number; escalated: number }) => ({
    id: `${p.employees} pegawai dinilai; ${p.open} tugas terbuka, ${p.overdue} terlambat, ${p.escalated} dieskalasi.`,
    en: `${p.employees} employees appraised; ${p.open} open tasks, ${p.overdue} overdue, ${p.escalated} escalated.`,
  }),
  'hrYear.byPhase': { id: 'Penilaian menurut tahap', en: 'Appraisals by phase' },
  'hrYear.appraisalPhase': { id: 'Tahap penilaian', en: 'Appraisal phase' },
  'hrYear.appraisalPhase.planning': { id: 'perencanaan SKP', en: 'SKP planning' },
  'hrYear.appraisalPhase.execution': {
    id: 'pelaksanaan dan penilaian periodik',
    en: 'execution and periodic ratings',
  },
  'hrYear.appraisalPhase.annual-evaluation': { id: 'penilaian tahunan', en: 'annual rating' },
  'hrYear.appraisalPhase.objection-window': { id: 'masa keberatan', en: 'objection window' },
  'hrYear.appraisalPhase.objection': {
    id: 'keberatan menunggu keputusan',
    en: 'objection awaiting decision',
  },
  'hrYear.appraisalPhase.done': { id: 'selesai', en: 'done' },
  'hrYear.appraisalPhase.left': { id: 'keluar', en: 'left' },
  'hrYear.tasksByType': { id: 'Tugas menurut jenis dan status', en: 'Tasks by type and status' },
  'hrYear.status.open': { id: 'terbuka', en: 'open' },
  'hrYear.status.done': { id: 'selesai', en: 'done' },
  'hrYear.status.cancelled': { id: 'dibatalkan', en: 'cancelled' },
  'hrYear.status.expired': { id: 'kedaluwarsa', en: 'expired' },
  'hrYear.overdue': { id: 'Tugas terlambat', en: 'Overdue tasks' },
  'hrYear.overdue.none': { id: 'Tidak ada tugas yang terlambat.', en: 'No task is overdue.' },
  'hrYear.escalated': { id: 'Eskalasi', en: 'Escalations' },
  'hrYear.escalated.none': { id: 'Belum ada tugas yang dieskalasi.', en: 'No task has been escalated.' },
  'hrYear.subject': { id: 'Pegawai yang dinilai', en: 'Employee appraised' },
  'hrYear.assignee': { id: 'Yang harus mengerjakan', en: 'Assignee' },
  'hrYear.late': { id: 'Terlambat', en: 'Late' },
  'hrYear.lateBy': (p: { by: string }) => ({ id: `terlambat ${p.by}`, en: `${p.by} late` }),
  'hrYear.escalatedTo': { id: 'Dieskalasi kepada', en: 'Escalated to' },
  'hrYear.escalatedTo.short': (p: { to: string }) => ({
    id: `dieskalasi kepada ${p.to}`,
    en: `escalated to ${p.to}`,
  }),
  'hrYear.extend': { id: 'Pindahkan tenggat', en: 'Move the deadline' },
  'hrYear.newDue': { id: 'Tenggat baru (WITA)', en: 'New deadline (WITA)' },
  'hrYear.extendButton': { id: 'Pindahkan tenggat', en: 'Move the deadline' },
  'hrYear.extended': {
    id: 'Tenggat dipindahkan dan dicatat di jejak audit; pengingat dan eskalasi ikut bergeser.',
    en: 'The deadline was moved and audited; the reminder and escalation moved with it.',
  },
  'hrYear.distribution': { id: 'Sebaran predikat', en: 'Predikat distribution' },
  'hrYear.distribution.intro': {
    id: 'Predikat tahunan akhir (setelah keberatan) per unit dan seluruhnya; pegawai yang belum berpredikat dihitung terpisah.',
    en: 'The final annual predikat (after any objection) per unit and overall; staff without one yet are counted apart.',
  },
  'hrYear.distribution.overall': { id: 'Sebaran predikat seluruhnya', en: 'Predikat distribution overall' },
  'hrYear.distribution.unit': (p: { unit: string }) => ({
    id: `Sebaran predikat ${p.unit}`,
    en: `Predikat distribution of ${p.unit}`,
  }),
  'hrYear.predikat': { id: 'Predikat', en: 'Predikat' },
  'hrYear.share': { id: 'Persentase', en: 'Share' },
  'hrYear.unrated': (p: N) => ({ id: `${p.n} belum berpredikat.`, en: `${p.n} not yet rated.` }),
  'hrYear.calibration': { id: 'Kalibrasi per unit', en: 'Calibration per unit' },
  'hrYear.unit': { id: 'Unit', en: 'Unit' },
  'hrYear.unitResult': { id: 'Hasil unit', en: 'Unit result' },
  'hrYear.calibrationState': { id: 'Keadaan', en: 'State' },
  'hrYear.noUnitResult': { id: 'belum ditetapkan', en: 'not set yet' },
  'hrYear.finalised': { id: 'Hasil unit ini sudah final.', en: "This unit's results are final." },
  'hrYear.ready': { id: 'siap difinalkan', en: 'ready to finalise' },
  'hrYear.blocked': (p: N) => ({
    id: `belum dapat difinalkan (${p.n} alasan)`,
    en: `cannot be finalised yet (${p.n} reasons)`,
  }),

  // ---- The form that opens a year -----------------------------------------------------------------------
  'hrYear.form.title': { id: 'Buka tahun penilaian kinerja', en: 'Open a performance appraisal year' },
  'hrYear.form.intro': {
    id: 'Kosongkan isian untuk memakai ketentuan PermenPANRB 6/2022 (triwulanan, SKP akhir Januari, keberatan 14 hari, pengingat 3 hari sebelum dan eskalasi 3 hari sesudah tenggat).',
    en: 'Leave a field empty to use the PermenPANRB 6/2022 defaults (quarterly, SKP by the end of January, a 14-day objection window, a reminder 3 days before and an escalation 3 days after a deadline).',
  },
  'hrYear.form.yearPart': { id: 'Tahun', en: 'Year' },
  'hrYear.form.year': { id: 'Tahun penilaian', en: 'Appraisal year' },
  'hrYear.form.periodicity': { id: 'Periode penilaian', en: 'Rating periods' },
  'hrYear.form.periodicity.default': { id: 'Bawaan (triwulanan)', en: 'Default (quarterly)' },
  'hrYear.form.periodicity.quarterly': { id: 'Triwulanan', en: 'Quarterly' },
  'hrYear.form.periodicity.monthly': { id: 'Bulanan', en: 'Monthly' },
  'hrYear.form.deadlines': {
    id: 'Tenggat, pengingat dan eskalasi',
    en: 'Deadlines, reminders and escalation',
  },
  'hrYear.form.deadlinesHint': { id: 'Tanggal dan jam dalam WITA.', en: 'Dates and times in WITA.' },
  'hrYear.form.skpDueAt': { id: 'SKP ditetapkan paling lambat', en: 'SKP set by' },
  'hrYear.form.annualDueAt': { id: 'Penilaian tahunan paling lambat', en: 'Annual rating by' },
  'hrYear.form.periodRatingWindow': { id: 'Waktu menilai setiap periode', en: 'Time to rate each period' },
  'hrYear.form.objectionWindow': { id: 'Masa keberatan', en: 'Objection window' },
  'hrYear.form.reminderBefore': { id: 'Pengingat sebelum tenggat', en: 'Reminder before a deadline' },
  'hrYear.form.escalationAfter': { id: 'Eskalasi sesudah tenggat', en: 'Escalation after a deadline' },
  'hrYear.form.periodLength': { id: 'Panjang setiap periode', en: 'Length of each period' },
  'hrYear.form.startsAt': { id: 'Periode pertama mulai', en: 'First period starts' },
  'hrYear.form.unitOf': (p: { field: string }) => ({ id: `Satuan: ${p.field}`, en: `Unit: ${p.field}` }),
  'hrYear.form.hint.skpDueAt': { id: 'Bawaan: 31 Januari.', en: 'Default: 31 January.' },
  'hrYear.form.hint.annualDueAt': {
    id: 'Bawaan: akhir Januari tahun berikutnya.',
    en: 'Default: the end of January of the next year.',
  },
  'hrYear.form.hint.periodRatingWindow': {
    id: 'Sesudah akhir setiap periode. Bawaan: 14 hari.',
    en: 'After the end of each period. Default: 14 days.',
  },
  'hrYear.form.hint.objectionWindow': {
    id: 'Sejak pegawai menerima hasil tahunan. Bawaan: 14 hari.',
    en: 'From when the employee receives the annual result. Default: 14 days.',
  },
  'hrYear.form.hint.reminderBefore': { id: 'Bawaan: 3 hari.', en: 'Default: 3 days.' },
  'hrYear.form.hint.escalationAfter': {
    id: 'Kepada atasan yang harus mengerjakan. Bawaan: 3 hari.',
    en: "To the assignee's supervisor. Default: 3 days.",
  },
  'hrYear.form.hint.periodLength': {
    id: 'Hanya untuk kalender ringkas.',
    en: 'For a compressed calendar only.',
  },
  'hrYear.form.hint.startsAt': {
    id: 'Kosongkan untuk kalender sebenarnya.',
    en: 'Leave empty for the real calendar.',
  },
  'hrYear.form.units': { id: 'Unit yang dinilai', en: 'Units appraised' },
  'hrYear.form.hint.units': {
    id: 'Tanpa pilihan: semua unit.',
    en: 'None ticked: every unit.',
  },
  'hrYear.form.tooManyUnits': (p: { max: number }) => ({
    id: `Paling banyak ${p.max} unit.`,
    en: `At most ${p.max} units.`,
  }),
  'hrYear.form.compressed': {
    id: 'Kalender ringkas (hanya demonstrasi dan uji)',
    en: 'Compressed calendar (demonstrations and tests only)',
  },
  'hrYear.form.compressedHint': {
    id: 'Periode-periode tahun ini diletakkan berurutan sejak waktu mulai, masing-masing sepanjang yang diisi.',
    en: "The year's periods laid end to end from the start, each as long as given.",
  },
  'hrYear.form.whole': { id: 'Formulir', en: 'Form' },
  'hrYear.form.submit': { id: 'Buka tahun penilaian', en: 'Open the appraisal year' },
  'hrYear.form.opened': (p: { year: number }) => ({
    id: `Tahun penilaian ${p.year} dibuka: setiap pegawai dalam cakupan mendapat tugas SKP.`,
    en: `Appraisal year ${p.year} opened: every employee in scope gets their SKP task.`,
  }),
  'hrYear.form.already': (p: { year: number }) => ({
    id: `Tahun penilaian ${p.year} sudah dibuka sebelumnya; tidak ada yang dibuka dua kali.`,
    en: `Appraisal year ${p.year} was already open; nothing was opened twice.`,
  }),

  // ---- The organisation ---------------------------------------------------------------------------------
  'hrOrg.title': { id: 'Organisasi', en: 'Organisation' },
  'hrOrg.import': { id: 'Impor dari berkas', en: 'Import from a file' },
  'hrOrg.intro': {
    id: 'Berkas CSV atau XLSX seperti ekspor pegawai SIASN. Seluruh berkas diperiksa dahulu; selama ada satu baris bermasalah, tidak ada yang diimpor.',
    en: 'A CSV or XLSX file like a SIASN employee export. The whole file is checked first; while any row is bad, nothing is imported.',
  },
  'hrOrg.kind': { id: 'Isi berkas', en: 'The file holds' },
  'hrOrg.kind.employees': { id: 'Pegawai', en: 'Employees' },
  'hrOrg.kind.units': { id: 'Unit organisasi', en: 'Units' },
  'hrOrg.file': { id: 'Berkas (CSV atau XLSX)', en: 'File (CSV or XLSX)' },
  'hrOrg.preview': { id: 'Pratinjau', en: 'Preview' },
  'hrOrg.noKind': { id: 'Pilih isi berkas.', en: 'Choose what the file holds.' },
  'hrOrg.templates': { id: 'Templat', en: 'Templates' },
  'hrOrg.previewTitle': (p: { kind: string }) => ({
    id: `Pratinjau impor: ${p.kind}`,
    en: `Import preview: ${p.kind}`,
  }),
  'hrOrg.nothingImported': {
    id: 'Berkas ini tidak dapat diimpor: tidak ada yang diimpor. Perbaiki baris-baris ini lalu unggah lagi.',
    en: 'This file cannot be imported: nothing was imported. Correct these rows and upload it again.',
  },
  'hrOrg.warnings': { id: 'Perlu diperhatikan', en: 'Worth a look' },
  'hrOrg.apply': (p: { rows: number }) => ({ id: `Impor ${p.rows} baris`, en: `Import ${p.rows} rows` }),
  'hrOrg.applied': (p: { units: number; employees: number; moved: number }) => ({
    id: `Diimpor: ${p.units} unit, ${p.employees} pegawai; ${p.moved} pegawai berganti atasan.`,
    en: `Imported: ${p.units} units, ${p.employees} employees; ${p.moved} employees changed supervisor.`,
  }),
  'hrOrg.field.nip': { id: 'NIP', en: 'NIP' },
  'hrOrg.field.name': { id: 'Nama', en: 'Name' },
  'hrOrg.field.unitCode': { id: 'Unit', en: 'Unit' },
  'hrOrg.field.position': { id: 'Jabatan', en: 'Position' },
  'hrOrg.field.level': { id: 'Jenis jabatan', en: 'Level' },
  'hrOrg.field.functionalGrade': { id: 'Jenjang', en: 'Grade' },
  'hrOrg.field.supervisorNip': { id: 'NIP atasan', en: "Supervisor's NIP" },
  'hrOrg.field.code': { id: 'Kode unit', en: 'Unit code' },
  'hrOrg.field.parentCode': { id: 'Unit induk', en: 'Parent unit' },
  'hrOrg.field.headNip': { id: 'NIP kepala', en: "Head's NIP" },
  'hrOrg.supervisor': { id: 'Ganti atasan langsung', en: 'Change the direct supervisor' },
  'hrOrg.nip': { id: 'NIP pegawai', en: "The employee's NIP" },
  'hrOrg.newSupervisor': { id: 'NIP atasan baru', en: "The new supervisor's NIP" },
  'hrOrg.newSupervisorHint': {
    id: 'Kosongkan hanya untuk JPT (dinilai Wali Kota). Tugas terbuka pegawai pindah ke atasan baru.',
    en: "Empty only for a JPT (appraised by the Wali Kota). The employee's open tasks move to the new supervisor.",
  },
  'hrOrg.changeSupervisor': { id: 'Ganti atasan', en: 'Change the supervisor' },
  'hrOrg.supervisorChanged': (p: { nip: string }) => ({
    id: `Atasan pegawai ${p.nip} diganti; penilaiannya yang berjalan mengikuti atasan baru.`,
    en: `The supervisor of ${p.nip} was changed; their running appraisals follow the new one.`,
  }),
  'hrOrg.supervisorSame': (p: { nip: string }) => ({
    id: `Atasan pegawai ${p.nip} sudah yang ini; tidak ada yang berubah.`,
    en: `${p.nip} already reports to this supervisor; nothing changed.`,
  }),
  'hrOrg.departure': { id: 'Catat pegawai keluar', en: 'Record a departure' },
  'hrOrg.reason': { id: 'Alasan', en: 'Reason' },
  'hrOrg.recordDeparture': { id: 'Catat keluar', en: 'Record the departure' },
  'hrOrg.departed': (p: { nip: string; ended: number }) => ({
    id: `Pegawai ${p.nip} dicatat keluar; ${p.ended} penilaian berjalan diakhiri.`,
    en: `${p.nip} recorded as left; ${p.ended} running appraisals ended.`,
  }),
  'hrOrg.badNip': { id: 'NIP harus 18 angka.', en: 'A NIP is 18 digits.' },
  'hrOrg.unknownNip': { id: 'Tidak ada pegawai dengan NIP ini.', en: 'No employee has this NIP.' },
  'hrOrg.noReason': { id: 'Tuliskan alasannya.', en: 'Give the reason.' },

  // ---- A unit's calibration -----------------------------------------------------------------------------
  'hrCal.title': (p: { unit: string; year: number }) => ({
    id: `Kalibrasi ${p.unit} tahun ${p.year}`,
    en: `Calibration of ${p.unit}, ${p.year}`,
  }),
  'hrCal.back': (p: { year: number }) => ({ id: `Kembali ke tahun ${p.year}`, en: `Back to ${p.year}` }),
  'hrCal.unitResult': (p: { result: string }) => ({
    id: `Hasil kinerja unit (tahunan): ${p.result}`,
    en: "The unit's own annual result: " + p.result,
  }),
  'hrCal.setResult': { id: 'Hasil unit (atas nama Wali Kota)', en: 'Unit result (for the Wali Kota)' },
  'hrCal.saveResult': { id: 'Tetapkan hasil unit', en: 'Set the unit result' },
  'hrCal.badResult': { id: 'Pilih salah satu hasil unit.', en: 'Choose one of the unit results.' },
  'hrCal.resultSet': (p: { result: string }) => ({
    id: `Hasil unit ditetapkan: ${p.result}.`,
    en: `Unit result set: ${p.result}.`,
  }),
  'hrCal.distribution': { id: 'Predikat tahunan staf', en: "The staff's annual predikat" },
  'hrCal.distributionHint': {
    id: 'Kepala unit tidak dihitung: hasil kerjanya adalah hasil unit.',
    en: "The unit head is not counted: their result is the unit's.",
  },
  'hrCal.bounds': {
    id: 'Batas sebaran (SE MenPANRB 3/2023)',
    en: 'Distribution bounds (SE MenPANRB 3/2023)',
  },
  'hrCal.boundsHold': (p: N) => ({
    id: `Semua batas untuk hasil unit ini terpenuhi (${p.n} staf).`,
    en: `Every bound for this unit result holds (${p.n} staff).`,
  }),
  'hrCal.brokenBounds': { id: 'Batas yang dilanggar', en: 'Broken bounds' },
  'hrCal.bound': { id: 'Batas', en: 'Bound' },
  'hrCal.now': { id: 'Sekarang', en: 'Now' },
  'hrCal.limit': { id: 'Batas orang', en: 'Limit' },
  'hrCal.byPeople': { id: 'Selisih (orang)', en: 'Off by (people)' },
  'hrCal.bound.max': (p: { percent: number; names: string }) => ({
    id: `paling banyak ${p.percent}% ${p.names}`,
    en: `at most ${p.percent}% ${p.names}`,
  }),
  'hrCal.bound.min': (p: { percent: number; names: string }) => ({
    id: `paling sedikit ${p.percent}% ${p.names}`,
    en: `at least ${p.percent}% ${p.names}`,
  }),
  'hrCal.bound.count': (p: { count: number; names: string }) => ({
    id: `paling sedikit ${p.count} orang ${p.names}`,
    en: `at least ${p.count} ${p.names}`,
  }),
  'hrCal.bound.none': (p: { names: string }) => ({ id: `tidak ada ${p.names}`, en: `no ${p.names}` }),
  'hrCal.bound.rest': (p: { names: string }) => ({
    id: `sisanya hanya ${p.names}`,
    en: `the rest only ${p.names}`,
  }),
  'hrCal.broken': (p: { bound: string; actual: number; by: number }) => ({
    id: `Batas "${p.bound}" dilanggar: sekarang ${p.actual}, selisih ${p.by} orang.`,
    en: `The bound "${p.bound}" is broken: ${p.actual} now, off by ${p.by} people.`,
  }),
  'hrCal.noResult': {
    id: 'Hasil unit tahunan belum ditetapkan.',
    en: "The unit's annual result is not set yet.",
  },
  'hrCal.unrated': (p: N) => ({
    id: `${p.n} staf belum mendapat predikat tahunan.`,
    en: `${p.n} staff have no annual predikat yet.`,
  }),
  'hrCal.running': (p: N) => ({
    id: `${p.n} penilaian masih berjalan (penilaian, masa keberatan atau keputusan keberatan).`,
    en: `${p.n} appraisals are still running (rating, objection window or decision).`,
  }),
  'hrCal.finalisation': { id: 'Finalisasi', en: 'Finalisation' },
  'hrCal.notYet': { id: 'Unit ini belum dapat difinalkan:', en: 'This unit cannot be finalised yet:' },
  'hrCal.defaultReason': { id: 'finalisasi hasil kinerja', en: 'finalisation of the results' },
  'hrCal.finalise': { id: 'Finalkan hasil unit', en: "Finalise the unit's results" },
  'hrCal.refused': {
    id: 'Finalisasi ditolak; tidak ada yang berubah:',
    en: 'The finalisation was refused; nothing changed:',
  },
  'hrCal.finalisedNotice': (p: { unit: string }) => ({
    id: `Hasil unit ${p.unit} difinalkan.`,
    en: `The results of ${p.unit} are final.`,
  }),

  // ---- The year's merit-system evidence -----------------------------------------------------------------
  'hrEv.title': (p: { year: number }) => ({
    id: `Bukti sistem merit: penilaian kinerja ${p.year}`,
    en: `Merit-system evidence: performance appraisal ${p.year}`,
  }),
  'hrEv.intro': {
    id: 'Dihitung dari tugas dan catatan penilaian tahun ini: setiap langkah dengan tenggatnya dan kapan diselesaikan.',
    en: "Computed from this year's tasks and appraisal records: every step with its deadline and when it was done.",
  },
  'hrEv.onTime': { id: 'Penilaian tepat waktu', en: 'Appraisals on time' },
  'hrEv.onTime.summary': (p: {
    steps: number;
    done: number;
    inTime: number;
    percent: number;
    late: number;
    overdue: number;
  }) => ({
    id: `${p.steps} langkah; ${p.done} selesai, ${p.inTime} sebelum tenggat (${p.percent}%), ${p.late} terlambat; ${p.overdue} masih terbuka melewati tenggat.`,
    en: `${p.steps} steps; ${p.done} done, ${p.inTime} by their deadline (${p.percent}%), ${p.late} late; ${p.overdue} still open past due.`,
  }),
  'hrEv.objections': { id: 'Keberatan', en: 'Objections' },
  'hrEv.objections.summary': (p: {
    filed: number;
    decided: number;
    withReason: number;
    inWindow: number;
  }) => ({
    id: `${p.filed} keberatan diajukan; ${p.decided} diputus, ${p.withReason} dengan alasan, ${p.inWindow} dalam tenggatnya.`,
    en: `${p.filed} objections filed; ${p.decided} decided, ${p.withReason} with a reason, ${p.inWindow} within their window.`,
  }),
  'hrEv.development': { id: 'Pengembangan dari hasil penilaian', en: 'Development planned from the results' },
  'hrEv.development.summary': (p: { below: number; planned: number }) => ({
    id: `${p.below} pegawai berpredikat di bawah Baik; ${p.planned} mendapat rencana perbaikan kinerja.`,
    en: `${p.below} employees below Baik; ${p.planned} have an improvement plan.`,
  }),
  'hrEv.decisions': {
    id: 'Keputusan dengan alasan (jejak audit)',
    en: 'Decisions with reasons (audit trail)',
  },
  'hrEv.decisions.summary': (p: {
    records: number;
    reasoned: number;
    withReason: number;
    erased: number;
  }) => ({
    id: `${p.records} catatan jejak audit; ${p.reasoned} keputusan wajib beralasan, ${p.withReason} dengan alasan, ${p.erased} alasannya dihapus sesuai masa retensi.`,
    en: `${p.records} audit records; ${p.reasoned} decisions that must give a reason, ${p.withReason} with one, ${p.erased} whose reason retention erased.`,
  }),
  'hrEv.chain.ok': (p: N) => ({
    id: `Setiap catatan (${p.n}) cocok dengan hash berkunci dan pendahulunya.`,
    en: `Every record (${p.n}) matches its keyed hash and its predecessor.`,
  }),
  'hrEv.chain.broken': (p: N) => ({
    id: `${p.n} catatan tidak cocok dengan hash berkunci atau pendahulunya.`,
    en: `${p.n} records do not match their keyed hash or predecessor.`,
  }),
  'hrEv.kind.no-actor': (_p: { by: string }) => ({
    id: 'tanpa pelaku yang berwenang',
    en: 'without an entitled actor',
  }),
  'hrEv.kind.tampered': (_p: { by: string }) => ({ id: 'catatan tidak cocok', en: 'record does not match' }),
  'hrEv.noExceptions': { id: 'Tidak ada pengecualian.', en: 'No exceptions.' },
  'hrEv.kind.late': (p: { by: string }) => ({ id: `selesai terlambat ${p.by}`, en: `done ${p.by} late` }),
  'hrEv.kind.overdue': (p: { by: string }) => ({
    id: `masih terbuka, lewat ${p.by}`,
    en: `still open, ${p.by} past due`,
  }),
  'hrEv.kind.no-reason': (_p: { by: string }) => ({
    id: 'diputus tanpa alasan',
    en: 'decided without a reason',
  }),
  'hrEv.kind.undecided': (p: { by: string }) => ({
    id: `belum diputus, lewat ${p.by}`,
    en: `undecided, ${p.by} past due`,
  }),
  'hrEv.kind.decided-late': (p: { by: string }) => ({
    id: `diputus terlambat ${p.by}`,
    en: `decided ${p.by} late`,
  }),
  'hrEv.kind.no-plan': (_p: { by: string }) => ({
    id: 'belum ada rencana perbaikan',
    en: 'no improvement plan yet',
  }),
} satisfies Section;
