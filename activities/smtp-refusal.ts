// Which SMTP failures are permanent for one message. A 5xx reply to RCPT TO or DATA (a malformed or
// unknown address, a refused message) comes again on every retry, so retrying it blocks its workflow for
// ever. A 5xx to AUTH or MAIL FROM refuses our credentials or our sender, which is the operator's to fix
// for every message alike, so it stays retried like a 4xx reply, a lost connection or a timeout.
interface SmtpError {
  responseCode?: unknown;
  command?: unknown;
  code?: unknown;
}

export function isPermanentRefusal(err: unknown): boolean {
  const { responseCode, command, code } = (err ?? {}) as SmtpError;
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return false;
  if (code === 'EAUTH' || (typeof command === 'string' && /^(AUTH|MAIL FROM)/i.test(command))) return false;
  return true;
}
