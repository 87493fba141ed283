// The one place environment variables are read. Every variable is parsed by one zod schema and has an
// embedded default that works with `npm start`'s local stack; a wrong value stops start-up naming it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { durationMs } from '../domain/time';
import { newKeySpec, parseKeyRing } from './keyring';
import { newSigningKeySpec, parseSigningRing } from './signing';
import { recruitmentRetentionBounds, defaultRecruitmentRetention } from '../domain/recruitment/retention';
import { durationWithin } from '../domain/time';

export const projectRoot = path.resolve(__dirname, '..');

const port = z.coerce.number().int().min(1).max(65535);
const duration = z.string().refine((v) => {
  try {
    return durationMs(v) > 0;
  } catch {
    return false;
  }
}, 'must be an ISO 8601 duration such as PT30S');

const keyList = z.string().refine((v) => {
  try {
    return parseKeyRing(v).keys.size > 0;
  } catch {
    return false;
  }
}, 'must be <id>:<base64 of 32 bytes>[,<id>:<base64>…], ids of letters, digits, - or _, each once');
const signingKeyList = z.string().refine((v) => {
  try {
    return parseSigningRing(v).keys.size > 0;
  } catch {
    return false;
  }
}, 'must be <id>:<base64 of an Ed25519 PKCS#8 key>[,<id>:<base64>…], ids of letters, digits, - or _, each once');
/** The public recruitment endpoints' limits: generous per client IP (one campus or internet café is many
 * applicants), strict per NIK and per email address (no one is flooded with mail, no NIK is probed). */
export const defaultRateLimits = {
  perIp: { limit: 3000, window: 'PT1M' },
  perApplicant: { limit: 5, window: 'PT1H' },
};
const count = z.coerce.number().int().positive();

/**
 * The agency that signs the printed announcements (domain/recruitment/announcement-layout.ts): BKPSDM Kota
 * Kupang. The head's name and NIP are placeholders until set: the real ones are the city's to give.
 */
export const defaultLetterhead = {
  government: 'PEMERINTAH KOTA KUPANG',
  agency: 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
  address: 'Jalan S.K. Lerik, Kelapa Lima, Kota Kupang, Nusa Tenggara Timur',
  place: 'Kupang',
  headName: 'NAMA KEPALA BKPSDM',
  headNip: '000000000000000000',
  numberFormat: '800/{cycle}/{stage}/BKPSDM/{year}',
};
const letterText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => !/\p{Cc}/u.test(v), 'must not contain control characters');

const envSchema = z.object({
  PORT: port.default(3000).describe('HTTP port of the API'),
  PUBLIC_URL: z.url().default('http://localhost:3000').describe('Base URL used in links sent by email'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233').describe('Temporal frontend host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default').describe('Temporal namespace'),
  TEMPORAL_TASK_QUEUE: z
    .string()
    .min(1)
    .default('sdm-flow')
    .describe('Task queue of workflows and activities'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI')
    .default('mongodb://127.0.0.1:27017/sdm-flow')
    .describe('MongoDB (or MongoDB-wire) connection string, with the database name'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .default('smtp://127.0.0.1:1025')
    .describe('SMTP relay for outgoing email'),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>')
    .describe('From address of every email'),
  HR_EMAIL: z
    .email()
    .default('bkpsdm@kupangkota.go.id')
    .describe('HR team mailbox: reminders of HR deadlines'),
  HR_HEAD_EMAIL: z
    .email()
    .default('kepala.bkpsdm@kupangkota.go.id')
    .describe('Head of HR: escalations of missed HR deadlines'),
  AUTH_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('HS256 key of bearer tokens; default: a random secret kept in DATA_DIR/auth-secret'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe("Signs the pages' session cookie; default: a random secret kept in DATA_DIR/session-secret"),
  APPLICANT_KEY_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'HMAC key turning a NIK into an applicant key; default: a random secret kept in DATA_DIR/applicant-key-secret',
    ),
  PAYLOAD_KEYS: keyList
    .optional()
    .describe(
      'AES-256-GCM keys of Temporal payloads, id:base64key,…; the first encrypts, all decrypt; default: a random key kept in DATA_DIR/payload-keys',
    ),
  DATA_KEYS: keyList
    .optional()
    .describe(
      'AES-256-GCM keys of personal fields at rest (NIK, email), id:base64key,…; the first encrypts, all decrypt; default: a random key kept in DATA_DIR/data-keys',
    ),
  AUDIT_KEYS: keyList
    .optional()
    .describe(
      'HMAC-SHA256 keys of the audit chain, id:base64key,…; the first keys new records, all verify; default: a random key kept in DATA_DIR/audit-keys',
    ),
  AUDIT_SIGNING_KEYS: signingKeyList
    .optional()
    .describe(
      'Ed25519 keys signing the audit checkpoints, id:base64 PKCS#8,…; the first signs, all verify; default: a random key kept in DATA_DIR/audit-signing-keys',
    ),
  RECRUITMENT_RETENTION: durationWithin(recruitmentRetentionBounds)
    .default(defaultRecruitmentRetention)
    .describe(
      "How long after a cycle closed its unsuccessful candidates' personal data may be erased or pseudonymised",
    ),
  TEMPORAL_UI_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, 'must be a comma-separated list of http(s) origins')
    .default('http://localhost:8233,http://127.0.0.1:8233')
    .describe('Origins of the Temporal Web UI allowed to call the codec endpoint (CORS)'),
  TEMPORAL_CLI_PATH: z
    .string()
    .min(1)
    .optional()
    .describe('npm start/test: a `temporal` CLI to run instead of the one in .tools/bin or PATH'),
  TEMPORAL_UI_PORT: port.default(8233).describe('npm start: port of the local Temporal web UI'),
  MAIL_UI_PORT: port.default(1080).describe('npm start: port of the captured-mail reader (JSON and HTML)'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('.data')
    .describe('Where the local stack and the default secrets keep their files'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must look like 100kb or 5mb')
    .default('5mb')
    .describe('Largest accepted request body'),
  SHUTDOWN_GRACE: duration.default('PT30S').describe('How long the worker and the API may drain on shutdown'),
  RATE_LIMIT_PER_IP: count
    .default(defaultRateLimits.perIp.limit)
    .describe(
      'Public recruitment requests (applying, public rankings) per client IP per RATE_LIMIT_IP_WINDOW',
    ),
  RATE_LIMIT_IP_WINDOW: duration
    .default(defaultRateLimits.perIp.window)
    .describe('Window of RATE_LIMIT_PER_IP'),
  RATE_LIMIT_PER_APPLICANT: count
    .default(defaultRateLimits.perApplicant.limit)
    .describe('Applications per NIK and per email address per RATE_LIMIT_APPLICANT_WINDOW'),
  RATE_LIMIT_APPLICANT_WINDOW: duration
    .default(defaultRateLimits.perApplicant.window)
    .describe('Window of RATE_LIMIT_PER_APPLICANT'),
  OIDC_ISSUER: z
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
    .optional()
    .describe(
      "Staff sign-in: the OpenID provider's issuer URL (e.g. a Keycloak realm); default: the embedded development provider at http://localhost:OIDC_PORT",
    ),
  OIDC_PORT: port
    .default(3001)
    .describe('Port of the embedded OpenID provider (when OIDC_ISSUER is not set)'),
  OIDC_CLIENT_ID: z
    .string()
    .regex(/^[\w.:-]{1,100}$/, 'must be 1-100 letters, digits, _ . : or -')
    .default('sdm-flow')
    .describe("The web pages' client id at the OpenID provider"),
  OIDC_CLIENT_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .max(500)
    .optional()
    .describe(
      "The web pages' client secret; required with OIDC_ISSUER; default (embedded provider): a random secret kept in DATA_DIR/oidc-client-secret",
    ),
  OIDC_AUDIENCE: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe("The aud the API's access tokens must carry; default: OIDC_CLIENT_ID"),
  OIDC_ROLES_CLAIM: z
    .string()
    .regex(/^[\w:-]+(\.[\w:-]+)*$/, 'must be a claim name, or a dotted path such as realm_access.roles')
    .max(200)
    .default('roles')
    .describe(
      'The token claim holding the roles (value hr for HR officers); a dotted path reads into objects',
    ),
  OIDC_NIP_CLAIM: z
    .string()
    .regex(/^[\w:-]+(\.[\w:-]+)*$/, 'must be a claim name, or a dotted path')
    .max(200)
    .default('nip')
    .describe("The token claim holding the staff member's NIP"),
  OIDC_DEV_PASSWORD: z
    .string()
    .min(12, 'must be at least 12 characters')
    .max(200)
    .optional()
    .describe(
      "The embedded provider's password of every development account; default: a random one kept in DATA_DIR/oidc-dev-password",
    ),
  OIDC_DEV_TOKEN_LIFETIME: durationWithin({
    min: 'PT1M',
    max: 'P1D',
    why: 'a development token lives a day at most',
  })
    .default('PT1H')
    .describe("Lifetime of the embedded provider's access tokens (PT1M-P1D)"),
  AGENCY_GOVERNMENT: letterText(200)
    .default(defaultLetterhead.government)
    .describe("Announcements' letterhead: the government the agency belongs to"),
  AGENCY_NAME: letterText(200)
    .default(defaultLetterhead.agency)
    .describe("Announcements' letterhead: the agency's name (its head signs as KEPALA <name>)"),
  AGENCY_ADDRESS: letterText(300)
    .default(defaultLetterhead.address)
    .describe("Announcements' letterhead: the agency's address"),
  AGENCY_PLACE: letterText(100)
    .default(defaultLetterhead.place)
    .describe('Where announcements are signed ("Kupang, 2 Desember 2026")'),
  AGENCY_HEAD_NAME: letterText(200)
    .default(defaultLetterhead.headName)
    .describe('The head of the agency who signs announcements (a placeholder until set)'),
  AGENCY_HEAD_NIP: z
    .string()
    .regex(/^\d{18}$/, 'must be an 18-digit NIP')
    .default(defaultLetterhead.headNip)
    .describe("The signing head's NIP (a placeholder until set)"),
  ANNOUNCEMENT_NUMBER: letterText(100)
    .refine((v) => v.includes('{cycle}') && v.includes('{stage}'), 'must contain {cycle} and {stage}')
    .default(defaultLetterhead.numberFormat)
    .describe("An announcement's number: {cycle}, {stage} (ADM, SKD, AKHIR) and {year} filled in"),
  TRUST_PROXY: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('Reverse proxies in front of the API whose X-Forwarded-For names the client (0: none)'),
});

export type Env = z.infer<typeof envSchema>;

type Defaulted =
  | 'AUTH_SECRET'
  | 'SESSION_SECRET'
  | 'APPLICANT_KEY_SECRET'
  | 'PAYLOAD_KEYS'
  | 'DATA_KEYS'
  | 'AUDIT_KEYS'
  | 'AUDIT_SIGNING_KEYS'
  | 'OIDC_ISSUER'
  | 'OIDC_CLIENT_SECRET'
  | 'OIDC_AUDIENCE'
  | 'OIDC_DEV_PASSWORD';

export interface Config extends Omit<Env, Defaulted> {
  AUTH_SECRET: string;
  SESSION_SECRET: string;
  APPLICANT_KEY_SECRET: string;
  PAYLOAD_KEYS: string;
  DATA_KEYS: string;
  AUDIT_KEYS: string;
  AUDIT_SIGNING_KEYS: string;
  /** The issuer of staff tokens: OIDC_ISSUER, or the embedded provider's. */
  OIDC_ISSUER: string;
  OIDC_CLIENT_SECRET: string;
  OIDC_AUDIENCE: string;
  /** The embedded provider's development password ('' with OIDC_ISSUER). */
  OIDC_DEV_PASSWORD: string;
  /** No OIDC_ISSUER: the API runs the embedded development provider (api/oidc/provider.ts). */
  oidcEmbedded: boolean;
  dataDir: string;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(projectRoot, e.DATA_DIR);
  const oidcEmbedded = !e.OIDC_ISSUER;
  if (!oidcEmbedded && !e.OIDC_CLIENT_SECRET)
    throw new ConfigError(
      'Invalid configuration:\n  OIDC_CLIENT_SECRET: required with OIDC_ISSUER (the client secret the provider issued)',
    );
  return {
    ...e,
    dataDir,
    AUTH_SECRET: e.AUTH_SECRET ?? persistentSecret(dataDir, 'auth-secret'),
    SESSION_SECRET: e.SESSION_SECRET ?? persistentSecret(dataDir, 'session-secret'),
    APPLICANT_KEY_SECRET: e.APPLICANT_KEY_SECRET ?? persistentSecret(dataDir, 'applicant-key-secret'),
    PAYLOAD_KEYS: e.PAYLOAD_KEYS ?? persistentSecret(dataDir, 'payload-keys', () => newKeySpec('local')),
    DATA_KEYS: e.DATA_KEYS ?? persistentSecret(dataDir, 'data-keys', () => newKeySpec('local')),
    AUDIT_KEYS: e.AUDIT_KEYS ?? persistentSecret(dataDir, 'audit-keys', () => newKeySpec('local')),
    AUDIT_SIGNING_KEYS:
      e.AUDIT_SIGNING_KEYS ??
      persistentSecret(dataDir, 'audit-signing-keys', () => newSigningKeySpec('local')),
    oidcEmbedded,
    OIDC_ISSUER: e.OIDC_ISSUER ?? `http://localhost:${e.OIDC_PORT}`,
    OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET ?? persistentSecret(dataDir, 'oidc-client-secret'),
    OIDC_AUDIENCE: e.OIDC_AUDIENCE ?? e.OIDC_CLIENT_ID,
    OIDC_DEV_PASSWORD: oidcEmbedded
      ? // 16 characters: typed by hand at the sign-in page.
        (e.OIDC_DEV_PASSWORD ??
        persistentSecret(dataDir, 'oidc-dev-password', () => randomBytes(12).toString('base64url')))
      : '',
  };
}

/** A random secret created once under the data directory, so tokens and encrypted data survive restarts. */
function persistentSecret(
  dataDir: string,
  name: string,
  make = () => randomBytes(32).toString('base64url'),
): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = make();
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}

/** The variables, their defaults and descriptions, for the README table and `--help`. */
export function describeConfig(): { name: string; default: string; description: string }[] {
  return Object.entries(envSchema.shape).map(([name, schema]) => {
    const s = schema as z.ZodType;
    let def = '';
    if (s instanceof z.ZodDefault) def = String((s as z.ZodDefault<z.ZodType>).def.defaultValue);
    return { name, default: def, description: s.description ?? '' };
  });
}
