// What HR hears from a recruitment cycle itself: a summary at each phase change, with the audit trail's
// signed checkpoint of that moment (as the appraisal year's summaries carry theirs).
import { checkpointParagraphs, type AuditCheckpoint } from '../audit-checkpoint';
import { composeEmail, type EmailTemplate } from '../email/content';
import { t } from '../language';

export const cyclePhaseSummary: EmailTemplate<{
  recipientName: string;
  code: string;
  title: string;
  phase: string;
  reason: string;
  checkpoint: AuditCheckpoint;
}> = (d, lang) =>
  composeEmail({
    subject: t(lang, {
      id: `Seleksi ${d.code}: tahap ${d.phase}`,
      en: `Selection ${d.code}: ${d.phase} phase`,
    }),
    greeting: t(lang, { id: `Yth. ${d.recipientName},`, en: `Dear ${d.recipientName},` }),
    paragraphs: [
      t(lang, {
        id: `${d.title} memasuki tahap ${d.phase} (${d.reason}).`,
        en: `${d.title} enters the ${d.phase} phase (${d.reason}).`,
      }),
      ...checkpointParagraphs(d.checkpoint, lang),
    ],
    signature: t(lang, {
      id: 'Hormat kami,\nsdm-flow, BKPSDM Kota Kupang',
      en: 'Yours faithfully,\nsdm-flow, BKPSDM Kota Kupang',
    }),
  });

export const cycleEmails = { cyclePhaseSummary };
