// The one way sdm-flow sends email. The message is rendered and stored in the outbox under its
// idempotency key before it is sent; a retry (or a replayed workflow) finds it sent and does nothing.
// A transient SMTP failure throws, and Temporal retries the activity with backoff; a permanent refusal
// (a 5xx reply to the recipient or the message) would be refused again on every retry, so the row is
// marked failed and the activity returns that, for the workflow to decide what follows. The row is
// inserted once and updated once (sent or failed), each by `_id` alone, which FerretDB answers without
// reading the collection. The recipient, the subject and the body rest sealed (they hold an address and a name), and a
// candidate's personal link rests without its token, which the send step signs and puts in.
import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type { Models } from '../db/connection';
import type { FieldCrypto } from '../runtime/field-crypto';
import { emailTemplates, type TemplateData, type TemplateName } from '../domain/email/templates';
import type { Language } from '../domain/language';
import type { Logger } from '../runtime/logger';
import { maskEmail } from '../runtime/logger';
import { isPermanentRefusal } from './smtp-refusal';

/** An SMTP reply may quote the recipient's address: mask it like any other. */
const masked = (message: string) => message.replace(/[^\s<>"]+@[^\s<>"]+/g, maskEmail);

export interface SendEmailInput<N extends TemplateName = TemplateName> {
  /** `<workflowId>/<step>`: the same key is never mailed twice. */
  key: string;
  to: string;
  template: N;
  data: TemplateData<N>;
  language?: Language;
  /**
   * A link the activity puts in `data.link`: the candidate's personal link or a path under PUBLIC_URL. The
   * personal link's access token is signed at send time and put in the message then, so that no token
   * ever enters a workflow history or the outbox.
   */
  link?: { candidate: string } | { path: string };
}

export type SendEmailResult =
  | { status: 'sent' | 'already-sent' }
  /** The SMTP server refused this message for good; `reason` is its reply, addresses masked. */
  | { status: 'failed'; reason: string };

export interface EmailDeps {
  models: Models;
  mailer: Transporter;
  from: string;
  logger: Logger;
  publicUrl: string;
  /** Signs a candidate's access token for their personal link (under the link version of that moment). */
  candidateToken(applicationId: string): Promise<string>;
  /** Seals the recipient, the subject and the body at rest: they hold an address and names. */
  fields: FieldCrypto;
}

/**
 * Where the outbox keeps the place of a personal link's token: the stored message has this instead of a
 * token, and the send step puts a freshly signed one there.
 */
export const TOKEN_SLOT = 'SDM-LINK-TOKEN';

/** A stable Message-ID per key, so that even a mail server can tell a duplicate apart. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@sdm-flow>`;
}

export function createEmailActivities({
  models,
  mailer,
  from,
  logger,
  publicUrl,
  candidateToken,
  fields,
}: EmailDeps) {
  function resolveLink(link: SendEmailInput['link']): string | undefined {
    if (!link) return undefined;
    if ('path' in link) return new URL(link.path, publicUrl).toString();
    // The candidate pages exchange the token for a session and take it out of the address bar
    // (web/candidate/routes.tsx); the token names its application.
    return `${new URL('/candidate/link', publicUrl)}?t=${TOKEN_SLOT}`;
  }

  /** The stored message, opened, with a fresh token in its personal link if it has one. */
  async function opened(msg: {
    to: string;
    subject: string;
    text: string;
    html: string;
    linkFor?: string | null;
  }) {
    const token = msg.linkFor ? await candidateToken(msg.linkFor) : undefined;
    const withToken = (body: string) => (token ? body.replaceAll(TOKEN_SLOT, token) : body);
    return {
      to: fields.open(msg.to),
      subject: fields.open(msg.subject),
      text: withToken(fields.open(msg.text)),
      html: withToken(fields.open(msg.html)),
    };
  }

  /** Renders the message and stores it; an attempt that finds it stored by a concurrent one uses that. */
  async function store(input: SendEmailInput) {
    const language = input.language ?? 'id';
    const render = emailTemplates[input.template] as (
      d: unknown,
      l: Language,
    ) => { subject: string; text: string; html: string };
    if (!render) throw new Error(`unknown email template ${input.template}`);
    const link = resolveLink(input.link);
    const { subject, text, html } = render(link ? { ...input.data, link } : input.data, language);
    const row = {
      _id: input.key,
      template: input.template,
      language,
      to: fields.seal(input.to),
      subject: fields.seal(subject),
      text: fields.seal(text),
      html: fields.seal(html),
      linkFor: input.link && 'candidate' in input.link ? input.link.candidate : undefined,
    };
    try {
      // An insert, not an upsert: FerretDB answers an upsert that finds nothing by reading the collection.
      await models.outbox.create([{ ...row, status: 'pending' }]);
      return { ...row, status: 'pending' as const };
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      return (await models.outbox.findById(input.key).lean())!;
    }
  }

  return {
    async sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
      // Stored by an earlier attempt: send exactly what was stored (with a token signed now); do not render again.
      const msg = (await models.outbox.findById(input.key).lean()) ?? (await store(input));
      if (msg.status === 'sent') return { status: 'already-sent' };
      if (msg.status === 'failed') return { status: 'failed', reason: msg.failure ?? '' };
      const { attempt } = Context.current().info;
      const { to, subject, text, html } = await opened(msg);
      try {
        const info = await mailer.sendMail({
          from,
          to,
          subject,
          text,
          html,
          messageId: messageIdFor(input.key),
        });
        await models.outbox.updateOne(
          { _id: input.key },
          { $set: { status: 'sent', sentAt: new Date(), smtpMessageId: info.messageId, attempt } },
        );
        logger.info({ key: input.key, template: input.template, to: maskEmail(to) }, 'email sent');
        return { status: 'sent' };
      } catch (err) {
        const error = masked((err as Error).message);
        if (isPermanentRefusal(err)) {
          await models.outbox.updateOne(
            { _id: input.key },
            { $set: { status: 'failed', failedAt: new Date(), failure: error, attempt } },
          );
          logger.warn({ key: input.key, template: input.template, attempt, error }, 'email refused');
          return { status: 'failed', reason: error };
        }
        // Temporal retries the activity with backoff and shows this failure on the pending activity.
        logger.warn({ key: input.key, attempt, error }, 'email not sent yet');
        throw err;
      }
    },
  };
}
