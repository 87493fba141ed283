import { ageOn, ageProblem } from '../../../domain/recruitment/age';
import { nikProblems } from '../../../domain/recruitment/nik';
import { applicationSchema } from '../../../domain/recruitment/schemas';
import { cpns2024, pppk2024 } from '../../../domain/recruitment/rule-sets';

describe('NIK structure', () => {
  it('accepts a man of Kota Kupang (53 71), kecamatan Oebobo (03), born 17 May 1996, serial 0001', () => {
    expect(nikProblems('5371031705960001', '1996-05-17')).toEqual([]);
  });

  it('accepts a woman born 5 January 1996: her day is written 45', () => {
    expect(nikProblems('5371014501960001', '1996-01-05')).toEqual([]);
  });

  it('accepts a Merauke NIK issued before the 2022 split of Papua (91 01)', () => {
    expect(nikProblems('9101011202990003', '1999-02-12')).toEqual([]);
  });

  it('refuses sixteen zeros', () => {
    expect(nikProblems('0000000000000000', '2000-01-01')).toEqual(['a NIK of zeros only is not a NIK']);
  });

  it('refuses province 10, which Kemendagri never gave', () => {
    expect(nikProblems('1071031705960001', '1996-05-17')).toEqual([
      'the first two digits of the NIK are not a province code of Kemendagri',
    ]);
  });

  it('refuses regency 53 99 in Nusa Tenggara Timur, which has 01–21 and 71', () => {
    expect(nikProblems('5399031705960001', '1996-05-17')).toEqual([
      'digits 3–4 of the NIK are not a regency (kabupaten/kota) code of its province',
    ]);
  });

  it('refuses a birth date one day off the NIK, and an invented year 2999', () => {
    const mismatch =
      'digits 7–12 of the NIK (the birth date as DDMMYY, 40 added to the day for women) do not match birthDate';
    expect(nikProblems('5371031705960001', '1996-05-18')).toEqual([mismatch]);
    expect(nikProblems('5371031705960001', '2999-05-17')).toEqual([mismatch]);
  });

  it('refuses serial 0000', () => {
    expect(nikProblems('5371031705960000', '1996-05-17')).toEqual([
      'the last four digits of the NIK (its serial) start at 0001',
    ]);
  });

  it('names body field nik in the application schema', () => {
    const r = applicationSchema.safeParse({
      nik: '0000000000000000',
      name: 'Penyerobot',
      email: 'x@example.org',
      birthDate: '0000-01-01',
      education: { level: 'S1', major: 'Hukum', gpa: 3 },
      formationCode: 'F-1',
    });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'nik: a NIK of zeros only is not a NIK',
    ]);
  });
});

describe('Ages a selection admits', () => {
  // Registration closes on 31 December 2026 at 23:59 WITA, which is still the 31st in UTC+8.
  const closes = '2026-12-31T23:59:00+08:00';

  it('counts whole years: born 1 January 1991 is 35 on 31 December 2026, born 31 December 1990 is 36', () => {
    expect(ageOn('1991-01-01', '2026-12-31')).toBe(35);
    expect(ageOn('1990-12-31', '2026-12-31')).toBe(36);
  });

  it('admits a CPNS applicant of 35 and refuses one who turned 36 on the closing day', () => {
    expect(ageProblem('1991-01-01', cpns2024.age, closes)).toBeUndefined();
    expect(ageProblem('1990-12-31', cpns2024.age, closes)).toBe(
      'an applicant must be 18 to 35 years old on 2026-12-31, the day registration closes',
    );
  });

  it('refuses a CPNS applicant who turns 18 the day after registration closes', () => {
    expect(ageProblem('2009-01-01', cpns2024.age, closes)).toMatch(/18 to 35/);
  });

  it('counts the closing day in WITA: 16:30 UTC on 31 December is already 1 January 2027', () => {
    expect(ageProblem('1991-01-01', cpns2024.age, '2026-12-31T16:30:00Z')).toMatch(/on 2027-01-01/);
  });

  it('admits a PPPK applicant of 56 and refuses the invented birth dates 0000-01-01 and 2999-01-01', () => {
    expect(ageProblem('1970-06-01', pppk2024.age, closes)).toBeUndefined();
    expect(ageProblem('0000-01-01', pppk2024.age, closes)).toMatch(/20 to 56/);
    expect(ageProblem('2999-01-01', pppk2024.age, closes)).toMatch(/20 to 56/);
  });
});
