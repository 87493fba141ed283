// The embedded provider's keys, made once and kept under DATA_DIR (like the other default secrets), so
// that its tokens and sign-in cookies survive a restart: an RSA signing key (RS256, which ID tokens use
// by default) and a cookie-signing key.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ProviderKeys {
  signing: Record<string, unknown>;
  cookies: string[];
}

export function newProviderKeys(): ProviderKeys {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    signing: { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' },
    cookies: [randomBytes(32).toString('base64url')],
  };
}

export function persistentProviderKeys(dataDir: string): ProviderKeys {
  const file = path.join(dataDir, 'oidc-provider-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ProviderKeys;
  mkdirSync(dataDir, { recursive: true });
  const keys = newProviderKeys();
  writeFileSync(file, JSON.stringify(keys) + '\n', { mode: 0o600, flag: 'wx' });
  return keys;
}
