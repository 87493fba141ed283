// The payload codec: what the Temporal server stores is encrypted under the newest key, every configured
// key still decrypts, and a payload that cannot be trusted is refused rather than handed on.
import { defaultPayloadConverter, ValueError, type Payload } from '@temporalio/common';
import { newKeySpec, parseKeyRing } from '../../../runtime/keyring';
import { EncryptionCodec } from '../../../runtime/payload-codec';

const oldKey = newKeySpec('2026-06');
const newKey = newKeySpec('2026-12');
const candidate = { name: 'Maria Fernandez', email: 'maria@example.com', nik: '5371014501960001' };
const plain = () => defaultPayloadConverter.toPayload(candidate);
const text = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString('utf8');
const codec = (spec: string) => new EncryptionCodec(parseKeyRing(spec));

describe('the payload codec', () => {
  it('gives back the payload it encrypted, metadata included', async () => {
    const c = codec(newKey);
    const [decoded] = await c.decode(await c.encode([plain()]));
    expect(text(decoded!.metadata!.encoding)).toBe('json/plain');
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual(candidate);
  });

  it('stores neither the data nor its encoding in clear, under binary/encrypted and the key id', async () => {
    const [encoded] = await codec(newKey).encode([plain()]);
    expect(text(encoded!.metadata!.encoding)).toBe('binary/encrypted');
    expect(text(encoded!.metadata!['encryption-key-id'])).toBe('2026-12');
    for (const clear of [...Object.values(candidate), 'json/plain'])
      expect(text(encoded!.data)).not.toContain(clear);
  });

  it('encrypts under the first key and still decrypts what an older key encrypted', async () => {
    const before = await codec(oldKey).encode([plain()]);
    const rotated = codec(`${newKey},${oldKey}`);
    expect(defaultPayloadConverter.fromPayload((await rotated.decode(before))[0]!)).toEqual(candidate);
    const [after] = await rotated.encode([plain()]);
    expect(text(after!.metadata!['encryption-key-id'])).toBe('2026-12');
  });

  it('passes a payload that was never encrypted through untouched', async () => {
    const payload = plain();
    expect(await codec(newKey).decode([payload])).toEqual([payload]);
  });

  it('refuses a tampered ciphertext', async () => {
    const c = codec(newKey);
    const [encoded] = await c.encode([plain()]);
    const data = Buffer.from(encoded!.data!);
    data[20]! ^= 1;
    await expect(c.decode([{ ...encoded, data }])).rejects.toThrow(/fails authentication/);
  });

  it('refuses a payload under a key id it does not have, naming the id and the ones it has', async () => {
    const [encoded] = await codec(oldKey).encode([plain()]);
    const refusal = codec(newKey).decode([encoded as Payload]);
    await expect(refusal).rejects.toBeInstanceOf(ValueError);
    await expect(codec(newKey).decode([encoded as Payload])).rejects.toThrow(
      'key id "2026-06", which is not among the configured keys (2026-12)',
    );
  });
});

describe('a key list', () => {
  it.each([
    ['', 'key 1: expected <id>:<base64 key>'],
    ['k1:c2hvcnQ=', 'key k1: must be 32 bytes'],
    [`${newKey},${newKey}`, 'key 2026-12: the id is given twice'],
    ['bad id:AAAA', 'key 1: expected <id>:<base64 key>'],
  ])('%j is refused: %s', (spec, message) => {
    expect(() => parseKeyRing(spec)).toThrow(message);
  });
});
