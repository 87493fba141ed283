// What HR hears from a recruitment cycle itself: a summary at each phase change, with the audit trail's
// signed checkpoint of that moment (as the appraisal year's summaries carry theirs).
import { checkpointParagraphs, type AuditCheckpoint } from '../audit-checkpoint';
import { composeEmail, type EmailTemplate } from '../email/content';
import { translator } from '../messages';

export const cyclePhaseSummary: EmailTemplate<{
  recipientName: string;
  code: string;
  title: string;
  phase: string;
  reason: string;
  checkpoint: AuditCheckpoint;
}> = (d, lang) => {
  const tr = translator(lang);
  return composeEmail({
    subject: tr('recruitment.cyclePhaseSummary.subject', { code: d.code, phase: d.phase }),
    greeting: tr('recruitment.cyclePhaseSummary.greeting', { name: d.recipientName }),
    paragraphs: [
      tr('recruitment.cyclePhaseSummary.body', { title: d.title, phase: d.phase, reason: d.reason }),
      ...checkpointParagraphs(d.checkpoint, lang),
    ],
    signature: tr('recruitment.cyclePhaseSummary.signature'),
  });
};

export const cycleEmails = { cyclePhaseSummary };
