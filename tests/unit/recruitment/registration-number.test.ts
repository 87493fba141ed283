// The registration number (nomor peserta): the cycle's code and the confirmation's place in its order,
// five digits at least, read back from what a candidate types (case and spaces aside), and nothing else.
// And when a formation's ranking counts as told to the candidates (the public lists only that).
import {
  formatRegistrationNumber,
  parseRegistrationNumber,
} from '../../../domain/recruitment/registration-number';
import { cyclePhases } from '../../../domain/recruitment/stages';
import { rankingAnnounced, rankingStages } from '../../../domain/recruitment/views';

describe('registration number', () => {
  it('writes the 42nd confirmed application of CPNS-2026 as CPNS-2026-00042', () => {
    expect(formatRegistrationNumber('CPNS-2026', 42)).toBe('CPNS-2026-00042');
  });

  it('writes the 1st as 00001 and grows past five digits at 100,000', () => {
    expect(formatRegistrationNumber('PPPK-2026', 1)).toBe('PPPK-2026-00001');
    expect(formatRegistrationNumber('CPNS-2026', 123456)).toBe('CPNS-2026-123456');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the sequence %p', (n) => {
    expect(() => formatRegistrationNumber('CPNS-2026', n)).toThrow('a whole number from 1');
  });

  it('reads back what it writes, even of a cycle code that ends in digits', () => {
    for (const [code, n] of [
      ['CPNS-2026', 42],
      ['X-12345', 7],
      ['CPNS-2026', 123456],
    ] as const)
      expect(parseRegistrationNumber(formatRegistrationNumber(code, n))).toEqual({
        cycleCode: code,
        sequence: n,
      });
  });

  it('reads a number typed in lower case with spaces around it', () => {
    expect(parseRegistrationNumber('  cpns-2026-00042 ')).toEqual({ cycleCode: 'CPNS-2026', sequence: 42 });
  });

  it.each([
    'CPNS-2026-0042',
    'CPNS-2026-000042',
    'CPNS-2026-00000',
    'CPNS-2026',
    '00042',
    'CPNS 2026 00042',
    '',
  ])('reads %p as no number', (text) => {
    expect(parseRegistrationNumber(text)).toBeUndefined();
  });

  it('carries nothing of the person: only the cycle code and the sequence', () => {
    expect(formatRegistrationNumber('CPNS-2026', 9)).toMatch(/^CPNS-2026-\d{5}$/);
  });
});

describe('when a ranking is public', () => {
  const after = (phase: (typeof cyclePhases)[number]) => cyclePhases.slice(cyclePhases.indexOf(phase));
  const before = (phase: (typeof cyclePhases)[number]) => cyclePhases.slice(0, cyclePhases.indexOf(phase));

  it('publishes the SKD ranking from the cut to SKB on, never before', () => {
    for (const p of after('skb')) expect(rankingAnnounced('skd', p)).toBe(true);
    for (const p of before('skb')) expect(rankingAnnounced('skd', p)).toBe(false);
  });

  it('publishes the final ranking from its announcement (the final appeal window) on', () => {
    for (const p of after('final-appeal')) expect(rankingAnnounced('final', p)).toBe(true);
    for (const p of before('final-appeal')) expect(rankingAnnounced('final', p)).toBe(false);
  });

  it('has a PPPK cycle publish only its final (competency) ranking', () => {
    expect(rankingStages('PPPK')).toEqual(['final']);
    expect(rankingStages('CPNS')).toEqual(['skd', 'final']);
  });
});
