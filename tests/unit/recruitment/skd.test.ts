import { cpns2024, type FormationType } from '../../../domain/recruitment/rule-sets';
import { skdOutcome, validateSkdScores, type SkdScores } from '../../../domain/recruitment/skd';

const umum = (scores: SkdScores) => skdOutcome(scores, 'umum', cpns2024);

describe('SKD passing grade, formasi umum', () => {
  // Each row keeps the other two sub-tests comfortably above their grade.
  it.each`
    subtest  | score  | passed   | scores
    ${'TWK'} | ${65}  | ${true}  | ${{ twk: 65, tiu: 100, tkp: 180 }}
    ${'TWK'} | ${60}  | ${false} | ${{ twk: 60, tiu: 100, tkp: 180 }}
    ${'TWK'} | ${70}  | ${true}  | ${{ twk: 70, tiu: 100, tkp: 180 }}
    ${'TIU'} | ${80}  | ${true}  | ${{ twk: 100, tiu: 80, tkp: 180 }}
    ${'TIU'} | ${75}  | ${false} | ${{ twk: 100, tiu: 75, tkp: 180 }}
    ${'TIU'} | ${85}  | ${true}  | ${{ twk: 100, tiu: 85, tkp: 180 }}
    ${'TKP'} | ${166} | ${true}  | ${{ twk: 100, tiu: 100, tkp: 166 }}
    ${'TKP'} | ${165} | ${false} | ${{ twk: 100, tiu: 100, tkp: 165 }}
    ${'TKP'} | ${167} | ${true}  | ${{ twk: 100, tiu: 100, tkp: 167 }}
  `('with $subtest $score: passed is $passed', ({ scores, passed }) => {
    expect(umum(scores).passed).toBe(passed);
  });

  it('says which sub-test missed its grade, as "TIU 75 < 80"', () => {
    expect(umum({ twk: 100, tiu: 75, tkp: 180 }).reasons).toEqual(['TIU 75 < 80']);
  });

  it('fails when the total is high but one sub-test is under its grade', () => {
    const outcome = umum({ twk: 150, tiu: 175, tkp: 160 });
    expect(outcome).toEqual({ passed: false, total: 485, reasons: ['TKP 160 < 166'] });
  });

  it('lists every missed grade', () => {
    expect(umum({ twk: 60, tiu: 75, tkp: 165 }).reasons).toEqual([
      'TWK 60 < 65',
      'TIU 75 < 80',
      'TKP 165 < 166',
    ]);
  });

  it('reports the total with no reasons when passed', () => {
    expect(umum({ twk: 65, tiu: 80, tkp: 166 })).toEqual({ passed: true, total: 311, reasons: [] });
  });
});

describe('SKD passing grade, special formations', () => {
  const outcome = (type: FormationType, scores: SkdScores) => skdOutcome(scores, type, cpns2024);

  describe.each(['cumlaude', 'diaspora'] as const)('%s: total >= 311 and TIU >= 85', (type) => {
    it('passes at total 311 with TIU 85 even with TWK under 65', () => {
      expect(outcome(type, { twk: 60, tiu: 85, tkp: 166 })).toEqual({
        passed: true,
        total: 311,
        reasons: [],
      });
    });

    it('fails at total 310', () => {
      expect(outcome(type, { twk: 60, tiu: 85, tkp: 165 }).reasons).toEqual(['Total SKD 310 < 311']);
    });

    it('fails at TIU 80 even with total 311', () => {
      expect(outcome(type, { twk: 65, tiu: 80, tkp: 166 }).reasons).toEqual(['TIU 80 < 85']);
    });
  });

  describe.each(['disabilitas', 'putra-putri-papua', 'daerah-tertinggal'] as const)(
    '%s: total >= 286 and TIU >= 60',
    (type) => {
      it('passes at total 286 with TIU 60 even with TWK and TKP under the umum grades', () => {
        expect(outcome(type, { twk: 60, tiu: 60, tkp: 166 })).toEqual({
          passed: true,
          total: 286,
          reasons: [],
        });
      });

      it('fails at total 285', () => {
        expect(outcome(type, { twk: 60, tiu: 60, tkp: 165 }).reasons).toEqual(['Total SKD 285 < 286']);
      });

      it('fails at TIU 55 even with total 286', () => {
        expect(outcome(type, { twk: 65, tiu: 55, tkp: 166 }).reasons).toEqual(['TIU 55 < 60']);
      });
    },
  );
});

describe('SKD result validation', () => {
  const validate = (scores: SkdScores) => validateSkdScores(scores, cpns2024);

  it('accepts the highest possible scores', () => {
    expect(validate({ twk: 150, tiu: 175, tkp: 225 })).toEqual({});
  });

  it('refuses TWK above 150', () => {
    expect(validate({ twk: 155, tiu: 100, tkp: 180 })).toEqual({
      twk: ['TWK 155 is above the highest possible score 150'],
    });
  });

  it('refuses TIU above 175', () => {
    expect(validate({ twk: 100, tiu: 180, tkp: 180 })).toEqual({
      tiu: ['TIU 180 is above the highest possible score 175'],
    });
  });

  it('refuses TKP above 225', () => {
    expect(validate({ twk: 100, tiu: 100, tkp: 226 })).toEqual({
      tkp: ['TKP 226 is above the highest possible score 225'],
    });
  });

  it('refuses a negative score', () => {
    expect(validate({ twk: -5, tiu: 100, tkp: 180 })).toEqual({
      twk: ['TWK -5 is below the lowest possible score 0'],
    });
  });

  it('refuses TWK 62, not a multiple of 5', () => {
    expect(validate({ twk: 62, tiu: 100, tkp: 180 })).toEqual({ twk: ['TWK 62 is not a multiple of 5'] });
  });

  it('refuses TIU 77, not a multiple of 5', () => {
    expect(validate({ twk: 100, tiu: 77, tkp: 180 })).toEqual({ tiu: ['TIU 77 is not a multiple of 5'] });
  });

  it('refuses a TKP score that is not a whole number', () => {
    expect(validate({ twk: 100, tiu: 100, tkp: 170.5 })).toEqual({
      tkp: ['TKP 170.5 is not a whole number'],
    });
  });

  it('refuses a score that is not a number', () => {
    expect(validate({ twk: Number.NaN, tiu: 100, tkp: 180 })).toEqual({ twk: ['TWK is not a number'] });
  });

  it('accepts TKP 40, below 45 because blank answers score 0', () => {
    expect(validate({ twk: 100, tiu: 100, tkp: 40 })).toEqual({});
  });

  it('refuses to judge an invalid row', () => {
    expect(() => umum({ twk: 62, tiu: 100, tkp: 180 })).toThrow('TWK 62 is not a multiple of 5');
  });
});
