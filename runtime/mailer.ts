// The SMTP transport (nodemailer), from SMTP_URL. Pooled, so a burst of notifications reuses connections.
// Its timeouts (unless SMTP_URL sets them) end a stuck send well inside the email activity's 30-second
// start-to-close timeout: an attempt fails and is retried, rather than outliving its own timeout and
// delivering while the retry delivers too.
import nodemailer, { type Transporter } from 'nodemailer';

const defaults = {
  pool: 'true',
  connectionTimeout: '10000',
  greetingTimeout: '10000',
  socketTimeout: '15000',
};

export function createMailer(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  for (const [k, v] of Object.entries(defaults)) if (!url.searchParams.has(k)) url.searchParams.set(k, v);
  return nodemailer.createTransport(url.toString());
}
