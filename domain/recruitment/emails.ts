// The emails of a recruitment cycle: one template per step that concerns a candidate, plus the reminder and
// escalation HR receives when an appeal is not answered. Bahasa Indonesia first, English on request; every
// time is shown in WITA. Instants are ISO 8601 strings so that the data crosses workflow boundaries as is.
import type { FinalOutcome } from './outcomes';
import type { EmailContent, EmailTemplate } from '../email/content';
import { composeEmail } from '../email/content';
import { t, type Language } from '../language';
import { formatNumber as num } from '../numbers';
import { formatInstant } from '../time';
import type { FinalFacts, SkbCutFacts, SkdAbsence, SkdFacts } from './explanation-facts';
import { finalExplanation, screeningExplanation, skbCutExplanation, skdExplanation } from './explanations';
import { skdSubtests, type CycleKind } from './rule-sets';
import { skdLabels, type SkdScores } from './skd';
import { announcementLabels, type AnnouncementStage } from './stages';

type Pair = { id: string; en: string };

const SIGNATURE: Pair = {
  id: 'Hormat kami,\nPanitia Seleksi\nBKPSDM Kota Kupang',
  en: 'Yours faithfully,\nSelection Committee\nBKPSDM Kota Kupang',
};

/** One letter: the greeting names a candidate ('Saudara/i') or an officer ('Bapak/Ibu'). */
function letter(
  lang: Language,
  to: { candidate: string; number?: string } | { officer: string },
  subject: Pair,
  paragraphs: Pair[],
  link?: { label: Pair; url: string },
): EmailContent {
  const greeting =
    'candidate' in to
      ? t(lang, { id: `Yth. Saudara/Saudari ${to.candidate},`, en: `Dear ${to.candidate},` })
      : t(lang, { id: `Yth. Bapak/Ibu ${to.officer},`, en: `Dear ${to.officer},` });
  // Every letter to a numbered candidate names their number first: the one they find in published lists.
  const number: Pair[] =
    'candidate' in to && to.number
      ? [{ id: `Nomor peserta: ${to.number}`, en: `Registration number: ${to.number}` }]
      : [];
  return composeEmail({
    subject: t(lang, subject),
    greeting,
    paragraphs: [...number, ...paragraphs].map((p) => t(lang, p)),
    link: link && { label: t(lang, link.label), url: link.url },
    signature: t(lang, SIGNATURE),
  });
}

const when = (instant: string, lang: Language) => formatInstant(instant, lang);
const stageOf = (stage: AnnouncementStage, lang: Language) => t(lang, announcementLabels[stage]);
const statusLink: Pair = { id: 'Lihat status lamaran', en: 'View your application' };

interface Candidate {
  name: string;
  cycleTitle: string;
  /** The nomor peserta, in every letter once the application is confirmed. */
  registrationNumber?: string;
}
interface WithLink {
  link: string;
}

export const applicationReceived: EmailTemplate<Candidate & WithLink & { formationTitle: string }> = (
  d,
  lang,
) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Pendaftaran diterima: ${d.cycleTitle}`, en: `Application received: ${d.cycleTitle}` },
    [
      {
        id: `Pendaftaran Saudara/Saudari pada ${d.cycleTitle} untuk formasi ${d.formationTitle} telah kami terima.`,
        en: `We have received your application to ${d.cycleTitle} for the formation ${d.formationTitle}.`,
      },
      {
        id: 'Tautan di bawah ini adalah tautan pribadi Saudara/Saudari untuk memantau status lamaran dan menanggapi setiap tenggat waktu. Mohon tidak membagikannya kepada orang lain.',
        en: 'The link below is your personal link to follow your application and answer every deadline. Please do not share it.',
      },
    ],
    { label: statusLink, url: d.link },
  );

/** The first email: the application becomes real only when the candidate opens this link. */
export const applicationConfirmation: EmailTemplate<
  Candidate & WithLink & { formationTitle: string; confirmBy: string }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Konfirmasi pendaftaran: ${d.cycleTitle}`,
      en: `Confirm your application: ${d.cycleTitle}`,
    },
    [
      {
        id: `Alamat email ini dipakai untuk mendaftar pada ${d.cycleTitle}, formasi ${d.formationTitle}. Pendaftaran baru sah setelah Saudara/Saudari membuka tautan di bawah ini dan mengonfirmasinya, paling lambat ${when(d.confirmBy, lang)}. Tanpa konfirmasi, pendaftaran ini batal dengan sendirinya.`,
        en: `This address was used to apply to ${d.cycleTitle}, formation ${d.formationTitle}. The application is valid only once you open the link below and confirm it, by ${when(d.confirmBy, lang)}. Without confirmation it lapses by itself.`,
      },
      {
        id: 'Jika Saudara/Saudari tidak merasa mendaftar, abaikan email ini. Tautan ini bersifat pribadi: mohon tidak membagikannya.',
        en: 'If you did not apply, ignore this email. The link is personal: please do not share it.',
      },
    ],
    { label: { id: 'Konfirmasi pendaftaran', en: 'Confirm the application' }, url: d.link },
  );

/** A fresh personal link after the earlier ones were revoked. */
export const accessLinkRenewed: EmailTemplate<Candidate & WithLink> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Tautan pribadi baru: ${d.cycleTitle}`, en: `Your new personal link: ${d.cycleTitle}` },
    [
      {
        id: 'Tautan pribadi Saudara/Saudari yang lama sudah tidak berlaku lagi. Gunakan tautan di bawah ini mulai sekarang, dan mohon tidak membagikannya.',
        en: 'Your earlier personal links no longer work. Use the link below from now on, and please do not share it.',
      },
    ],
    { label: statusLink, url: d.link },
  );

/** `kind` (the cycle's) says what follows an MS; emails of workflows begun before it give the bare reason. */
export const screeningResult: EmailTemplate<
  Candidate & WithLink & { decision: 'MS' | 'TMS'; reason: string; kind?: CycleKind }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Hasil seleksi administrasi: ${d.cycleTitle}`,
      en: `Administrative screening result: ${d.cycleTitle}`,
    },
    [
      d.decision === 'MS'
        ? {
            id: 'Berdasarkan hasil seleksi administrasi, Saudara/Saudari dinyatakan MEMENUHI SYARAT (MS).',
            en: 'After the administrative screening, you have been found ELIGIBLE (MS).',
          }
        : {
            id: 'Berdasarkan hasil seleksi administrasi, Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT (TMS).',
            en: 'After the administrative screening, you have been found NOT ELIGIBLE (TMS).',
          },
      d.kind
        ? screeningExplanation({ decision: d.decision, reason: d.reason, kind: d.kind })
        : { id: `Keterangan: ${d.reason}`, en: `Reason: ${d.reason}` },
    ],
    { label: statusLink, url: d.link },
  );

export const appealWindowOpened: EmailTemplate<
  Candidate & WithLink & { stage: AnnouncementStage; closesAt: string }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Masa sanggah ${stageOf(d.stage, 'id')} dibuka: ${d.cycleTitle}`,
      en: `Appeal window for the ${stageOf(d.stage, 'en')} open: ${d.cycleTitle}`,
    },
    [
      {
        id: `Masa sanggah atas ${stageOf(d.stage, lang)} dibuka sampai ${when(d.closesAt, lang)}.`,
        en: `You may appeal the ${stageOf(d.stage, lang)} until ${when(d.closesAt, lang)}.`,
      },
      {
        id: 'Sanggahan hanya dapat diajukan satu kali pada setiap tahap, atas kesalahan panitia atau instansi. Dokumen yang telah diunggah tidak dapat diganti.',
        en: 'You may appeal once per stage, and only for an error of the committee or the agency. Documents already uploaded cannot be replaced.',
      },
    ],
    { label: { id: 'Ajukan sanggahan', en: 'Submit an appeal' }, url: d.link },
  );

export const appealReceived: EmailTemplate<Candidate & { stage: AnnouncementStage; answerBy: string }> = (
  d,
  lang,
) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Sanggahan diterima: ${d.cycleTitle}`, en: `Appeal received: ${d.cycleTitle}` },
    [
      {
        id: `Sanggahan Saudara/Saudari atas ${stageOf(d.stage, lang)} telah kami terima dan akan dijawab paling lambat ${when(d.answerBy, lang)}.`,
        en: `We have received your appeal against the ${stageOf(d.stage, lang)} and will answer it by ${when(d.answerBy, lang)}.`,
      },
    ],
  );

export const appealDecision: EmailTemplate<
  Candidate & { stage: AnnouncementStage; accepted: boolean; reason: string }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Jawaban sanggahan: ${d.cycleTitle}`, en: `Answer to your appeal: ${d.cycleTitle}` },
    [
      d.accepted
        ? {
            id: `Sanggahan Saudara/Saudari atas ${stageOf(d.stage, lang)} DITERIMA, dan hasilnya telah kami perbaiki.`,
            en: `Your appeal against the ${stageOf(d.stage, lang)} is ACCEPTED and the result has been corrected.`,
          }
        : {
            id: `Sanggahan Saudara/Saudari atas ${stageOf(d.stage, lang)} DITOLAK.`,
            en: `Your appeal against the ${stageOf(d.stage, lang)} is REJECTED.`,
          },
      { id: `Alasan: ${d.reason}`, en: `Reason: ${d.reason}` },
    ],
  );

export const skdSchedule: EmailTemplate<
  Candidate & { sessionCode: string; place: string; startsAt: string }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Jadwal SKD: ${d.cycleTitle}`, en: `SKD schedule: ${d.cycleTitle}` },
    [
      {
        id: `Saudara/Saudari dijadwalkan mengikuti Seleksi Kompetensi Dasar (SKD) pada sesi ${d.sessionCode}, ${when(d.startsAt, lang)}, bertempat di ${d.place}.`,
        en: `You are scheduled for the basic competency test (SKD) in session ${d.sessionCode}, ${when(d.startsAt, lang)}, at ${d.place}.`,
      },
      {
        id: 'Mohon hadir sebelum sesi dimulai dengan membawa KTP asli dan kartu peserta ujian.',
        en: 'Please arrive before the session starts, with your original identity card (KTP) and your exam card.',
      },
    ],
  );

/** `facts` explain the result (absent only in emails of workflows begun before explanations existed). */
export const skdResult: EmailTemplate<
  Candidate & {
    scores: SkdScores;
    total: number;
    passed: boolean;
    reasons: string[];
    facts?: SkdFacts | SkdAbsence;
  }
> = (d, lang) => {
  const scores = skdSubtests.map((s) => `${skdLabels[s]} ${num(d.scores[s], lang)}`).join(', ');
  return letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Hasil SKD: ${d.cycleTitle}`, en: `SKD result: ${d.cycleTitle}` },
    [
      {
        id: `Nilai SKD Saudara/Saudari: ${scores}; total ${num(d.total, lang)}.`,
        en: `Your SKD scores: ${scores}; total ${num(d.total, lang)}.`,
      },
      d.passed
        ? {
            id: 'Saudara/Saudari MEMENUHI nilai ambang batas (passing grade) SKD.',
            en: 'You MEET the SKD passing grade.',
          }
        : {
            id: `Saudara/Saudari TIDAK MEMENUHI nilai ambang batas (passing grade) SKD: ${d.reasons.join('; ')}.`,
            en: `You DO NOT MEET the SKD passing grade: ${d.reasons.join('; ')}.`,
          },
      ...(d.facts ? [skdExplanation(d.facts)] : []),
    ],
  );
};

export const skbAdvancement: EmailTemplate<
  Candidate & { formationTitle: string; advanced: boolean; rank: number; facts?: SkbCutFacts }
> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Hasil peringkat SKD: ${d.cycleTitle}`, en: `SKD ranking result: ${d.cycleTitle}` },
    [
      d.advanced
        ? {
            id: `Dengan peringkat ${d.rank} pada formasi ${d.formationTitle}, Saudara/Saudari dinyatakan LOLOS ke tahap Seleksi Kompetensi Bidang (SKB). Jadwal SKB akan kami sampaikan kemudian.`,
            en: `Ranked ${d.rank} in the formation ${d.formationTitle}, you ADVANCE to the field competency test (SKB). We will send the SKB schedule later.`,
          }
        : {
            id: `Dengan peringkat ${d.rank} pada formasi ${d.formationTitle}, Saudara/Saudari dinyatakan TIDAK LOLOS ke tahap Seleksi Kompetensi Bidang (SKB).`,
            en: `Ranked ${d.rank} in the formation ${d.formationTitle}, you do NOT advance to the field competency test (SKB).`,
          },
      ...(d.facts ? [skbCutExplanation(d.facts)] : []),
    ],
  );

/** The test whose absence leaves a finalist without a final score: the SKB (CPNS), the competency test (PPPK). */
export type LastTest = 'skb' | 'competency';
const lastTestLabels: Record<LastTest, Pair> = {
  skb: { id: 'Seleksi Kompetensi Bidang (SKB)', en: 'field competency test (SKB)' },
  competency: { id: 'seleksi kompetensi', en: 'competency test' },
};

/** `absentFrom` instead of a score: the candidate did not sit the last test, and so has no final score. */
export const finalResult: EmailTemplate<
  Candidate & {
    formationTitle: string;
    outcome: FinalOutcome;
    finalScore?: number;
    rank?: number;
    absentFrom?: LastTest;
    facts?: FinalFacts;
  }
> = (d, lang) => {
  const outcome: Record<FinalOutcome, Pair> = {
    passed: {
      id: 'Saudara/Saudari dinyatakan LULUS (P/L). Informasi pengisian Daftar Riwayat Hidup (DRH) dan dokumen pengangkatan akan kami kirimkan tersendiri.',
      en: 'You have PASSED (P/L). We will write separately about submitting your curriculum vitae (DRH) and appointment documents.',
    },
    optimalisasi: {
      id: 'Saudara/Saudari belum lulus, namun tetap tercatat sebagai peserta optimalisasi sesuai peringkat. Bila ada formasi yang kosong, kami akan menghubungi Saudara/Saudari.',
      en: 'You have not passed, but you remain an optimalisasi candidate in rank order. If a vacancy opens, we will contact you.',
    },
    'not-passed': { id: 'Saudara/Saudari dinyatakan TIDAK LULUS (TL).', en: 'You have NOT PASSED (TL).' },
  };
  const score = (): Pair[] => {
    if (d.absentFrom) {
      const test = lastTestLabels[d.absentFrom];
      return [
        {
          id: `Saudara/Saudari tidak hadir pada ${test.id} formasi ${d.formationTitle}, sehingga tidak memperoleh nilai akhir.`,
          en: `You did not sit the ${test.en} of the formation ${d.formationTitle}, and so have no final score.`,
        },
      ];
    }
    if (d.finalScore === undefined) return [];
    return [
      {
        id: `Nilai akhir Saudara/Saudari pada formasi ${d.formationTitle} adalah ${num(d.finalScore, lang)}${d.rank ? `, peringkat ${d.rank}` : ''}.`,
        en: `Your final score in the formation ${d.formationTitle} is ${num(d.finalScore, lang)}${d.rank ? `, rank ${d.rank}` : ''}.`,
      },
    ];
  };
  return letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Hasil akhir seleksi: ${d.cycleTitle}`, en: `Final selection result: ${d.cycleTitle}` },
    [...score(), ...(d.facts ? [finalExplanation(d.facts)] : []), outcome[d.outcome]],
  );
};

type Deadline = Candidate & WithLink & { deadline: string };
const documentsLink = { label: { id: 'Unggah dokumen', en: 'Upload documents' } };

export const documentWindowOpened: EmailTemplate<Deadline> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Pengisian DRH dan dokumen pengangkatan: ${d.cycleTitle}`,
      en: `Curriculum vitae and appointment documents: ${d.cycleTitle}`,
    },
    [
      {
        id: `Mohon mengisi Daftar Riwayat Hidup (DRH) dan mengunggah dokumen pengangkatan paling lambat ${when(d.deadline, lang)}.`,
        en: `Please complete your curriculum vitae (DRH) and upload your appointment documents by ${when(d.deadline, lang)}.`,
      },
      {
        id: 'Apabila sampai batas waktu tersebut dokumen belum lengkap, kelulusan Saudara/Saudari dapat dibatalkan dan formasi diisi oleh peserta optimalisasi berikutnya.',
        en: 'If your documents are not complete by then, your pass may be cancelled and the vacancy offered to the next optimalisasi candidate.',
      },
    ],
    { ...documentsLink, url: d.link },
  );

export const documentReminder: EmailTemplate<Deadline> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Pengingat batas waktu dokumen: ${d.cycleTitle}`,
      en: `Reminder, document deadline: ${d.cycleTitle}`,
    },
    [
      {
        id: `Batas waktu pengisian DRH dan pengunggahan dokumen pengangkatan adalah ${when(d.deadline, lang)}. Dokumen Saudara/Saudari belum lengkap.`,
        en: `The deadline for your curriculum vitae (DRH) and appointment documents is ${when(d.deadline, lang)}. Your documents are not complete yet.`,
      },
    ],
    { ...documentsLink, url: d.link },
  );

/** A passer (or a replacement) who let the document deadline pass: the pass is cancelled (RULES.md 1.6). */
export const documentDeadlineMissed: EmailTemplate<Deadline & { formationTitle: string }> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Batas waktu dokumen terlewati: ${d.cycleTitle}`,
      en: `Document deadline missed: ${d.cycleTitle}`,
    },
    [
      {
        id: `Sampai batas waktu ${when(d.deadline, lang)}, Daftar Riwayat Hidup (DRH) dan dokumen pengangkatan Saudara/Saudari untuk formasi ${d.formationTitle} belum kami terima.`,
        en: `By the deadline of ${when(d.deadline, lang)}, we had not received your curriculum vitae (DRH) and appointment documents for the formation ${d.formationTitle}.`,
      },
      {
        id: 'Oleh karena itu Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT pada tahap pemberkasan dan kelulusan Saudara/Saudari dibatalkan. Formasi tersebut ditawarkan kepada peserta optimalisasi berikutnya sesuai peringkat.',
        en: 'You have therefore FAILED the document stage and your pass is cancelled. The vacancy is offered to the next optimalisasi candidate in rank order.',
      },
    ],
    { label: statusLink, url: d.link },
  );

export const documentsVerification: EmailTemplate<Candidate & { accepted: boolean; reason?: string }> = (
  d,
  lang,
) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Hasil verifikasi dokumen: ${d.cycleTitle}`, en: `Document verification: ${d.cycleTitle}` },
    [
      d.accepted
        ? {
            id: 'Dokumen Saudara/Saudari telah diverifikasi dan dinyatakan LENGKAP. Usulan penetapan nomor induk akan kami proses.',
            en: 'Your documents have been verified and are COMPLETE. We will now propose your civil servant number.',
          }
        : {
            id: 'Dokumen Saudara/Saudari dinyatakan TIDAK MEMENUHI SYARAT.',
            en: 'Your documents have been REJECTED.',
          },
      ...(d.reason ? [{ id: `Keterangan: ${d.reason}`, en: `Reason: ${d.reason}` }] : []),
      ...(d.accepted
        ? []
        : [
            {
              id: 'Dengan demikian kelulusan Saudara/Saudari dibatalkan, dan formasi tersebut ditawarkan kepada peserta optimalisasi berikutnya sesuai peringkat.',
              en: 'Your pass is therefore cancelled, and the vacancy is offered to the next optimalisasi candidate in rank order.',
            },
          ]),
    ],
  );

/** `banBudgetYears` is given when the candidate withdrew after passing (RULES.md 1.1, step 11). */
export const withdrawalConfirmed: EmailTemplate<Candidate & { banBudgetYears?: number }> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Konfirmasi pengunduran diri: ${d.cycleTitle}`, en: `Withdrawal confirmed: ${d.cycleTitle}` },
    [
      {
        id: `Pengunduran diri Saudara/Saudari dari ${d.cycleTitle} telah kami catat.`,
        en: `We have recorded your withdrawal from ${d.cycleTitle}.`,
      },
      ...(d.banBudgetYears
        ? [
            {
              id: `Karena pengunduran diri dilakukan setelah dinyatakan lulus, Saudara/Saudari tidak dapat mendaftar seleksi ASN selama ${d.banBudgetYears} tahun anggaran berikutnya.`,
              en: `Because you withdrew after passing, you may not apply to civil service selections for the next ${d.banBudgetYears} budget years.`,
            },
          ]
        : []),
    ],
  );

export const replacementOffer: EmailTemplate<Deadline & { formationTitle: string }> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    {
      id: `Pengisian formasi melalui optimalisasi: ${d.cycleTitle}`,
      en: `Vacancy filled through optimalisasi: ${d.cycleTitle}`,
    },
    [
      {
        id: `Sesuai peringkat, Saudara/Saudari ditetapkan mengisi formasi ${d.formationTitle} yang kosong (optimalisasi) dan dinyatakan LULUS.`,
        en: `In rank order, you have been moved up to fill a vacancy in the formation ${d.formationTitle} (optimalisasi) and have PASSED.`,
      },
      {
        id: `Mohon mengisi Daftar Riwayat Hidup (DRH) dan mengunggah dokumen pengangkatan paling lambat ${when(d.deadline, lang)}.`,
        en: `Please complete your curriculum vitae (DRH) and upload your appointment documents by ${when(d.deadline, lang)}.`,
      },
    ],
    { ...documentsLink, url: d.link },
  );

/** For HR: the candidate and formation by name, `applicationRef` the application's id, the link its HR page. */
interface ApplicationRef extends WithLink {
  cycleTitle: string;
  applicationRef: string;
  candidateName: string;
  formationTitle: string;
}
interface AppealTask extends ApplicationRef {
  stage: AnnouncementStage;
  answerBy: string;
}
interface VerificationTask extends ApplicationRef {
  verifyBy: string;
}

/** Who the task is about, for a subject: "Maria Fernandez (Pranata Komputer Ahli Pertama)". */
const who = (d: ApplicationRef) => `${d.candidateName} (${d.formationTitle})`;
/** And in the text, with the application's id: "Maria Fernandez, formasi …, lamaran CPNS-2026-…". */
const whose = (d: ApplicationRef): Pair => ({
  id: `${d.candidateName}, formasi ${d.formationTitle}, lamaran ${d.applicationRef}`,
  en: `${d.candidateName}, formation ${d.formationTitle}, application ${d.applicationRef}`,
});

export const appealAnswerReminder: EmailTemplate<AppealTask & { officerName: string }> = (d, lang) =>
  letter(
    lang,
    { officer: d.officerName },
    {
      id: `Pengingat: sanggahan ${who(d)} belum dijawab`,
      en: `Reminder: appeal of ${who(d)} not answered yet`,
    },
    [
      {
        id: `Sanggahan atas ${stageOf(d.stage, lang)} pada ${d.cycleTitle} (${whose(d).id}) harus dijawab paling lambat ${when(d.answerBy, lang)}.`,
        en: `The appeal against the ${stageOf(d.stage, lang)} of ${d.cycleTitle} (${whose(d).en}) must be answered by ${when(d.answerBy, lang)}.`,
      },
    ],
    { label: { id: 'Jawab sanggahan', en: 'Answer the appeal' }, url: d.link },
  );

export const appealEscalation: EmailTemplate<AppealTask & { headName: string; officerName: string }> = (
  d,
  lang,
) =>
  letter(
    lang,
    { officer: d.headName },
    {
      id: `Eskalasi: sanggahan ${who(d)} melewati batas waktu`,
      en: `Escalation: appeal of ${who(d)} is overdue`,
    },
    [
      {
        id: `Sanggahan atas ${stageOf(d.stage, lang)} pada ${d.cycleTitle} (${whose(d).id}) belum dijawab oleh ${d.officerName} hingga batas waktu ${when(d.answerBy, lang)}.`,
        en: `The appeal against the ${stageOf(d.stage, lang)} of ${d.cycleTitle} (${whose(d).en}) was not answered by ${d.officerName} before the deadline of ${when(d.answerBy, lang)}.`,
      },
      {
        id: 'Mohon Bapak/Ibu menugaskan penjawab atau menjawab sanggahan tersebut.',
        en: 'Please assign someone to answer it, or answer it yourself.',
      },
    ],
    { label: { id: 'Buka sanggahan', en: 'Open the appeal' }, url: d.link },
  );

/** HR's reminder that a candidate's submitted documents wait for verification. */
export const verificationReminder: EmailTemplate<VerificationTask & { officerName: string }> = (d, lang) =>
  letter(
    lang,
    { officer: d.officerName },
    {
      id: `Pengingat: dokumen ${who(d)} belum diverifikasi`,
      en: `Reminder: documents of ${who(d)} not verified yet`,
    },
    [
      {
        id: `Dokumen pengisian DRH NIP pada ${d.cycleTitle} (${whose(d).id}) harus diverifikasi paling lambat ${when(d.verifyBy, lang)}.`,
        en: `The documents for the NIP of ${d.cycleTitle} (${whose(d).en}) must be verified by ${when(d.verifyBy, lang)}.`,
      },
    ],
    { label: { id: 'Verifikasi dokumen', en: 'Verify the documents' }, url: d.link },
  );

export const verificationEscalation: EmailTemplate<
  VerificationTask & { headName: string; officerName: string }
> = (d, lang) =>
  letter(
    lang,
    { officer: d.headName },
    {
      id: `Eskalasi: verifikasi dokumen ${who(d)} melewati batas waktu`,
      en: `Escalation: verification of the documents of ${who(d)} is overdue`,
    },
    [
      {
        id: `Dokumen pengisian DRH NIP pada ${d.cycleTitle} (${whose(d).id}) belum diverifikasi oleh ${d.officerName} hingga batas waktu ${when(d.verifyBy, lang)}.`,
        en: `The documents for the NIP of ${d.cycleTitle} (${whose(d).en}) were not verified by ${d.officerName} before the deadline of ${when(d.verifyBy, lang)}.`,
      },
      {
        id: 'Mohon Bapak/Ibu menugaskan verifikator atau memverifikasi dokumen tersebut.',
        en: 'Please assign someone to verify them, or verify them yourself.',
      },
    ],
    { label: { id: 'Buka dokumen', en: 'Open the documents' }, url: d.link },
  );

interface AddressTask extends WithLink {
  cycleTitle: string;
  applicationRef: string;
  correctBy: string;
  /** The mail server's refusal, addresses masked. */
  refusal: string;
  officerName: string;
}

/** HR's task (and its reminder) when the mail server refused a candidate's address for good. */
export const addressRefused: EmailTemplate<AddressTask & { reminder?: boolean }> = (d, lang) =>
  letter(
    lang,
    { officer: d.officerName },
    {
      id: `${d.reminder ? 'Pengingat: alamat' : 'Alamat'} email peserta ${d.applicationRef} ditolak`,
      en: `${d.reminder ? 'Reminder: the' : 'The'} email address of ${d.applicationRef} was refused`,
    },
    [
      {
        id: `Server email menolak alamat email peserta ${d.cycleTitle} (lamaran ${d.applicationRef}), sehingga pemberitahuan kepada peserta tidak terkirim. Jawaban server: ${d.refusal}`,
        en: `The mail server refused the email address of a candidate of ${d.cycleTitle} (application ${d.applicationRef}), so the candidate's notices were not delivered. The server answered: ${d.refusal}`,
      },
      {
        id: `Mohon hubungi peserta dan perbaiki alamat emailnya paling lambat ${when(d.correctBy, lang)}; pemberitahuan yang gagal akan dikirim ulang ke alamat yang baru. Proses seleksi peserta tetap berjalan.`,
        en: `Please contact the candidate and correct the address by ${when(d.correctBy, lang)}; the notices that failed are then sent again to the new address. The candidate's selection goes on meanwhile.`,
      },
    ],
    { label: { id: 'Buka lamaran', en: 'Open the application' }, url: d.link },
  );

/** The head of HR's notice that a refused address was not corrected in time. */
export const addressCorrectionEscalation: EmailTemplate<AddressTask & { headName: string }> = (d, lang) =>
  letter(
    lang,
    { officer: d.headName },
    {
      id: `Eskalasi: alamat email peserta ${d.applicationRef} belum diperbaiki`,
      en: `Escalation: the email address of ${d.applicationRef} is not corrected yet`,
    },
    [
      {
        id: `Alamat email peserta ${d.cycleTitle} (lamaran ${d.applicationRef}) ditolak server email dan belum diperbaiki oleh ${d.officerName} hingga batas waktu ${when(d.correctBy, lang)}. Peserta tidak menerima pemberitahuan seleksi.`,
        en: `The email address of a candidate of ${d.cycleTitle} (application ${d.applicationRef}) was refused by the mail server and not corrected by ${d.officerName} before the deadline of ${when(d.correctBy, lang)}. The candidate receives no notices of the selection.`,
      },
    ],
    { label: { id: 'Buka lamaran', en: 'Open the application' }, url: d.link },
  );

/** Every recruitment template by name; the data type of each is `RecruitmentEmailData<name>`. */
export const appointment: EmailTemplate<Candidate & { formationTitle: string }> = (d, lang) =>
  letter(
    lang,
    { candidate: d.name, number: d.registrationNumber },
    { id: `Penetapan kelulusan akhir: ${d.cycleTitle}`, en: `Final appointment decision: ${d.cycleTitle}` },
    [
      {
        id: `Dokumen Saudara/Saudari telah terverifikasi dan Saudara/Saudari ditetapkan sebagai calon ASN pada formasi ${d.formationTitle}. Usul penetapan NIP diajukan oleh BKPSDM Kota Kupang.`,
        en: `Your documents are verified and you are appointed as a candidate civil servant in the ${d.formationTitle} formation. BKPSDM Kota Kupang proposes your NIP.`,
      },
    ],
  );

export const recruitmentEmails = {
  applicationConfirmation,
  applicationReceived,
  accessLinkRenewed,
  screeningResult,
  appealWindowOpened,
  appealReceived,
  appealDecision,
  skdSchedule,
  skdResult,
  skbAdvancement,
  finalResult,
  documentWindowOpened,
  documentReminder,
  documentDeadlineMissed,
  documentsVerification,
  withdrawalConfirmed,
  replacementOffer,
  appointment,
  appealAnswerReminder,
  appealEscalation,
  verificationReminder,
  verificationEscalation,
  addressRefused,
  addressCorrectionEscalation,
} satisfies Record<string, EmailTemplate<never>>;

export type RecruitmentEmailName = keyof typeof recruitmentEmails;
export type RecruitmentEmailData<N extends RecruitmentEmailName> = Parameters<
  (typeof recruitmentEmails)[N]
>[0];
