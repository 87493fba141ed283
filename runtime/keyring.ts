// AES-256-GCM under named keys, shared by the Temporal payload codec and the sealed fields of the read
// models. A key list (`id:base64key,…`) names every key that may still decrypt; the first one encrypts, so
// a rotation puts the new key in front and keeps the old ones behind it until nothing sealed under them is
// left. The layout iv ‖ ciphertext ‖ tag is the one of Temporal's encryption samples (WebCrypto's), so
// their codec servers and ours read each other's payloads.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export interface KeyRing {
  /** The key id that encrypts: the first of the list. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** A key that cannot decrypt: unknown id, tampered data or the wrong key. The message names no data. */
export class KeyRingError extends Error {}

/** Parses `id:base64key[,id:base64key…]`; throws a KeyRingError saying what is wrong (never the key). */
export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  const entries = spec.split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    const at = entry.indexOf(':');
    const id = at < 0 ? '' : entry.slice(0, at);
    if (!KEY_ID.test(id))
      throw new KeyRingError(
        `key ${i + 1}: expected <id>:<base64 key>, the id of 1 to 40 letters, digits, - or _`,
      );
    const key = Buffer.from(entry.slice(at + 1), 'base64');
    if (key.length !== KEY_BYTES)
      throw new KeyRingError(`key ${id}: must be ${KEY_BYTES} bytes in base64 (openssl rand -base64 32)`);
    if (keys.has(id)) throw new KeyRingError(`key ${id}: the id is given twice`);
    keys.set(id, key);
  });
  return { current: entries[0]!.slice(0, entries[0]!.indexOf(':')), keys };
}

/** A one-key list with a fresh random key, in the format parseKeyRing reads. */
export function newKeySpec(id: string): string {
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}

export function encrypt(ring: KeyRing, plain: Uint8Array): { keyId: string; data: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', ring.keys.get(ring.current)!, iv, {
    authTagLength: TAG_BYTES,
  });
  const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { keyId: ring.current, data };
}

export function decrypt(ring: KeyRing, keyId: string, data: Uint8Array): Buffer {
  const key = ring.keys.get(keyId);
  if (!key)
    throw new KeyRingError(
      `encrypted under key id "${keyId}", which is not among the configured keys (${[...ring.keys.keys()].join(', ')})`,
    );
  if (data.length < IV_BYTES + TAG_BYTES) throw new KeyRingError('the encrypted data is truncated');
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new KeyRingError(
      `the data encrypted under key id "${keyId}" fails authentication (tampered or wrong key)`,
    );
  }
}
