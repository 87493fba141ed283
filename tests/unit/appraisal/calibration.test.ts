import { checkCalibration, type PredikatCounts } from '../../../domain/appraisal/calibration';
import { resolveAppraisalRules, type UnitResult } from '../../../domain/appraisal/rule-sets';

const { rules } = resolveAppraisalRules();
const check = (unit: UnitResult, counts: PredikatCounts) => checkCalibration(unit, counts, rules);

describe('calibration of a unit with result Istimewa (SE MenPANRB 3/2023)', () => {
  it('accepts 7 Sangat Baik out of 10: at most 70%', () => {
    expect(check('istimewa', { 'sangat-baik': 7, baik: 3 }).ok).toBe(true);
  });
  it('refuses 8 Sangat Baik out of 10, one person too many', () => {
    expect(check('istimewa', { 'sangat-baik': 8, baik: 2 })).toEqual({
      ok: false,
      staff: 10,
      violations: [
        expect.objectContaining({ rule: 'at most 70% Sangat Baik', actual: 8, limit: 7, byPeople: 1 }),
      ],
    });
  });
  it('rounds "at most 70%" down: 6 of 9 Sangat Baik pass, 7 do not', () => {
    expect(check('istimewa', { 'sangat-baik': 6, 'sangat-kurang': 3 }).ok).toBe(true);
    expect(check('istimewa', { 'sangat-baik': 7, baik: 2 }).violations[0]).toMatchObject({
      limit: 6,
      byPeople: 1,
    });
  });
  it('allows any other predikat for the rest', () => {
    expect(
      check('istimewa', {
        'sangat-baik': 2,
        'butuh-perbaikan': 3,
        'kurang-misconduct': 3,
        'sangat-kurang': 2,
      }).ok,
    ).toBe(true);
  });
});

describe('calibration of a unit with result Baik', () => {
  it('accepts 7 Baik, 1 Butuh Perbaikan and 2 Sangat Baik out of 10', () => {
    expect(check('baik', { baik: 7, 'butuh-perbaikan': 1, 'sangat-baik': 2 }).ok).toBe(true);
  });
  it('refuses 8 Baik out of 10: at most 70% Baik', () => {
    expect(check('baik', { baik: 8, 'butuh-perbaikan': 1, 'sangat-baik': 1 }).violations).toEqual([
      expect.objectContaining({ rule: 'at most 70% Baik', actual: 8, limit: 7, byPeople: 1 }),
    ]);
  });
  it('counts one Kurang/Misconduct as the one person needed below Baik', () => {
    expect(check('baik', { baik: 7, 'kurang-misconduct': 1, 'sangat-kurang': 2 }).ok).toBe(true);
  });
  it('refuses a unit with no Butuh Perbaikan nor Kurang/Misconduct', () => {
    expect(check('baik', { baik: 7, 'sangat-baik': 3 }).violations).toEqual([
      expect.objectContaining({
        rule: 'at least 1 Butuh Perbaikan or Kurang/Misconduct',
        actual: 0,
        limit: 1,
        byPeople: 1,
      }),
    ]);
  });
  it('allows more than one Butuh Perbaikan or Kurang/Misconduct: "at least one" is no upper bound', () => {
    expect(check('baik', { baik: 5, 'butuh-perbaikan': 3, 'kurang-misconduct': 2 }).ok).toBe(true);
  });
  it('needs the one person below Baik even in a unit of one', () => {
    expect(check('baik', { baik: 1 }).violations.map((v) => v.rule)).toEqual([
      'at most 70% Baik',
      'at least 1 Butuh Perbaikan or Kurang/Misconduct',
    ]);
  });
});

describe('calibration of a unit with result Butuh Perbaikan', () => {
  it('accepts 6 Butuh Perbaikan out of 10: at least 60%', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 6, baik: 4 }).ok).toBe(true);
  });
  it('refuses 5 Butuh Perbaikan out of 10, one person short', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 5, baik: 5 }).violations).toEqual([
      expect.objectContaining({ rule: 'at least 60% Butuh Perbaikan', actual: 5, limit: 6, byPeople: 1 }),
    ]);
  });
  it('rounds "at least 60%" up: 6 of 9 are needed', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 5, baik: 4 }).violations[0]).toMatchObject({
      limit: 6,
      byPeople: 1,
    });
  });
  it('accepts 1 Sangat Baik out of 10: at most 10%', () => {
    expect(
      check('butuh-perbaikan', { 'butuh-perbaikan': 6, 'sangat-baik': 1, 'kurang-misconduct': 3 }).ok,
    ).toBe(true);
  });
  it('refuses 2 Sangat Baik out of 10', () => {
    expect(
      check('butuh-perbaikan', { 'butuh-perbaikan': 6, 'sangat-baik': 2, 'sangat-kurang': 2 }).violations,
    ).toEqual([
      expect.objectContaining({ rule: 'at most 10% Sangat Baik', actual: 2, limit: 1, byPeople: 1 }),
    ]);
  });
  it('allows no Sangat Baik at all in a unit of 9, where 10% rounds down to 0', () => {
    expect(check('butuh-perbaikan', { 'butuh-perbaikan': 8, 'sangat-baik': 1 }).violations).toEqual([
      expect.objectContaining({ rule: 'at most 10% Sangat Baik', limit: 0, byPeople: 1 }),
    ]);
  });
});

describe('calibration of a unit with result Kurang', () => {
  it('accepts 6 Kurang/Misconduct, 1 Butuh Perbaikan, 1 Sangat Baik and 2 Baik out of 10', () => {
    expect(
      check('kurang', { 'kurang-misconduct': 6, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 2 }).ok,
    ).toBe(true);
  });
  it('refuses 5 Kurang/Misconduct out of 10: at least 60%', () => {
    expect(check('kurang', { 'kurang-misconduct': 5, 'butuh-perbaikan': 1, baik: 4 }).violations).toEqual([
      expect.objectContaining({ rule: 'at least 60% Kurang/Misconduct', actual: 5, limit: 6, byPeople: 1 }),
    ]);
  });
  it('refuses a unit of 10 without Butuh Perbaikan: at least 10%', () => {
    expect(check('kurang', { 'kurang-misconduct': 6, 'sangat-kurang': 4 }).violations).toEqual([
      expect.objectContaining({ rule: 'at least 10% Butuh Perbaikan', actual: 0, limit: 1, byPeople: 1 }),
    ]);
  });
  it('rounds "at least 10%" up: a unit of 11 needs 2 Butuh Perbaikan, so 1 is one short', () => {
    expect(check('kurang', { 'kurang-misconduct': 7, 'butuh-perbaikan': 1, baik: 3 }).violations).toEqual([
      expect.objectContaining({ rule: 'at least 10% Butuh Perbaikan', actual: 1, limit: 2, byPeople: 1 }),
    ]);
  });
  it('refuses 2 Sangat Baik out of 10: at most 10%', () => {
    expect(
      check('kurang', { 'kurang-misconduct': 6, 'butuh-perbaikan': 1, 'sangat-baik': 2, baik: 1 }).violations,
    ).toEqual([
      expect.objectContaining({ rule: 'at most 10% Sangat Baik', actual: 2, limit: 1, byPeople: 1 }),
    ]);
  });
  it('still needs one Butuh Perbaikan in a unit of one, which it then cannot have beside the Kurang/Misconduct', () => {
    expect(check('kurang', { 'kurang-misconduct': 1 }).violations.map((v) => v.rule)).toEqual([
      'at least 10% Butuh Perbaikan',
    ]);
  });
});

describe('calibration of a unit with result Sangat Kurang', () => {
  it('accepts 6 Sangat Kurang, 1 Kurang/Misconduct and 3 Baik out of 10', () => {
    expect(check('sangat-kurang', { 'sangat-kurang': 6, 'kurang-misconduct': 1, baik: 3 }).ok).toBe(true);
  });
  it('refuses 5 Sangat Kurang out of 10: at least 60%', () => {
    expect(
      check('sangat-kurang', { 'sangat-kurang': 5, 'kurang-misconduct': 1, baik: 4 }).violations,
    ).toEqual([
      expect.objectContaining({ rule: 'at least 60% Sangat Kurang', actual: 5, limit: 6, byPeople: 1 }),
    ]);
  });
  it('counts a Butuh Perbaikan towards the 10% of Kurang/Misconduct or Butuh Perbaikan', () => {
    expect(check('sangat-kurang', { 'sangat-kurang': 6, 'butuh-perbaikan': 1, baik: 3 }).ok).toBe(true);
  });
  it('refuses a unit of 10 with neither Kurang/Misconduct nor Butuh Perbaikan', () => {
    expect(check('sangat-kurang', { 'sangat-kurang': 6, baik: 4 }).violations).toEqual([
      expect.objectContaining({
        rule: 'at least 10% Kurang/Misconduct or Butuh Perbaikan',
        actual: 0,
        limit: 1,
        byPeople: 1,
      }),
    ]);
  });
  it('refuses a single Sangat Baik', () => {
    expect(
      check('sangat-kurang', { 'sangat-kurang': 7, 'kurang-misconduct': 1, 'sangat-baik': 1, baik: 1 })
        .violations,
    ).toEqual([expect.objectContaining({ rule: 'no Sangat Baik', actual: 1, limit: 0, byPeople: 1 })]);
  });
});

describe('calibration input and the rule set as data', () => {
  it('takes a list of predikat as well as counts', () => {
    const list = ['sangat-baik', 'sangat-baik', 'baik'] as const;
    expect(checkCalibration('istimewa', list, rules)).toEqual(
      check('istimewa', { 'sangat-baik': 2, baik: 1 }),
    );
  });
  it('passes a unit with nobody rated', () => {
    expect(check('baik', {})).toEqual({ ok: true, staff: 0, violations: [] });
  });
  it('refuses a negative or fractional count', () => {
    expect(() => check('baik', { baik: -1 })).toThrow(RangeError);
    expect(() => check('baik', { baik: 1.5 })).toThrow(RangeError);
  });
  it('applies a "the rest only" bound when an override narrows it', () => {
    const narrowed = resolveAppraisalRules({
      calibration: {
        baik: [
          { kind: 'max-share', predikat: ['baik'], share: 0.7 },
          { kind: 'rest-only', predikat: ['sangat-baik'] },
        ],
      },
    }).rules;
    expect(
      checkCalibration('baik', { baik: 7, 'sangat-baik': 2, 'sangat-kurang': 1 }, narrowed).violations,
    ).toEqual([
      expect.objectContaining({ rule: 'the rest only Sangat Baik', actual: 1, limit: 0, byPeople: 1 }),
    ]);
  });
  it('follows an override of a share: at most 50% Sangat Baik allows 5 of 10', () => {
    const strict = resolveAppraisalRules({
      calibration: { istimewa: [{ kind: 'max-share', predikat: ['sangat-baik'], share: 0.5 }] },
    }).rules;
    expect(checkCalibration('istimewa', { 'sangat-baik': 6, baik: 4 }, strict).violations[0]).toMatchObject({
      rule: 'at most 50% Sangat Baik',
      limit: 5,
      byPeople: 1,
    });
  });
});
