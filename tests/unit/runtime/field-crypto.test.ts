// Sealed fields: a NIK or email at rest reads as ciphertext under a key id, opens with any configured key,
// and a value that was altered or never sealed is refused.
import { fieldCrypto } from '../../../runtime/field-crypto';
import { newKeySpec, parseKeyRing } from '../../../runtime/keyring';

const oldKey = newKeySpec('d1');
const newKey = newKeySpec('d2');
const fields = (spec: string) => fieldCrypto(parseKeyRing(spec));
const nik = '5371014501960001';

describe('a sealed field', () => {
  it('holds no trace of the value and opens to it', () => {
    const f = fields(newKey);
    const sealed = f.seal(nik);
    expect(sealed).toMatch(/^v1:d2:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(nik);
    expect(f.open(sealed)).toBe(nik);
  });

  it('differs each time the same value is sealed, so equal NIKs are not visible as equal', () => {
    const f = fields(newKey);
    expect(f.seal(nik)).not.toBe(f.seal(nik));
  });

  it('seals under the first key and opens what an older key sealed', () => {
    const rotated = fields(`${newKey},${oldKey}`);
    expect(rotated.open(fields(oldKey).seal('maria@example.com'))).toBe('maria@example.com');
    expect(rotated.seal(nik)).toMatch(/^v1:d2:/);
  });

  it('refuses an altered value, one under an unknown key, and a value never sealed', () => {
    const f = fields(newKey);
    const sealed = f.seal(nik);
    const altered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'AB' : 'AA');
    expect(() => f.open(altered)).toThrow(/fails authentication/);
    expect(() => f.open(fields(oldKey).seal(nik))).toThrow('key id "d1", which is not among');
    expect(() => f.open(nik)).toThrow('not a sealed value');
  });
});
