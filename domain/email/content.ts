// What every email template returns, and the helpers that keep the HTML and text bodies in step.
import type { Language } from '../language';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** A template is a pure function of its data and the recipient's language. */
export type EmailTemplate<D> = (data: D, lang: Language) => EmailContent;

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Builds an email from a greeting line, paragraphs and an optional link, so that every template has the
 * same shape in text and HTML and no template writes markup by hand.
 */
export function composeEmail(parts: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  link?: { label: string; url: string };
  signature: string;
}): EmailContent {
  const { subject, greeting, paragraphs, link, signature } = parts;
  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...(link ? [`${link.label}: ${link.url}`, ''] : []),
    signature,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p>${escapeHtml(signature).replace(/\n/g, '<br>')}</p>`,
  ].join('\n');
  return { subject, text, html };
}
