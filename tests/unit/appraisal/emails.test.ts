import {
  appraisalEmails,
  periodLabel,
  type AppraisalEmailData,
  type AppraisalEmailName,
} from '../../../domain/appraisal/emails';
import type { EmailTemplate } from '../../../domain/email/content';
import type { Language } from '../../../domain/language';

// One example per template and the fact its body must carry, in each language.
const examples: {
  [N in AppraisalEmailName]: { data: AppraisalEmailData<N>; fact: Record<Language, string> };
} = {
  skpDraftRequested: {
    data: {
      employeeName: 'Maria Lede',
      year: 2026,
      dueAt: '2026-01-31T23:59:00+08:00',
      link: 'https://sdm.example/t/1',
    },
    fact: { id: '31 Januari 2026', en: '31 January 2026' },
  },
  skpSubmitted: {
    data: {
      appraiserName: 'Yohanes Nenobais',
      employeeName: 'Maria Lede',
      year: 2026,
      dueAt: '2026-01-31T23:59:00+08:00',
    },
    fact: {
      id: 'Maria Lede telah mengajukan SKP tahun 2026',
      en: 'Maria Lede has submitted the SKP for 2026',
    },
  },
  skpApproved: {
    data: { employeeName: 'Maria Lede', appraiserName: 'Yohanes Nenobais', year: 2026 },
    fact: { id: 'disetujui oleh Yohanes Nenobais', en: 'approved by Yohanes Nenobais' },
  },
  skpReturned: {
    data: {
      employeeName: 'Maria Lede',
      appraiserName: 'Yohanes Nenobais',
      year: 2026,
      note: 'Target belum terukur',
      dueAt: '2026-01-28T23:59:00+08:00',
    },
    fact: { id: 'Target belum terukur', en: 'Target belum terukur' },
  },
  ratingRequested: {
    data: {
      appraiserName: 'Yohanes Nenobais',
      employeeName: 'Maria Lede',
      year: 2026,
      period: 'Q1',
      dueAt: '2026-04-15T00:00:00+08:00',
    },
    fact: { id: 'Triwulan I 2026', en: 'Quarter 1 2026' },
  },
  periodRatingGiven: {
    data: {
      employeeName: 'Maria Lede',
      year: 2026,
      period: 'M03',
      hasilKerja: 'di-atas',
      perilakuKerja: 'di-atas',
      predikat: 'sangat-baik',
      note: 'Layanan mutasi selesai lebih cepat',
    },
    fact: { id: 'Predikat: Sangat Baik', en: 'Predikat: Sangat Baik' },
  },
  annualResult: {
    data: {
      employeeName: 'Maria Lede',
      year: 2026,
      hasilKerja: 'sesuai',
      perilakuKerja: 'di-bawah',
      predikat: 'kurang-misconduct',
      objectionDueAt: '2027-02-14T23:59:00+08:00',
    },
    fact: { id: '14 Februari 2027', en: '14 February 2027' },
  },
  objectionReceived: {
    data: {
      superiorName: 'Kepala BKPSDM',
      employeeName: 'Maria Lede',
      appraiserName: 'Yohanes Nenobais',
      year: 2026,
      predikat: 'kurang-misconduct',
      reason: 'Bukti kehadiran rapat tidak dipertimbangkan',
      dueAt: '2027-02-28T23:59:00+08:00',
    },
    fact: {
      id: 'Bukti kehadiran rapat tidak dipertimbangkan',
      en: 'Bukti kehadiran rapat tidak dipertimbangkan',
    },
  },
  objectionDecided: {
    data: {
      employeeName: 'Maria Lede',
      year: 2026,
      previousPredikat: 'kurang-misconduct',
      predikat: 'baik',
      reason: 'Bukti kehadiran lengkap',
    },
    fact: { id: 'diubah dari Kurang/Misconduct menjadi Baik', en: 'changes from Kurang/Misconduct to Baik' },
  },
  taskReminder: {
    data: {
      assigneeName: 'Yohanes Nenobais',
      task: 'period-rating',
      subjectName: 'Maria Lede',
      year: 2026,
      period: 'Q2',
      dueAt: '2026-07-15T00:00:00+08:00',
    },
    fact: {
      id: 'Memberi penilaian kinerja periodik — Maria Lede, Triwulan II 2026',
      en: 'Give the periodic rating — Maria Lede, Quarter 2 2026',
    },
  },
  taskEscalation: {
    data: {
      supervisorName: 'Kepala BKPSDM',
      assigneeName: 'Yohanes Nenobais',
      task: 'skp-approval',
      subjectName: 'Maria Lede',
      year: 2026,
      dueAt: '2026-01-31T23:59:00+08:00',
    },
    fact: {
      id: 'Yohanes Nenobais belum menyelesaikan tugas',
      en: 'Yohanes Nenobais has not completed this task',
    },
  },
  deadlineExtended: {
    data: {
      recipientName: 'Yohanes Nenobais',
      task: 'annual-rating',
      subjectName: 'Maria Lede',
      year: 2026,
      previousDueAt: '2027-01-31T23:59:00+08:00',
      dueAt: '2027-02-28T23:59:00+08:00',
      reason: 'Gangguan aplikasi e-Kinerja',
    },
    fact: { id: '28 Februari 2027', en: '28 February 2027' },
  },
  yearOpened: {
    data: {
      recipientName: 'Tim Kinerja BKPSDM',
      year: 2026,
      periodicity: 'quarterly',
      ruleSetId: 'permenpanrb-6-2022',
      ruleChanges: [{ path: 'schedule.objectionWindow', from: 'P14D', to: 'P21D' }],
      units: 20,
      employees: 5200,
      skpDueAt: '2026-01-31T23:59:00+08:00',
      annualDueAt: '2027-01-31T23:59:00+08:00',
    },
    fact: { id: '5200 pegawai di 20 unit kerja', en: '5200 employees in 20 units' },
  },
  yearSummary: {
    data: {
      recipientName: 'Tim Kinerja BKPSDM',
      year: 2026,
      phase: 'annual-evaluation',
      employees: 5200,
      byPhase: { 'annual-evaluation': 5100, done: 100 },
      openTasks: 5100,
      overdueTasks: 12,
      escalatedTasks: 3,
    },
    fact: { id: 'terlambat: 12', en: 'overdue: 12' },
  },
};

const cases = (Object.keys(examples) as AppraisalEmailName[]).flatMap((name) =>
  (['id', 'en'] as const).map((lang) => [name, lang] as const),
);

describe('appraisal emails', () => {
  it('has an example here for every template in the registry', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(appraisalEmails).sort());
  });

  it.each(cases)(
    'renders %s in %s with a subject, a text and an HTML body carrying its key fact',
    (name, lang) => {
      const { data, fact } = examples[name];
      const email = (appraisalEmails[name] as EmailTemplate<typeof data>)(data, lang);
      expect(email.subject.trim()).not.toBe('');
      expect(email.text).toContain(fact[lang]);
      expect(email.html).toContain(fact[lang]);
    },
  );

  it('writes Bahasa Indonesia by default and English on request', () => {
    const data = examples.skpApproved.data;
    expect(appraisalEmails.skpApproved(data, 'id').text).toMatch(/^Yth\. Maria Lede,/);
    expect(appraisalEmails.skpApproved(data, 'en').text).toMatch(/^Dear Maria Lede,/);
  });

  it('shows deadlines in WITA', () => {
    const email = appraisalEmails.skpDraftRequested(examples.skpDraftRequested.data, 'id');
    expect(email.text).toContain('Sabtu, 31 Januari 2026 pukul 23.59 WITA');
  });

  it('escapes what people type before it reaches the HTML', () => {
    const email = appraisalEmails.skpReturned(
      { ...examples.skpReturned.data, note: 'Target <b>"95%"</b> & jelas' },
      'id',
    );
    expect(email.html).toContain('Target &lt;b&gt;&quot;95%&quot;&lt;/b&gt; &amp; jelas');
  });

  it('tells the employee when an objection keeps the predikat', () => {
    const kept = appraisalEmails.objectionDecided(
      { ...examples.objectionDecided.data, predikat: 'kurang-misconduct' },
      'id',
    );
    expect(kept.text).toContain('predikat tahun 2026 tetap Kurang/Misconduct');
  });

  it('names months in the language of the email', () => {
    expect(periodLabel('M08', 2026, 'id')).toBe('Agustus 2026');
    expect(periodLabel('M08', 2026, 'en')).toBe('August 2026');
    expect(periodLabel('annual', 2026, 'id')).toBe('tahun 2026');
  });
});
