// The emails of a recruitment cycle: one template per step that concerns a candidate, plus the reminder and
// escalation HR receives when an appeal is not answered. Bahasa Indonesia first, English on request; every
// time is shown in WITA. Instants are ISO 8601 strings so that the data crosses workflow boundaries as is.
// The texts are the catalogue's (domain/messages/recruitment-emails.ts); a template picks and fills them.
import type { FinalOutcome } from './outcomes';
import type { EmailContent, EmailTemplate } from '../email/content';
import { composeEmail } from '../email/content';
import { t, type Language } from '../language';
import { translator, type Translate } from '../messages';
import { formatNumber as num } from '../numbers';
import { formatInstant } from '../time';
import type { FinalFacts, SkbCutFacts, SkdAbsence, SkdFacts } from './explanation-facts';
import { finalExplanation, screeningExplanation, skbCutExplanation, skdExplanation } from './explanations';
import { skdSubtests, type CycleKind } from './rule-sets';
import { skdLabels, type SkdScores } from './skd';
import { announcementLabels, type AnnouncementStage } from './stages';

/** What a template writes in the reader's language: `at` shows an instant in WITA, `stage` names a stage. */
interface Pen {
  tr: Translate;
  lang: Language;
  at: (instant: string) => string;
  stage: (stage: AnnouncementStage) => string;
}
type Body = { subject: string; paragraphs: string[]; link?: { label: string; url: string } };

/** One letter: the greeting names a candidate ('Saudara/i') or an officer ('Bapak/Ibu'). */
function letter(
  lang: Language,
  to: { candidate: string; number?: string } | { officer: string },
  body: (pen: Pen) => Body,
): EmailContent {
  const tr = translator(lang);
  const { subject, paragraphs, link } = body({
    tr,
    lang,
    at: (instant) => formatInstant(instant, lang),
    stage: (stage) => t(lang, announcementLabels[stage]),
  });
  const greeting =
    'candidate' in to
      ? tr('recruitment.greeting.candidate', { name: to.candidate })
      : tr('recruitment.greeting.officer', { name: to.officer });
  // Every letter to a numbered candidate names their number first: the one they find in published lists.
  const number =
    'candidate' in to && to.number ? [tr('recruitment.registrationNumber', { number: to.number })] : [];
  return composeEmail({
    subject,
    greeting,
    paragraphs: [...number, ...paragraphs],
    link,
    signature: tr('recruitment.signature'),
  });
}

interface Candidate {
  name: string;
  cycleTitle: string;
  /** The nomor peserta, in every letter once the application is confirmed. */
  registrationNumber?: string;
}
interface WithLink {
  link: string;
}
const toCandidate = (d: Candidate) => ({ candidate: d.name, number: d.registrationNumber });

export const applicationReceived: EmailTemplate<Candidate & WithLink & { formationTitle: string }> = (
  d,
  lang,
) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.applicationReceived.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.applicationReceived.body', { cycle: d.cycleTitle, formation: d.formationTitle }),
      tr('recruitment.applicationReceived.personal'),
    ],
    link: { label: tr('recruitment.link.status'), url: d.link },
  }));

/** The first email: the application becomes real only when the candidate opens this link. */
export const applicationConfirmation: EmailTemplate<
  Candidate & WithLink & { formationTitle: string; confirmBy: string }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.applicationConfirmation.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.applicationConfirmation.body', {
        cycle: d.cycleTitle,
        formation: d.formationTitle,
        at: at(d.confirmBy),
      }),
      tr('recruitment.applicationConfirmation.ignore'),
    ],
    link: { label: tr('recruitment.applicationConfirmation.link'), url: d.link },
  }));

/** A fresh personal link after the earlier ones were revoked. */
export const accessLinkRenewed: EmailTemplate<Candidate & WithLink> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.accessLinkRenewed.subject', { cycle: d.cycleTitle }),
    paragraphs: [tr('recruitment.accessLinkRenewed.body')],
    link: { label: tr('recruitment.link.status'), url: d.link },
  }));

/** `kind` (the cycle's) says what follows an MS; emails of workflows begun before it give the bare reason. */
export const screeningResult: EmailTemplate<
  Candidate & WithLink & { decision: 'MS' | 'TMS'; reason: string; kind?: CycleKind }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.screeningResult.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr(`recruitment.screeningResult.${d.decision}`),
      d.kind
        ? screeningExplanation({ decision: d.decision, reason: d.reason, kind: d.kind })[lang]
        : tr('recruitment.remark', { reason: d.reason }),
    ],
    link: { label: tr('recruitment.link.status'), url: d.link },
  }));

export const appealWindowOpened: EmailTemplate<
  Candidate & WithLink & { stage: AnnouncementStage; closesAt: string }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at, stage }) => ({
    subject: tr('recruitment.appealWindowOpened.subject', { cycle: d.cycleTitle, stage: stage(d.stage) }),
    paragraphs: [
      tr('recruitment.appealWindowOpened.body', { stage: stage(d.stage), at: at(d.closesAt) }),
      tr('recruitment.appealWindowOpened.rules'),
    ],
    link: { label: tr('recruitment.appealWindowOpened.link'), url: d.link },
  }));

export const appealReceived: EmailTemplate<Candidate & { stage: AnnouncementStage; answerBy: string }> = (
  d,
  lang,
) =>
  letter(lang, toCandidate(d), ({ tr, at, stage }) => ({
    subject: tr('recruitment.appealReceived.subject', { cycle: d.cycleTitle }),
    paragraphs: [tr('recruitment.appealReceived.body', { stage: stage(d.stage), at: at(d.answerBy) })],
  }));

export const appealDecision: EmailTemplate<
  Candidate & { stage: AnnouncementStage; accepted: boolean; reason: string }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, stage }) => ({
    subject: tr('recruitment.appealDecision.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr(d.accepted ? 'recruitment.appealDecision.accepted' : 'recruitment.appealDecision.rejected', {
        stage: stage(d.stage),
      }),
      tr('recruitment.reason', { reason: d.reason }),
    ],
  }));

export const skdSchedule: EmailTemplate<
  Candidate & { sessionCode: string; place: string; startsAt: string }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.skdSchedule.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.skdSchedule.body', { session: d.sessionCode, at: at(d.startsAt), place: d.place }),
      tr('recruitment.skdSchedule.bring'),
    ],
  }));

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
  return letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.skdResult.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.skdResult.scores', { scores, total: num(d.total, lang) }),
      d.passed
        ? tr('recruitment.skdResult.passed')
        : tr('recruitment.skdResult.failed', { reasons: d.reasons.join('; ') }),
      ...(d.facts ? [skdExplanation(d.facts)[lang]] : []),
    ],
  }));
};

export const skbAdvancement: EmailTemplate<
  Candidate & { formationTitle: string; advanced: boolean; rank: number; facts?: SkbCutFacts }
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.skbAdvancement.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr(d.advanced ? 'recruitment.skbAdvancement.advanced' : 'recruitment.skbAdvancement.notAdvanced', {
        rank: d.rank,
        formation: d.formationTitle,
      }),
      ...(d.facts ? [skbCutExplanation(d.facts)[lang]] : []),
    ],
  }));

/** The test whose absence leaves a finalist without a final score: the SKB (CPNS), the competency test (PPPK). */
export type LastTest = 'skb' | 'competency';

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
> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => {
    const formation = d.formationTitle;
    const score = (): string[] => {
      if (d.absentFrom) {
        const test = tr(`recruitment.finalResult.lastTest.${d.absentFrom}`);
        return [tr('recruitment.finalResult.absent', { test, formation })];
      }
      if (d.finalScore === undefined) return [];
      const shown = num(d.finalScore, lang);
      return [
        d.rank
          ? tr('recruitment.finalResult.scoreAndRank', { formation, score: shown, rank: d.rank })
          : tr('recruitment.finalResult.score', { formation, score: shown }),
      ];
    };
    return {
      subject: tr('recruitment.finalResult.subject', { cycle: d.cycleTitle }),
      paragraphs: [
        ...score(),
        ...(d.facts ? [finalExplanation(d.facts)[lang]] : []),
        tr(`recruitment.finalResult.${d.outcome}`),
      ],
    };
  });

type Deadline = Candidate & WithLink & { deadline: string };

export const documentWindowOpened: EmailTemplate<Deadline> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.documentWindowOpened.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.documents.request', { at: at(d.deadline) }),
      tr('recruitment.documentWindowOpened.warning'),
    ],
    link: { label: tr('recruitment.link.documents'), url: d.link },
  }));

export const documentReminder: EmailTemplate<Deadline> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.documentReminder.subject', { cycle: d.cycleTitle }),
    paragraphs: [tr('recruitment.documentReminder.body', { at: at(d.deadline) })],
    link: { label: tr('recruitment.link.documents'), url: d.link },
  }));

/** A passer (or a replacement) who let the document deadline pass: the pass is cancelled (RULES.md 1.6). */
export const documentDeadlineMissed: EmailTemplate<Deadline & { formationTitle: string }> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.documentDeadlineMissed.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.documentDeadlineMissed.body', { at: at(d.deadline), formation: d.formationTitle }),
      tr('recruitment.documentDeadlineMissed.cancelled'),
    ],
    link: { label: tr('recruitment.link.status'), url: d.link },
  }));

export const documentsVerification: EmailTemplate<Candidate & { accepted: boolean; reason?: string }> = (
  d,
  lang,
) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.documentsVerification.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr(
        d.accepted
          ? 'recruitment.documentsVerification.accepted'
          : 'recruitment.documentsVerification.rejected',
      ),
      ...(d.reason ? [tr('recruitment.remark', { reason: d.reason })] : []),
      ...(d.accepted ? [] : [tr('recruitment.documentsVerification.cancelled')]),
    ],
  }));

/** `banBudgetYears` is given when the candidate withdrew after passing (RULES.md 1.1, step 11). */
export const withdrawalConfirmed: EmailTemplate<Candidate & { banBudgetYears?: number }> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.withdrawalConfirmed.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.withdrawalConfirmed.body', { cycle: d.cycleTitle }),
      ...(d.banBudgetYears ? [tr('recruitment.withdrawalConfirmed.ban', { years: d.banBudgetYears })] : []),
    ],
  }));

export const replacementOffer: EmailTemplate<Deadline & { formationTitle: string }> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr, at }) => ({
    subject: tr('recruitment.replacementOffer.subject', { cycle: d.cycleTitle }),
    paragraphs: [
      tr('recruitment.replacementOffer.body', { formation: d.formationTitle }),
      tr('recruitment.documents.request', { at: at(d.deadline) }),
    ],
    link: { label: tr('recruitment.link.documents'), url: d.link },
  }));

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
const who = (d: ApplicationRef) => ({ who: `${d.candidateName} (${d.formationTitle})` });
/** And in the text, with the application's id: "Maria Fernandez, formasi …, lamaran CPNS-2026-…". */
const whose = (d: ApplicationRef, tr: Translate) =>
  tr('recruitment.whose', {
    candidate: d.candidateName,
    formation: d.formationTitle,
    application: d.applicationRef,
  });

export const appealAnswerReminder: EmailTemplate<AppealTask & { officerName: string }> = (d, lang) =>
  letter(lang, { officer: d.officerName }, ({ tr, at, stage }) => ({
    subject: tr('recruitment.appealAnswerReminder.subject', who(d)),
    paragraphs: [
      tr('recruitment.appealAnswerReminder.body', {
        stage: stage(d.stage),
        cycle: d.cycleTitle,
        whose: whose(d, tr),
        at: at(d.answerBy),
      }),
    ],
    link: { label: tr('recruitment.appealAnswerReminder.link'), url: d.link },
  }));

export const appealEscalation: EmailTemplate<AppealTask & { headName: string; officerName: string }> = (
  d,
  lang,
) =>
  letter(lang, { officer: d.headName }, ({ tr, at, stage }) => ({
    subject: tr('recruitment.appealEscalation.subject', who(d)),
    paragraphs: [
      tr('recruitment.appealEscalation.body', {
        stage: stage(d.stage),
        cycle: d.cycleTitle,
        whose: whose(d, tr),
        officer: d.officerName,
        at: at(d.answerBy),
      }),
      tr('recruitment.appealEscalation.assign'),
    ],
    link: { label: tr('recruitment.appealEscalation.link'), url: d.link },
  }));

/** HR's reminder that a candidate's submitted documents wait for verification. */
export const verificationReminder: EmailTemplate<VerificationTask & { officerName: string }> = (d, lang) =>
  letter(lang, { officer: d.officerName }, ({ tr, at }) => ({
    subject: tr('recruitment.verificationReminder.subject', who(d)),
    paragraphs: [
      tr('recruitment.verificationReminder.body', {
        cycle: d.cycleTitle,
        whose: whose(d, tr),
        at: at(d.verifyBy),
      }),
    ],
    link: { label: tr('recruitment.verificationReminder.link'), url: d.link },
  }));

export const verificationEscalation: EmailTemplate<
  VerificationTask & { headName: string; officerName: string }
> = (d, lang) =>
  letter(lang, { officer: d.headName }, ({ tr, at }) => ({
    subject: tr('recruitment.verificationEscalation.subject', who(d)),
    paragraphs: [
      tr('recruitment.verificationEscalation.body', {
        cycle: d.cycleTitle,
        whose: whose(d, tr),
        officer: d.officerName,
        at: at(d.verifyBy),
      }),
      tr('recruitment.verificationEscalation.assign'),
    ],
    link: { label: tr('recruitment.verificationEscalation.link'), url: d.link },
  }));

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
  letter(lang, { officer: d.officerName }, ({ tr, at }) => ({
    subject: tr(
      d.reminder ? 'recruitment.addressRefused.reminderSubject' : 'recruitment.addressRefused.subject',
      { application: d.applicationRef },
    ),
    paragraphs: [
      tr('recruitment.addressRefused.body', {
        cycle: d.cycleTitle,
        application: d.applicationRef,
        refusal: d.refusal,
      }),
      tr('recruitment.addressRefused.correct', { at: at(d.correctBy) }),
    ],
    link: { label: tr('recruitment.link.application'), url: d.link },
  }));

/** The head of HR's notice that a refused address was not corrected in time. */
export const addressCorrectionEscalation: EmailTemplate<AddressTask & { headName: string }> = (d, lang) =>
  letter(lang, { officer: d.headName }, ({ tr, at }) => ({
    subject: tr('recruitment.addressCorrectionEscalation.subject', { application: d.applicationRef }),
    paragraphs: [
      tr('recruitment.addressCorrectionEscalation.body', {
        cycle: d.cycleTitle,
        application: d.applicationRef,
        officer: d.officerName,
        at: at(d.correctBy),
      }),
    ],
    link: { label: tr('recruitment.link.application'), url: d.link },
  }));

export const appointment: EmailTemplate<Candidate & { formationTitle: string }> = (d, lang) =>
  letter(lang, toCandidate(d), ({ tr }) => ({
    subject: tr('recruitment.appointment.subject', { cycle: d.cycleTitle }),
    paragraphs: [tr('recruitment.appointment.body', { formation: d.formationTitle })],
  }));

/** Every recruitment template by name; the data type of each is `RecruitmentEmailData<name>`. */
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
