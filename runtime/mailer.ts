// The SMTP transport (nodemailer), from SMTP_URL. Pooled, so a burst of notifications reuses connections.
import nodemailer, { type Transporter } from 'nodemailer';

export function createMailer(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  return nodemailer.createTransport(url.toString());
}
