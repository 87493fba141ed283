// The Temporal payload codec: every payload a client or worker sends (workflow and activity inputs and
// results, Update arguments, query answers) is stored by the Temporal server encrypted, so that a history
// read without PAYLOAD_KEYS shows no name, email or NIK. As in Temporal's encryption samples, the whole
// payload (metadata included, protobuf-encoded as the Go and Python samples do) is encrypted and carried
// under `encoding: binary/encrypted` with its key id.
// Codecs run outside the workflow sandbox (on the client and around the worker), where Node's crypto is.
import { METADATA_ENCODING_KEY, ValueError, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { decrypt, encrypt, KeyRingError, type KeyRing } from './keyring';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const METADATA_ENCRYPTION_KEY_ID = 'encryption-key-id';

const text = (bytes: Uint8Array | null | undefined) =>
  bytes ? Buffer.from(bytes).toString('utf8') : undefined;

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly ring: KeyRing) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const { keyId, data } = encrypt(this.ring, temporal.api.common.v1.Payload.encode(payload).finish());
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
          [METADATA_ENCRYPTION_KEY_ID]: Buffer.from(keyId),
        },
        data,
      };
    });
  }

  /** Payloads not encrypted (histories from before the codec, clients without it) pass through. */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
      const keyId = text(payload.metadata?.[METADATA_ENCRYPTION_KEY_ID]);
      if (!keyId) throw new ValueError('an encrypted payload without its encryption-key-id');
      if (!payload.data) throw new ValueError('an encrypted payload without data');
      try {
        return temporal.api.common.v1.Payload.decode(decrypt(this.ring, keyId, payload.data));
      } catch (err) {
        if (err instanceof KeyRingError) throw new ValueError(`cannot decrypt a payload: ${err.message}`);
        throw err;
      }
    });
  }
}
