import {
  annualFollowUp,
  creditPointsFor,
  improvementPlan,
  promotionEligibility,
} from '../../../domain/appraisal/follow-up';
import { resolveAppraisalRules } from '../../../domain/appraisal/rule-sets';

const { rules } = resolveAppraisalRules();

describe('promotion eligibility: at least Baik in each of the last two years', () => {
  it('is eligible with Sangat Baik in 2026 and Baik in 2025', () => {
    expect(promotionEligibility(2026, { 2026: 'sangat-baik', 2025: 'baik' }, rules)).toEqual({
      status: 'eligible',
      eligible: true,
      years: [
        { year: 2026, predikat: 'sangat-baik' },
        { year: 2025, predikat: 'baik' },
      ],
    });
  });
  it('is not eligible with Butuh Perbaikan this year', () => {
    expect(promotionEligibility(2026, { 2026: 'butuh-perbaikan', 2025: 'sangat-baik' }, rules)).toMatchObject(
      {
        status: 'not-eligible',
        eligible: false,
        reason: 'below Baik in 2026: Butuh Perbaikan',
      },
    );
  });
  it('is not eligible with Kurang/Misconduct the previous year', () => {
    expect(promotionEligibility(2026, { 2026: 'baik', 2025: 'kurang-misconduct' }, rules)).toMatchObject({
      status: 'not-eligible',
      reason: 'below Baik in 2025: Kurang/Misconduct',
    });
  });
  it('says explicitly that the answer is unknown when the previous year is unknown', () => {
    expect(promotionEligibility(2026, { 2026: 'baik' }, rules)).toMatchObject({
      status: 'unknown',
      eligible: false,
      missingYears: [2025],
      reason: 'annual predikat unknown for 2025',
    });
  });
  it('is not eligible when this year is below Baik even if the previous year is unknown', () => {
    expect(promotionEligibility(2026, { 2026: 'sangat-kurang' }, rules).status).toBe('not-eligible');
  });
  it('looks back three years when an override asks for three', () => {
    const threeYears = resolveAppraisalRules({ followUp: { promotionYears: 3 } }).rules;
    expect(promotionEligibility(2026, { 2026: 'baik', 2025: 'baik' }, threeYears)).toMatchObject({
      status: 'unknown',
      missingYears: [2024],
    });
  });
});

describe('improvement period after a result below expectation', () => {
  it('starts a 6-month improvement period for Butuh Perbaikan, ending on the same day 6 months later', () => {
    expect(improvementPlan('butuh-perbaikan', '2027-02-15T09:00:00+08:00', rules)).toEqual({
      needed: true,
      predikat: 'butuh-perbaikan',
      months: 6,
      startsAt: '2027-02-15T09:00:00+08:00',
      endsAt: '2027-08-15T09:00:00+08:00',
    });
  });
  it('starts one for Kurang/Misconduct', () => {
    expect(improvementPlan('kurang-misconduct', '2027-02-15T09:00:00+08:00', rules).needed).toBe(true);
  });
  it('starts one for Sangat Kurang', () => {
    expect(improvementPlan('sangat-kurang', '2027-02-15T09:00:00+08:00', rules).needed).toBe(true);
  });
  it('needs none for Baik or Sangat Baik', () => {
    expect(improvementPlan('baik', '2027-02-15T09:00:00+08:00', rules)).toEqual({ needed: false });
    expect(improvementPlan('sangat-baik', '2027-02-15T09:00:00+08:00', rules)).toEqual({ needed: false });
  });
  it('ends on the last day of February when it starts on 31 August', () => {
    const plan = improvementPlan('sangat-kurang', '2027-08-31T10:00:00+08:00', rules);
    expect(plan).toMatchObject({ endsAt: '2028-02-29T10:00:00+08:00' });
  });
  it('counts the months in WITA for a start given in UTC', () => {
    // 31 January 20:00 UTC is already 1 February 04:00 WITA.
    expect(improvementPlan('butuh-perbaikan', '2027-01-31T20:00:00Z', rules)).toMatchObject({
      endsAt: '2027-08-01T04:00:00+08:00',
    });
  });
});

describe('credit points of the follow-up', () => {
  it('gives an Ahli Muda rated Sangat Baik 37.5 AK for the year', () => {
    expect(creditPointsFor({ level: 'fungsional', functionalGrade: 'ahli-muda' }, 'sangat-baik', rules)).toBe(
      37.5,
    );
  });
  it('gives no credit points to a structural position', () => {
    expect(creditPointsFor({ level: 'pengawas' }, 'sangat-baik', rules)).toBeNull();
  });
  it('draws promotion, improvement and credit points from one annual predikat', () => {
    expect(
      annualFollowUp(
        {
          year: 2026,
          predikat: 'butuh-perbaikan',
          history: { 2025: 'baik' },
          position: { level: 'fungsional', functionalGrade: 'terampil' },
          decidedAt: '2027-02-20T10:00:00+08:00',
        },
        rules,
      ),
    ).toMatchObject({
      promotion: { status: 'not-eligible' },
      improvement: { needed: true, endsAt: '2027-08-20T10:00:00+08:00' },
      creditPoints: 3.75,
    });
  });
});
