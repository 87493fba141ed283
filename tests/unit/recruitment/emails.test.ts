import { escapeHtml } from '../../../domain/email/content';
import type { Language } from '../../../domain/language';
import {
  recruitmentEmails,
  type RecruitmentEmailData,
  type RecruitmentEmailName,
} from '../../../domain/recruitment/emails';
import { cpns2024 } from '../../../domain/recruitment/rule-sets';

// 2026-03-10T15:59Z is 23:59 WITA (UTC+8).
const deadline = '2026-03-10T15:59:00Z';
const deadlineShown = { id: '10 Maret 2026 pukul 23.59 WITA', en: '10 March 2026 at 23:59 WITA' };
const candidate = { name: 'Maria Bria', cycleTitle: 'Seleksi CASN Kota Kupang 2024' };
const link = 'https://sdm.kupangkota.go.id/lamaran/abc123';
const about = {
  cycleTitle: candidate.cycleTitle,
  applicationRef: 'APL-0042',
  candidateName: 'Maria Bria',
  formationTitle: 'Dokter Ahli Pertama',
};
const verification = {
  ...about,
  verifyBy: deadline,
  link,
};
const address = {
  cycleTitle: candidate.cycleTitle,
  applicationRef: 'APL-0042',
  correctBy: deadline,
  refusal: "Can't send mail - all recipients were rejected: 501 Error: Bad recipient address syntax",
  link,
};
const task = {
  ...about,
  stage: 'skd' as const,
  answerBy: deadline,
  link,
};

/** Data for every template, and a key fact that must appear in the body in each language. */
const samples: {
  [N in RecruitmentEmailName]: { data: RecruitmentEmailData<N>; fact: Record<Language, string> };
} = {
  applicationConfirmation: {
    data: { ...candidate, formationTitle: 'Pranata Komputer Ahli Pertama', confirmBy: deadline, link },
    fact: deadlineShown,
  },
  accessLinkRenewed: { data: { ...candidate, link }, fact: { id: link, en: link } },
  applicationReceived: {
    data: { ...candidate, formationTitle: 'Pranata Komputer Ahli Pertama', link },
    fact: { id: link, en: link },
  },
  screeningResult: {
    data: { ...candidate, decision: 'TMS', reason: 'Ijazah tidak sesuai kualifikasi pendidikan', link },
    fact: { id: 'Ijazah tidak sesuai kualifikasi pendidikan', en: 'NOT ELIGIBLE (TMS)' },
  },
  appealWindowOpened: {
    data: { ...candidate, stage: 'administration', closesAt: deadline, link },
    fact: deadlineShown,
  },
  appealReceived: { data: { ...candidate, stage: 'skd', answerBy: deadline }, fact: deadlineShown },
  appealDecision: {
    data: {
      ...candidate,
      stage: 'administration',
      accepted: true,
      reason: 'Ijazah telah diverifikasi ulang',
    },
    fact: { id: 'DITERIMA', en: 'ACCEPTED' },
  },
  skdSchedule: {
    data: { ...candidate, sessionCode: 'S-07', place: 'UPT BKN Kupang', startsAt: deadline },
    fact: deadlineShown,
  },
  skdResult: {
    data: {
      ...candidate,
      scores: { twk: 100, tiu: 75, tkp: 180 },
      total: 355,
      passed: false,
      reasons: ['TIU 75 < 80'],
    },
    fact: { id: 'TIU 75 < 80', en: 'TIU 75 < 80' },
  },
  skbAdvancement: {
    data: { ...candidate, formationTitle: 'Analis Kebijakan Ahli Pertama', advanced: true, rank: 3 },
    fact: { id: 'peringkat 3', en: 'Ranked 3' },
  },
  finalResult: {
    data: {
      ...candidate,
      formationTitle: 'Dokter Ahli Pertama',
      outcome: 'passed',
      finalScore: 77.091,
      rank: 1,
    },
    fact: { id: '77,091', en: '77.091' },
  },
  documentWindowOpened: { data: { ...candidate, deadline, link }, fact: deadlineShown },
  documentReminder: { data: { ...candidate, deadline, link }, fact: deadlineShown },
  documentDeadlineMissed: {
    data: { ...candidate, formationTitle: 'Pranata Komputer Ahli Pertama', deadline, link },
    fact: deadlineShown,
  },
  documentsVerification: {
    data: { ...candidate, accepted: false, reason: 'SKCK sudah kedaluwarsa' },
    fact: { id: 'SKCK sudah kedaluwarsa', en: 'SKCK sudah kedaluwarsa' },
  },
  withdrawalConfirmed: {
    data: { ...candidate, banBudgetYears: cpns2024.withdrawalBanBudgetYears },
    fact: { id: '2 tahun anggaran', en: '2 budget years' },
  },
  replacementOffer: {
    data: { ...candidate, formationTitle: 'Perawat Terampil', deadline, link },
    fact: deadlineShown,
  },
  appointment: {
    data: { ...candidate, formationTitle: 'Perawat Terampil' },
    fact: { id: 'formasi Perawat Terampil', en: 'the Perawat Terampil formation' },
  },
  appealAnswerReminder: { data: { ...task, officerName: 'Yohanes Fanggidae' }, fact: deadlineShown },
  appealEscalation: {
    data: { ...task, headName: 'Kepala BKPSDM', officerName: 'Yohanes Fanggidae' },
    fact: { id: 'Yohanes Fanggidae', en: 'Yohanes Fanggidae' },
  },
  verificationReminder: { data: { ...verification, officerName: 'Yohanes Fanggidae' }, fact: deadlineShown },
  verificationEscalation: {
    data: { ...verification, headName: 'Kepala BKPSDM', officerName: 'Yohanes Fanggidae' },
    fact: { id: 'belum diverifikasi oleh Yohanes Fanggidae', en: 'not verified by Yohanes Fanggidae' },
  },
  addressRefused: {
    data: { ...address, officerName: 'Yohanes Fanggidae' },
    fact: {
      id: 'rejected: 501 Error: Bad recipient address syntax',
      en: 'rejected: 501 Error: Bad recipient address syntax',
    },
  },
  addressCorrectionEscalation: {
    data: { ...address, headName: 'Kepala BKPSDM', officerName: 'Yohanes Fanggidae' },
    fact: { id: 'belum diperbaiki oleh Yohanes Fanggidae', en: 'not corrected by Yohanes Fanggidae' },
  },
};

function render<N extends RecruitmentEmailName>(name: N, lang: Language) {
  const template = recruitmentEmails[name] as (
    data: RecruitmentEmailData<N>,
    lang: Language,
  ) => ReturnType<typeof recruitmentEmails.skdResult>;
  return template(samples[name].data, lang);
}

const names = Object.keys(recruitmentEmails) as RecruitmentEmailName[];
const languages: Language[] = ['id', 'en'];
const cases = names.flatMap((name) => languages.map((lang) => [name, lang] as const));

describe('Recruitment emails', () => {
  it.each(cases)('%s in %s has a subject, a text and an HTML body', (name, lang) => {
    const email = render(name, lang);
    expect([email.subject.length > 0, email.text.length > 0, email.html.length > 0]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it.each(cases)('%s in %s states its key fact in the text and the HTML', (name, lang) => {
    const email = render(name, lang);
    const fact = samples[name].fact[lang];
    expect([email.text.includes(fact), email.html.includes(escapeHtml(fact))]).toEqual([true, true]);
  });

  it.each(cases)('%s in %s is signed by BKPSDM Kota Kupang', (name, lang) => {
    expect(render(name, lang).text).toContain('BKPSDM Kota Kupang');
  });

  it('greets a candidate with "Yth." in Indonesian', () => {
    expect(render('applicationReceived', 'id').text.startsWith('Yth. Saudara/Saudari Maria Bria,')).toBe(
      true,
    );
  });

  it('mentions no ban when the candidate withdrew before passing', () => {
    const email = recruitmentEmails.withdrawalConfirmed(candidate, 'id');
    expect(email.text).not.toContain('tahun anggaran');
  });

  it.each(languages)(
    'tells a passer who missed the document deadline in %s that the pass is cancelled, and why',
    (lang) => {
      const email = render('documentDeadlineMissed', lang);
      const says = {
        id: [
          'Batas waktu dokumen terlewati',
          'belum kami terima',
          'TIDAK MEMENUHI SYARAT pada tahap pemberkasan',
          'kelulusan Saudara/Saudari dibatalkan',
          'peserta optimalisasi berikutnya',
          'Pranata Komputer Ahli Pertama',
          link,
        ],
        en: [
          'Document deadline missed',
          'we had not received',
          'FAILED the document stage',
          'your pass is cancelled',
          'next optimalisasi candidate',
          'Pranata Komputer Ahli Pertama',
          link,
        ],
      }[lang];
      expect(says.filter((s) => !`${email.subject}\n${email.text}`.includes(s))).toEqual([]);
    },
  );

  it.each(languages)(
    'tells a candidate whose documents were rejected in %s that the pass is cancelled',
    (lang) => {
      const rejected = render('documentsVerification', lang).text;
      const verified = recruitmentEmails.documentsVerification({ ...candidate, accepted: true }, lang).text;
      const says = { id: 'kelulusan Saudara/Saudari dibatalkan', en: 'Your pass is therefore cancelled' }[
        lang
      ];
      expect([rejected.includes(says), verified.includes(says)]).toEqual([true, false]);
    },
  );

  it('tells an optimalisasi candidate they stay in rank order', () => {
    const email = recruitmentEmails.finalResult(
      { ...candidate, formationTitle: 'Dokter Ahli Pertama', outcome: 'optimalisasi' },
      'id',
    );
    expect(email.text).toContain('peserta optimalisasi');
  });

  it.each(languages)(
    'tells an absent PPPK finalist in %s that they did not sit the test, not a score of 0',
    (lang) => {
      const email = recruitmentEmails.finalResult(
        {
          ...candidate,
          formationTitle: 'Guru Ahli Pertama - Matematika',
          outcome: 'not-passed',
          rank: 9,
          absentFrom: 'competency',
        },
        lang,
      );
      const says = {
        id: 'Saudara/Saudari tidak hadir pada seleksi kompetensi formasi Guru Ahli Pertama - Matematika, sehingga tidak memperoleh nilai akhir.',
        en: 'You did not sit the competency test of the formation Guru Ahli Pertama - Matematika, and so have no final score.',
      }[lang];
      expect([
        email.text.includes(says),
        /Nilai akhir|final score in/.test(email.text),
        email.text.includes('9'),
      ]).toEqual([true, false, false]);
    },
  );

  it.each([
    'appealAnswerReminder',
    'appealEscalation',
    'verificationReminder',
    'verificationEscalation',
  ] as const)(
    '%s names the candidate and the formation in its subject and text, and links to the HR page',
    (name) => {
      const email = render(name, 'id');
      expect([
        email.subject.includes('Maria Bria (Dokter Ahli Pertama)'),
        email.text.includes('Maria Bria, formasi Dokter Ahli Pertama, lamaran APL-0042'),
        email.text.includes(link),
      ]).toEqual([true, true, true]);
    },
  );
});
