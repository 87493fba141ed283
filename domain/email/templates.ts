// The registry of every email template, by name. Processes name a template and give its data; the
// outbox activity renders it. Each process adds its templates to this one table.
import type { EmailTemplate } from './content';
import { platformEmails } from './platform-emails';

export const emailTemplates = {
  ...platformEmails,
} satisfies Record<string, EmailTemplate<never>>;

export type TemplateName = keyof typeof emailTemplates;
export type TemplateData<N extends TemplateName> = Parameters<(typeof emailTemplates)[N]>[0];
