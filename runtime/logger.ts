// Structured JSON logs (pino). Personal data never reaches a log line in full: known personal fields are
// masked wherever they appear, and `mask*` helpers let callers log a recognisable fragment on purpose.
import pino, { type Logger } from 'pino';

export type { Logger };

const PERSONAL_KEYS = ['nik', 'nip', 'email', 'birthDate', 'to', 'authorization', 'accessToken', 'token'];

/** 3201********0001 — first 4 and last 4 digits of a NIK/NIP. */
export function maskId(id: string): string {
  return id.length <= 8
    ? '*'.repeat(id.length)
    : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** a***@example.go.id */
export function maskEmail(email: string): string {
  const [user, domain] = email.split('@');
  return domain ? `${user!.slice(0, 1)}***@${domain}` : '***';
}

function maskValue(value: unknown, key: string): unknown {
  if (typeof value !== 'string')
    return Array.isArray(value) ? value.map((v) => maskValue(v, key)) : '[redacted]';
  if (key === 'email' || key === 'to') return maskEmail(value);
  if (key === 'nik' || key === 'nip') return maskId(value);
  return '[redacted]';
}

const paths = PERSONAL_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `req.headers.${k}`]);

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'sdm-flow' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths, censor: (value, path) => maskValue(value, String(path[path.length - 1])) },
    },
    destination,
  );
}
