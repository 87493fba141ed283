// Ed25519 signatures of the audit trail's checkpoints. A key list (`id:base64 PKCS#8 DER,…`, the format of
// the other key lists) names every key whose checkpoints still verify; the first one signs, so a rotation
// puts the new key in front. The public keys are published with the checkpoints, so that anyone can check
// a checkpoint without the secret; the database holds neither the private nor the trusted public keys.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { KeyRingError } from './keyring';

const KEY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export interface SigningRing {
  /** The key id that signs: the first of the list. */
  current: string;
  keys: ReadonlyMap<string, { privateKey: KeyObject; publicKey: KeyObject }>;
}

/** Parses `id:base64 PKCS#8 DER[,…]` of Ed25519 keys; throws a KeyRingError saying what is wrong. */
export function parseSigningRing(spec: string): SigningRing {
  const keys = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();
  const entries = spec.split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    const at = entry.indexOf(':');
    const id = at < 0 ? '' : entry.slice(0, at);
    if (!KEY_ID.test(id))
      throw new KeyRingError(
        `key ${i + 1}: expected <id>:<base64 PKCS#8 key>, the id of 1 to 40 letters, digits, - or _`,
      );
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey({
        key: Buffer.from(entry.slice(at + 1), 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
    } catch {
      throw new KeyRingError(`key ${id}: not a PKCS#8 private key in base64`);
    }
    if (privateKey.asymmetricKeyType !== 'ed25519')
      throw new KeyRingError(
        `key ${id}: must be an Ed25519 key (openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)`,
      );
    if (keys.has(id)) throw new KeyRingError(`key ${id}: the id is given twice`);
    keys.set(id, { privateKey, publicKey: createPublicKey(privateKey) });
  });
  return { current: entries[0]!.slice(0, entries[0]!.indexOf(':')), keys };
}

/** A one-key list with a fresh Ed25519 key, in the format parseSigningRing reads. */
export function newSigningKeySpec(id: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return `${id}:${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`;
}

export function signWith(ring: SigningRing, message: string): { keyId: string; signature: string } {
  const key = ring.keys.get(ring.current)!;
  return {
    keyId: ring.current,
    signature: sign(null, Buffer.from(message), key.privateKey).toString('base64'),
  };
}

/** Whether `signature` is `message` signed by the key named `keyId`; undefined when that key is not listed. */
export function verifiedBy(
  ring: SigningRing,
  keyId: string,
  message: string,
  signature: string,
): boolean | undefined {
  const key = ring.keys.get(keyId);
  if (!key) return undefined;
  return verify(null, Buffer.from(message), key.publicKey, Buffer.from(signature, 'base64'));
}

/** The public keys, as PEM, for anyone to check the checkpoints with. */
export function publicKeysOf(ring: SigningRing): { keyId: string; algorithm: 'Ed25519'; pem: string }[] {
  return [...ring.keys].map(([keyId, k]) => ({
    keyId,
    algorithm: 'Ed25519' as const,
    pem: k.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  }));
}
