// The registry of every email template, by name. Processes name a template and give its data; the
// outbox activity renders it. Each process adds its templates to this one table.
import { appraisalEmails } from '../appraisal/emails';
import { awardEmails } from '../appraisal/award-emails';
import { attendanceEmails } from '../attendance/emails';
import { cycleEmails } from '../recruitment/cycle-emails';
import { recruitmentEmails } from '../recruitment/emails';
import { trainingEmails } from '../training/emails';
import type { EmailTemplate } from './content';

export const emailTemplates = {
  ...recruitmentEmails,
  ...cycleEmails,
  ...appraisalEmails,
  ...awardEmails,
  ...attendanceEmails,
  ...trainingEmails,
} satisfies Record<string, EmailTemplate<never>>;

export type TemplateName = keyof typeof emailTemplates;
export type TemplateData<N extends TemplateName> = Parameters<(typeof emailTemplates)[N]>[0];
