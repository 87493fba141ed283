import {
  competencyComparator,
  competencySortSpec,
  createFinalCut,
  createSkbCut,
  finalComparator,
  finalScore,
  finalSortSpec,
  skbCut,
  skbScorer,
  skdSortSpec,
  validateCompetencyScores,
  type CompetencyRanked,
  type FinalRanked,
  type SkbComponent,
  type SkdRanked,
} from '../../../domain/recruitment/ranking';
import { cpns2024, pppk2024, resolveRuleSet, type CpnsRuleSet } from '../../../domain/recruitment/rule-sets';

const skd = (id: string, twk: number, tiu: number, tkp: number): SkdRanked & { id: string } => ({
  id,
  skd: { twk, tiu, tkp, total: twk + tiu + tkp },
});

/** Ids of the applicants who advance, with one vacancy (so 3 seats before ties). */
const advancing = (rows: (SkdRanked & { id: string })[], ruleSet: CpnsRuleSet = cpns2024) =>
  skbCut(rows, 1, ruleSet)
    .filter((r) => r.advances)
    .map((r) => r.row.id);

describe('Cut to SKB (3 x vacancies)', () => {
  it('advances the top 3 for one vacancy', () => {
    const rows = [
      skd('a', 100, 120, 200),
      skd('b', 100, 110, 200),
      skd('c', 100, 100, 200),
      skd('d', 90, 100, 200),
    ];
    expect(advancing(rows)).toEqual(['a', 'b', 'c']);
  });

  it('breaks a tie on the total at the cut-off by TKP', () => {
    const rows = [
      skd('a', 100, 120, 200),
      skd('b', 100, 110, 200),
      skd('c', 90, 100, 190),
      skd('d', 100, 100, 180),
    ];
    expect(advancing(rows)).toEqual(['a', 'b', 'c']);
  });

  it('breaks a tie on total and TKP at the cut-off by TIU', () => {
    const rows = [
      skd('a', 100, 120, 200),
      skd('b', 100, 110, 200),
      skd('c', 90, 110, 180),
      skd('d', 100, 100, 180),
    ];
    expect(advancing(rows)).toEqual(['a', 'b', 'c']);
  });

  it('breaks a tie by TWK when the rule set puts TWK before TIU', () => {
    const resolved = resolveRuleSet('CPNS', { skd: { tieBreak: ['tkp', 'twk', 'tiu'] } });
    if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
    const rows = [
      skd('a', 100, 120, 200),
      skd('b', 100, 110, 200),
      skd('c', 100, 100, 180),
      skd('d', 90, 110, 180),
    ];
    expect(advancing(rows, resolved.value.ruleSet)).toEqual(['a', 'b', 'c']);
  });

  it('lets every applicant equal on all keys with the last one inside through, past 3 x vacancies', () => {
    const rows = [
      skd('a', 100, 120, 200),
      skd('b', 100, 110, 180),
      skd('c', 100, 110, 180),
      skd('d', 100, 110, 180),
    ];
    expect(advancing(rows)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops advancing after the tie, even for a later applicant', () => {
    const rows = [
      skd('a', 100, 110, 180),
      skd('b', 100, 110, 180),
      skd('c', 100, 110, 180),
      skd('d', 100, 110, 180),
      skd('e', 95, 110, 180),
    ];
    expect(advancing(rows)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks rows by their position in the stream', () => {
    const cut = createSkbCut(1, cpns2024);
    expect([cut.offer(skd('a', 100, 120, 200)), cut.offer(skd('b', 100, 110, 200))]).toEqual([
      { rank: 1, advances: true },
      { rank: 2, advances: true },
    ]);
  });

  it('refuses rows that are not offered best-first', () => {
    const cut = createSkbCut(1, cpns2024);
    cut.offer(skd('low', 70, 85, 170));
    expect(() => cut.offer(skd('high', 100, 120, 200))).toThrow('best-first');
  });

  it('refuses a formation without vacancies', () => {
    expect(() => createSkbCut(0, cpns2024)).toThrow('vacancies');
  });

  it('gives the equivalent MongoDB sort', () => {
    expect(skdSortSpec(cpns2024)).toEqual({
      'skd.total': -1,
      'skd.tkp': -1,
      'skd.tiu': -1,
      'skd.twk': -1,
      _id: 1,
    });
  });
});

describe('SKB weighted score', () => {
  const component = (code: string, kind: SkbComponent['kind'], weight: number): SkbComponent => ({
    code,
    name: code.toUpperCase(),
    kind,
    weight,
  });
  const reasons = (components: SkbComponent[]) => {
    const checked = skbScorer(components, cpns2024);
    return checked.ok ? [] : checked.reasons;
  };

  it('accepts CAT 0.6 with psychological 0.2 and practical 0.2, and weighs 80/70/90 into 80', () => {
    const scorer = skbScorer(
      [
        component('cat', 'cat', 0.6),
        component('psi', 'psychological', 0.2),
        component('prak', 'practical', 0.2),
      ],
      cpns2024,
    );
    if (!scorer.ok) throw new Error(scorer.reasons.join('; '));
    expect(scorer.value({ cat: 80, psi: 70, prak: 90 })).toEqual({ ok: true, value: 80 });
  });

  it('accepts extras of 0.1 and 0.3 adding up to exactly 0.4 despite floating point', () => {
    expect(
      reasons([
        component('cat', 'cat', 0.6),
        component('psi', 'psychological', 0.1),
        component('prak', 'practical', 0.3),
      ]),
    ).toEqual([]);
  });

  it('refuses an interview component for a regional agency', () => {
    expect(reasons([component('cat', 'cat', 0.7), component('ww', 'interview', 0.3)])).toEqual([
      'WW: a regional agency may not use an SKB component of kind interview',
    ]);
  });

  it('refuses a CAT weight under 0.5', () => {
    expect(
      reasons([
        component('cat', 'cat', 0.45),
        component('psi', 'psychological', 0.2),
        component('prak', 'practical', 0.2),
      ]),
    ).toContain('the CAT part weighs 0.45, below the minimum 0.5');
  });

  it('refuses extra components weighing more than 0.4 together', () => {
    expect(
      reasons([
        component('cat', 'cat', 0.55),
        component('psi', 'psychological', 0.25),
        component('prak', 'practical', 0.2),
      ]),
    ).toEqual(['the extra components weigh 0.45 together, above the maximum 0.4']);
  });

  it('refuses weights that do not add up to 1', () => {
    expect(reasons([component('cat', 'cat', 0.6), component('psi', 'psychological', 0.3)])).toEqual([
      'the weights add up to 0.9, not 1',
    ]);
  });

  describe('scoring a row', () => {
    const scorer = skbScorer([component('cat', 'cat', 0.6), component('prak', 'practical', 0.4)], cpns2024);
    const score = (scores: Record<string, number>) => {
      if (!scorer.ok) throw new Error(scorer.reasons.join('; '));
      return scorer.value(scores);
    };

    it('refuses a score above 100', () => {
      expect(score({ cat: 101, prak: 80 })).toEqual({
        ok: false,
        reasons: ['CAT: score 101 is outside 0..100'],
      });
    });

    it('refuses a row missing a component', () => {
      expect(score({ cat: 80 })).toEqual({ ok: false, reasons: ['PRAK: score missing'] });
    });

    it('refuses a score for a component the cycle does not have', () => {
      expect(score({ cat: 80, prak: 80, ww: 90 })).toEqual({
        ok: false,
        reasons: ['score for unknown component ww'],
      });
    });
  });
});

describe('Final integrated score', () => {
  it('is 0.4 x (SKD / 550 x 100) + 0.6 x SKB: SKD 400 and SKB 80 give 77.091', () => {
    // 0.4 × 72.7272… = 29.0909…, plus 0.6 × 80 = 48, rounded to 3 decimals.
    expect(finalScore(400, 80, cpns2024)).toBe(77.091);
  });

  it('gives 100 for full marks', () => {
    expect(finalScore(550, 100, cpns2024)).toBe(100);
  });

  it('refuses an SKD total above 550', () => {
    expect(() => finalScore(555, 80, cpns2024)).toThrow('SKD total 555 is outside 0..550');
  });
});

describe('Final ranking tie-break', () => {
  const row = (
    id: string,
    o: { skd: [number, number, number]; skb: number; gpa?: number; birthDate?: string },
  ) => {
    const [twk, tiu, tkp] = o.skd;
    const total = twk + tiu + tkp;
    return {
      id,
      skd: { twk, tiu, tkp, total },
      final: { score: finalScore(total, o.skb, cpns2024) },
      education: { gpa: o.gpa ?? 3.5 },
      birthDate: o.birthDate ?? '1998-01-01',
    } satisfies FinalRanked & { id: string };
  };
  const first = (a: FinalRanked & { id: string }, b: FinalRanked & { id: string }) =>
    [b, a].sort(finalComparator(cpns2024))[0]!.id;

  it('ranks the higher final score first', () => {
    expect(
      first(row('a', { skd: [100, 140, 200], skb: 80 }), row('b', { skd: [100, 140, 200], skb: 81 })),
    ).toBe('b');
  });

  it('breaks an equal final score (80) by the higher SKD total: 440 before 330', () => {
    const a = row('a', { skd: [100, 140, 200], skb: 80 });
    const b = row('b', { skd: [70, 90, 170], skb: 93.333 });
    expect([a.final.score, b.final.score]).toEqual([80, 80]);
    expect(first(b, a)).toBe('a');
  });

  it('breaks an equal SKD total by TKP: 200 before 190', () => {
    expect(
      first(row('a', { skd: [105, 145, 190], skb: 80 }), row('b', { skd: [100, 140, 200], skb: 80 })),
    ).toBe('b');
  });

  it('breaks an equal TKP by TIU: 145 before 140', () => {
    expect(
      first(row('a', { skd: [105, 140, 195], skb: 80 }), row('b', { skd: [100, 145, 195], skb: 80 })),
    ).toBe('b');
  });

  it('breaks equal SKD scores by the higher GPA: 3.8 before 3.5', () => {
    expect(
      first(
        row('a', { skd: [100, 140, 200], skb: 80, gpa: 3.5 }),
        row('b', { skd: [100, 140, 200], skb: 80, gpa: 3.8 }),
      ),
    ).toBe('b');
  });

  it('breaks an equal GPA by age: born 1995-03-01 before 1998-07-15', () => {
    const young = row('young', { skd: [100, 140, 200], skb: 80, birthDate: '1998-07-15' });
    const old = row('old', { skd: [100, 140, 200], skb: 80, birthDate: '1995-03-01' });
    expect(first(young, old)).toBe('old');
  });

  it('refuses to rank a row without a GPA', () => {
    const a = row('a', { skd: [100, 140, 200], skb: 80 });
    const noGpa = { ...a, education: {} } as unknown as FinalRanked;
    expect(() => finalComparator(cpns2024)(a, noGpa)).toThrow('a ranked row has no education.gpa');
  });

  it('gives the equivalent MongoDB sort', () => {
    expect(finalSortSpec(cpns2024)).toEqual({
      'final.score': -1,
      'skd.total': -1,
      'skd.tkp': -1,
      'skd.tiu': -1,
      'skd.twk': -1,
      'education.gpa': -1,
      birthDate: 1,
      _id: 1,
    });
  });
});

describe('Final cut', () => {
  it('passes the top vacancies and keeps the rest in rank order, not passed', () => {
    const cut = createFinalCut(2);
    expect(['a', 'b', 'c', 'd'].map((id) => cut.offer(id))).toEqual([
      { rank: 1, passed: true },
      { rank: 2, passed: true },
      { rank: 3, passed: false },
      { rank: 4, passed: false },
    ]);
  });

  it('refuses rows out of order when given the comparator', () => {
    const cut = createFinalCut<FinalRanked>(1, finalComparator(cpns2024));
    const base = {
      skd: { twk: 100, tiu: 140, tkp: 200, total: 440 },
      education: { gpa: 3.5 },
      birthDate: '1998-01-01',
    };
    cut.offer({ ...base, final: { score: 70 } });
    expect(() => cut.offer({ ...base, final: { score: 80 } })).toThrow('best-first');
  });
});

describe('PPPK competency test', () => {
  const validate = (technical: number, managerial: number, interview: number) =>
    validateCompetencyScores({ technical, managerial, interview }, pppk2024);
  const row = (
    id: string,
    technical: number,
    managerial: number,
    interview: number,
    birthDate = '1990-01-01',
  ) => ({
    id,
    competency: { technical, managerial, interview, total: technical + managerial + interview },
    birthDate,
  });
  const ranked = (rows: (CompetencyRanked & { id: string })[]) =>
    [...rows].sort(competencyComparator(pppk2024)).map((r) => r.id);

  it('accepts technical 450, managerial 180 and interview 40 (total 670)', () => {
    expect(validate(450, 180, 40)).toEqual({});
  });

  it('refuses a technical score that is not a multiple of 5', () => {
    expect(validate(333, 150, 30)).toEqual({ technical: ['Technical 333 is not a multiple of 5'] });
  });

  it('refuses managerial above 180 and interview above 40', () => {
    expect(validate(400, 181, 41)).toEqual({
      managerial: ['Managerial and socio-cultural 181 is above the highest possible score 180'],
      interview: ['Interview 41 is above the highest possible score 40'],
    });
  });

  it('passes the best of the formation with no passing grade, however low the total', () => {
    const cut = createFinalCut(1, competencyComparator(pppk2024));
    expect(cut.offer(row('only', 100, 60, 20))).toEqual({ rank: 1, passed: true });
  });

  it('ranks by total, then technical when totals are equal', () => {
    expect(ranked([row('a', 300, 150, 30), row('b', 310, 140, 30), row('c', 320, 150, 30)])).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('breaks equal total and technical by managerial + socio-cultural', () => {
    expect(ranked([row('a', 300, 140, 40), row('b', 300, 150, 30)])).toEqual(['b', 'a']);
  });

  it('breaks equal scores by age, the older applicant first', () => {
    expect(
      ranked([row('young', 300, 150, 30, '1999-05-05'), row('old', 300, 150, 30, '1988-12-31')]),
    ).toEqual(['old', 'young']);
  });

  it('gives the equivalent MongoDB sort', () => {
    expect(competencySortSpec(pppk2024)).toEqual({
      'competency.total': -1,
      'competency.technical': -1,
      'competency.managerial': -1,
      'competency.interview': -1,
      birthDate: 1,
      _id: 1,
    });
  });
});
