// The configuration: embedded defaults for npm start, and a refusal that names each wrong variable.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, describeConfig, loadConfig } from '../../../runtime/config';
import { maskEmail, maskId } from '../../../runtime/logger';
import { parseSigningRing } from '../../../runtime/signing';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-config-'));

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const c = loadConfig({ DATA_DIR: dataDir() });
    expect(c).toMatchObject({
      PORT: 3000,
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/sdm-flow',
      SMTP_URL: 'smtp://127.0.0.1:1025',
      TEMPORAL_TASK_QUEUE: 'sdm-flow',
    });
    expect(c.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated secret across restarts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).AUTH_SECRET).toBe(loadConfig({ DATA_DIR: dir }).AUTH_SECRET);
  });

  it('generates one payload key and one data key, kept across restarts, so encrypted data stays readable', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.PAYLOAD_KEYS).toMatch(/^local:[A-Za-z0-9+/]{43}=$/);
    expect(first.DATA_KEYS).toMatch(/^local:[A-Za-z0-9+/]{43}=$/);
    expect(first.DATA_KEYS).not.toBe(first.PAYLOAD_KEYS);
    expect(loadConfig({ DATA_DIR: dir })).toMatchObject({
      PAYLOAD_KEYS: first.PAYLOAD_KEYS,
      DATA_KEYS: first.DATA_KEYS,
    });
  });

  it('generates an audit HMAC key and an Ed25519 signing key, kept across restarts', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.AUDIT_KEYS).toMatch(/^local:[A-Za-z0-9+/]{43}=$/);
    expect(parseSigningRing(first.AUDIT_SIGNING_KEYS).current).toBe('local');
    expect(loadConfig({ DATA_DIR: dir })).toMatchObject({
      AUDIT_KEYS: first.AUDIT_KEYS,
      AUDIT_SIGNING_KEYS: first.AUDIT_SIGNING_KEYS,
    });
  });

  it('keeps recruitment data two years by default and refuses a retention outside its bounds', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).RECRUITMENT_RETENTION).toBe('P730D');
    expect(() => loadConfig({ DATA_DIR: dataDir(), RECRUITMENT_RETENTION: 'P4000D' })).toThrow(
      /RECRUITMENT_RETENTION: must be between PT1S and P3650D/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), AUDIT_SIGNING_KEYS: `k1:${'A'.repeat(40)}` })).toThrow(
      /AUDIT_SIGNING_KEYS: must be <id>:<base64 of an Ed25519 PKCS#8 key>/,
    );
  });

  it('signs staff in through the embedded provider by default, its password and client secret kept', () => {
    const dir = dataDir();
    const c = loadConfig({ DATA_DIR: dir });
    expect(c).toMatchObject({
      oidcEmbedded: true,
      OIDC_ISSUER: 'http://localhost:3001',
      OIDC_CLIENT_ID: 'sdm-flow',
      OIDC_AUDIENCE: 'sdm-flow',
      OIDC_ROLES_CLAIM: 'roles',
      OIDC_NIP_CLAIM: 'nip',
      OIDC_DEV_TOKEN_LIFETIME: 'PT1H',
    });
    expect(c.OIDC_DEV_PASSWORD.length).toBeGreaterThanOrEqual(12);
    const again = loadConfig({ DATA_DIR: dir });
    expect([again.OIDC_DEV_PASSWORD, again.OIDC_CLIENT_SECRET]).toEqual([
      c.OIDC_DEV_PASSWORD,
      c.OIDC_CLIENT_SECRET,
    ]);
  });

  it('uses a real provider with OIDC_ISSUER, which needs the client secret it issued', () => {
    const issuer = 'https://sso.kupangkota.go.id/realms/kupang';
    expect(() => loadConfig({ DATA_DIR: dataDir(), OIDC_ISSUER: issuer })).toThrow(
      /OIDC_CLIENT_SECRET: required with OIDC_ISSUER/,
    );
    const c = loadConfig({
      DATA_DIR: dataDir(),
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_SECRET: 's'.repeat(32),
      OIDC_ROLES_CLAIM: 'realm_access.roles',
    });
    expect(c).toMatchObject({ oidcEmbedded: false, OIDC_ISSUER: issuer, OIDC_DEV_PASSWORD: '' });
    expect(() => loadConfig({ DATA_DIR: dataDir(), OIDC_ROLES_CLAIM: 'a..b' })).toThrow(/OIDC_ROLES_CLAIM/);
  });

  it('names every wrong variable and why', () => {
    let error: unknown;
    try {
      loadConfig({
        DATA_DIR: dataDir(),
        PORT: 'eighty',
        MONGODB_URI: 'postgres://db/x',
        AUTH_SECRET: 'short',
        PAYLOAD_KEYS: 'k1:dG9vIHNob3J0',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT:');
    expect(message).toContain('MONGODB_URI: must be a mongodb:// or mongodb+srv:// URI');
    expect(message).toContain('AUTH_SECRET: must be at least 32 characters');
    expect(message).toContain('PAYLOAD_KEYS: must be <id>:<base64 of 32 bytes>');
    expect(message).not.toContain('dG9vIHNob3J0'); // a key is never printed
  });
});

describe('personal data in logs', () => {
  it('keeps only the first and last four digits of a NIK', () => {
    expect(maskId('5371014501900001')).toBe('5371********0001');
  });

  it('keeps only the first letter and the domain of an email', () => {
    expect(maskEmail('maria.fernandez@gmail.com')).toBe('m***@gmail.com');
  });
});

describe('the README', () => {
  it('lists every configuration variable', () => {
    const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const missing = describeConfig().filter(
      (v) => !new RegExp(`^\\|\\s*\`${v.name}\`\\s*\\|`, 'm').test(readme),
    );
    expect(missing.map((v) => v.name)).toEqual([]);
  });
});
