// Personal fields sealed where they rest (UU 27/2022): a NIK or an email is stored as
// `v1:<key id>:<base64url of iv ‖ ciphertext ‖ tag>` under DATA_KEYS, so a copy of the database shows none
// of them. Only fields that no query filters or sorts on are sealed (the applicant key, an HMAC of the
// NIK, serves lookups); commands open them for the people who may see them.
import { decrypt, encrypt, KeyRingError, type KeyRing } from './keyring';

export interface FieldCrypto {
  seal(value: string): string;
  /** Throws a KeyRingError for anything that is not a value sealed under one of the keys. */
  open(sealed: string): string;
  /** A file's bytes sealed the same way (iv ‖ ciphertext ‖ tag), with the key id kept beside them. */
  sealBytes(plain: Uint8Array): { keyId: string; data: Buffer };
  openBytes(keyId: string, data: Uint8Array): Buffer;
}

const SEALED = /^v1:([A-Za-z0-9_-]{1,40}):([A-Za-z0-9_-]+)$/;

export function fieldCrypto(ring: KeyRing): FieldCrypto {
  return {
    seal(value) {
      const { keyId, data } = encrypt(ring, Buffer.from(value, 'utf8'));
      return `v1:${keyId}:${data.toString('base64url')}`;
    },
    open(sealed) {
      const m = SEALED.exec(sealed);
      if (!m) throw new KeyRingError('not a sealed value');
      return decrypt(ring, m[1]!, Buffer.from(m[2]!, 'base64url')).toString('utf8');
    },
    sealBytes: (plain) => encrypt(ring, plain),
    openBytes: (keyId, data) => decrypt(ring, keyId, data),
  };
}
