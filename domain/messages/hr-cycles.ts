// The texts of HR's cycle list and of the form that opens a cycle (web/staff/cycles.tsx, cycle-form.ts).
// The validation messages themselves are the API's (createCycleSchema's, in English today); these are the
// labels, hints, the defaults' sources and the form's own refusals (a field too long, not a number…).
import type { Section } from './catalogue';

export const hrCycleMessages = {
  // The list
  'hr.cycles.link': { id: 'Seleksi (daftar dan buka seleksi baru)', en: 'Selections (list, open a new one)' },
  'hr.cycles.title': { id: 'Seleksi', en: 'Selections' },
  'hr.cycles.new': { id: 'Buka seleksi baru', en: 'Open a new selection' },
  'hr.cycles.none': { id: 'Belum ada seleksi.', en: 'No selection yet.' },
  'hr.cycles.code': { id: 'Kode', en: 'Code' },
  'hr.cycles.name': { id: 'Nama seleksi', en: 'Title' },
  'hr.cycles.kind': { id: 'Jenis', en: 'Kind' },
  'hr.cycles.phase': { id: 'Tahap', en: 'Phase' },
  'hr.cycles.registration': { id: 'Pendaftaran', en: 'Registration' },
  'hr.cycles.until': { id: 'sampai', en: 'to' },
  'hr.cycles.listed': (p: { count: number }) => ({
    id: `${p.count} seleksi, terbaru di atas`,
    en: `${p.count} selections, newest first`,
  }),

  // The form: its parts
  'hr.cycles.form.title': { id: 'Buka seleksi baru', en: 'Open a new selection' },
  'hr.cycles.form.intro': {
    id: 'Seleksi dibuka dengan formasinya, jadwalnya dan aturannya. Kolom aturan yang dikosongkan memakai nilai bawaan aturan seleksi, yang tertulis di sampingnya beserta sumbernya. Waktu dalam WITA.',
    en: 'A selection opens with its formations, its schedule and its rules. A rule left empty keeps the rule set’s default, shown beside it with its source. Times are in WITA.',
  },
  'hr.cycles.form.cycle': { id: 'Seleksi', en: 'Selection' },
  'hr.cycles.form.code': { id: 'Kode seleksi', en: 'Selection code' },
  'hr.cycles.form.codeHint': {
    id: 'Huruf kapital, angka atau tanda hubung, misalnya CPNS-2027. Kode tampil di alamat halaman.',
    en: 'Capital letters, digits or hyphens, e.g. CPNS-2027. The code appears in page addresses.',
  },
  'hr.cycles.form.title.field': { id: 'Nama seleksi', en: 'Title' },
  'hr.cycles.form.kind': { id: 'Jenis seleksi', en: 'Kind of selection' },
  'hr.cycles.form.changeKind': { id: 'Tampilkan aturan jenis ini', en: 'Show the rules of this kind' },
  'hr.cycles.form.kindHint': (p: { ruleSet: string }) => ({
    id: `Aturan yang ditampilkan: ${p.ruleSet}. Setelah mengganti jenis, tekan “Tampilkan aturan jenis ini”; isian lain tetap.`,
    en: `Rules shown: ${p.ruleSet}. After changing the kind, press “Show the rules of this kind”; the other fields are kept.`,
  }),
  'hr.cycles.form.budgetYear': { id: 'Tahun anggaran (boleh kosong)', en: 'Budget year (optional)' },
  'hr.cycles.form.budgetYearHint': {
    id: 'Kosong: tahun pendaftaran dibuka (WITA).',
    en: 'Empty: the year registration opens (WITA).',
  },
  'hr.cycles.form.formations': { id: 'Formasi', en: 'Formations' },
  'hr.cycles.form.formationsHint': (p: { max: number }) => ({
    id: `Satu baris per formasi; baris yang kosong seluruhnya diabaikan. Paling banyak ${p.max} baris di formulir ini (lebih banyak melalui API).`,
    en: `One row per formation; a row left wholly empty is ignored. At most ${p.max} rows on this form (more through the API).`,
  }),
  'hr.cycles.form.row': (p: { n: number }) => ({ id: `Formasi ${p.n}`, en: `Formation ${p.n}` }),
  'hr.cycles.form.rowCode': { id: 'Kode formasi', en: 'Formation code' },
  'hr.cycles.form.rowTitle': { id: 'Jabatan', en: 'Position' },
  'hr.cycles.form.rowUnit': { id: 'Unit kerja', en: 'Unit' },
  'hr.cycles.form.rowType': { id: 'Jenis formasi', en: 'Formation type' },
  'hr.cycles.form.rowVacancies': { id: 'Jumlah kebutuhan', en: 'Vacancies' },
  'hr.cycles.form.addRow': { id: 'Tambah baris formasi', en: 'Add a formation row' },
  'hr.cycles.form.schedule': { id: 'Jadwal (WITA)', en: 'Schedule (WITA)' },
  'hr.cycles.form.opensAt': { id: 'Pendaftaran dibuka (WITA)', en: 'Registration opens (WITA)' },
  'hr.cycles.form.closesAt': { id: 'Pendaftaran ditutup (WITA)', en: 'Registration closes (WITA)' },
  'hr.cycles.form.dateHint': {
    id: 'Tanggal dan jam WITA (UTC+8); detik boleh diisi.',
    en: 'Date and time in WITA (UTC+8); seconds may be given.',
  },
  'hr.cycles.form.windows': { id: 'Jangka waktu', en: 'Windows' },
  'hr.cycles.form.unit': (p: { what: string }) => ({ id: `Satuan: ${p.what}`, en: `Unit: ${p.what}` }),
  'hr.cycles.form.rules': { id: 'Aturan yang sering diubah', en: 'Rules HR often changes' },
  'hr.cycles.form.rulesHint': {
    id: 'Aturan lain dapat diubah melalui API.',
    en: 'Other rules can be changed through the API.',
  },
  'hr.cycles.form.default': (p: { value: string; ruleSet: string; source: string }) => ({
    id: `Bawaan: ${p.value} (aturan ${p.ruleSet}; sumber: ${p.source}).`,
    en: `Default: ${p.value} (rule set ${p.ruleSet}; source: ${p.source}).`,
  }),
  'hr.cycles.form.submit': { id: 'Buka seleksi', en: 'Open the selection' },
  'hr.cycles.form.back': { id: 'Kembali ke daftar seleksi', en: 'Back to the selections' },
  'hr.cycles.form.problems': {
    id: 'Seleksi belum dibuka. Periksa isian berikut:',
    en: 'The selection was not opened. Check these fields:',
  },
  'hr.cycles.form.kindChanged': {
    id: 'Jenis seleksi diganti: periksa aturan jenis ini, lalu kirim lagi. Seleksi belum dibuka.',
    en: 'The kind was changed: check the rules of this kind, then send again. The selection was not opened.',
  },
  'hr.cycles.form.whole': { id: 'Formulir', en: 'Form' },

  // The windows and rules on the form, with the source of each default
  'hr.cycles.window.appealWindow': { id: 'Masa sanggah', en: 'Appeal window' },
  'hr.cycles.window.appealAnswerWindow': {
    id: 'Waktu BKPSDM menjawab sanggah',
    en: 'Time for BKPSDM to answer an appeal',
  },
  'hr.cycles.window.documentWindow': {
    id: 'Masa penyerahan dokumen (DRH NIP)',
    en: 'Document window (DRH NIP)',
  },
  'hr.cycles.window.appealAnswerReminderBefore': {
    id: 'Pengingat sebelum batas jawaban sanggah',
    en: 'Reminder before the appeal answer is due',
  },
  'hr.cycles.window.documentReminderBefore': {
    id: 'Pengingat sebelum batas penyerahan dokumen',
    en: 'Reminder before the documents are due',
  },
  'hr.cycles.rule.passing-twk': {
    id: 'Nilai ambang batas TWK (formasi umum)',
    en: 'TWK passing grade (umum)',
  },
  'hr.cycles.rule.passing-tiu': {
    id: 'Nilai ambang batas TIU (formasi umum)',
    en: 'TIU passing grade (umum)',
  },
  'hr.cycles.rule.passing-tkp': {
    id: 'Nilai ambang batas TKP (formasi umum)',
    en: 'TKP passing grade (umum)',
  },
  'hr.cycles.rule.skbCutMultiplier': {
    id: 'Peserta SKB: kelipatan jumlah kebutuhan',
    en: 'SKB participants: multiple of the vacancies',
  },
  'hr.cycles.rule.skdWeight': {
    id: 'Bobot SKD pada nilai akhir (0–1)',
    en: 'SKD weight in the final score (0–1)',
  },
  'hr.cycles.rule.skbWeight': {
    id: 'Bobot SKB pada nilai akhir (0–1)',
    en: 'SKB weight in the final score (0–1)',
  },
  'hr.cycles.rule.ageMax': {
    id: 'Usia pelamar paling tinggi (tahun, pada hari pendaftaran ditutup)',
    en: 'Oldest age admitted (years, on the day registration closes)',
  },
  'hr.cycles.source.appealWindow': {
    id: 'KepmenPANRB 320/2024, masa sanggah',
    en: 'KepmenPANRB 320/2024, appeal period',
  },
  'hr.cycles.source.appealAnswerWindow': {
    id: 'KepmenPANRB 320/2024, jawaban sanggah 5–7 hari',
    en: 'KepmenPANRB 320/2024, an answer within 5–7 days',
  },
  'hr.cycles.source.documentWindow': {
    id: 'pengisian DRH NIP, sekitar 30 hari',
    en: 'DRH NIP filling, about 30 days',
  },
  'hr.cycles.source.convention': {
    id: 'kebiasaan, bukan peraturan',
    en: 'convention, not regulation',
  },
  'hr.cycles.source.passing': {
    id: 'KepmenPANRB 321/2024, nilai ambang batas SKD',
    en: 'KepmenPANRB 321/2024, SKD passing grades',
  },
  'hr.cycles.source.skbCut': {
    id: 'KepmenPANRB 320/2024, peserta SKB',
    en: 'KepmenPANRB 320/2024, who advances to SKB',
  },
  'hr.cycles.source.weights': {
    id: 'KepmenPANRB 320/2024, integrasi nilai SKD dan SKB',
    en: 'KepmenPANRB 320/2024, SKD and SKB score integration',
  },
  'hr.cycles.source.age': { id: 'aturan nasional batas usia pelamar', en: 'the national age limits' },
  'hr.cycles.unit.hari': { id: 'hari', en: 'days' },
  'hr.cycles.unit.jam': { id: 'jam', en: 'hours' },
  'hr.cycles.unit.menit': { id: 'menit', en: 'minutes' },
  'hr.cycles.unit.detik': { id: 'detik', en: 'seconds' },

  // The form's own refusals (before the API's validation)
  'hr.cycles.error.tooLong': (p: { max: number }) => ({
    id: `Terlalu panjang: paling banyak ${p.max} karakter.`,
    en: `Too long: at most ${p.max} characters.`,
  }),
  'hr.cycles.error.repeated': {
    id: 'Kolom ini terkirim lebih dari sekali.',
    en: 'This field was sent more than once.',
  },
  'hr.cycles.error.tooManyRows': (p: { max: number }) => ({
    id: `Paling banyak ${p.max} baris formasi di formulir ini; formasi yang lebih banyak dibuka melalui API.`,
    en: `At most ${p.max} formation rows on this form; more formations are opened through the API.`,
  }),
  'hr.cycles.error.number': {
    id: 'Tulis sebuah angka, misalnya 3 atau 0,4.',
    en: 'Write a number, e.g. 3 or 0.4.',
  },
  'hr.cycles.error.count': {
    id: 'Tulis bilangan bulat, misalnya 3, dan pilih satuannya.',
    en: 'Write a whole number, e.g. 3, and choose its unit.',
  },
  'hr.cycles.error.dateTime': {
    id: 'Tulis tanggal dan jam WITA yang ada, misalnya 2027-03-01 08.00.',
    en: 'Write a real date and time in WITA, e.g. 2027-03-01 08:00.',
  },
  'hr.cycles.error.exists': (p: { code: string }) => ({
    id: `Seleksi dengan kode ${p.code} sudah ada; tidak ada yang dibuka lagi. Pilih kode lain.`,
    en: `A selection with code ${p.code} already exists; nothing was opened again. Choose another code.`,
  }),
  'hr.cycles.existing': (p: { code: string }) => ({
    id: `Lihat seleksi ${p.code}`,
    en: `See selection ${p.code}`,
  }),

  // After it opened
  'hr.cycles.opened': (p: { code: string; title: string }) => ({
    id: `${p.title} (${p.code}) sudah dibuka.`,
    en: `${p.title} (${p.code}) has been opened.`,
  }),
} satisfies Section;
