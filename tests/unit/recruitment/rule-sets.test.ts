import {
  cpns2024,
  pppk2024,
  resolveRuleSet,
  skdMaxTotal,
  competencyMaxTotal,
} from '../../../domain/recruitment/rule-sets';

describe('Rule sets', () => {
  it('gives SKD a maximum total of 550', () => {
    expect(skdMaxTotal(cpns2024)).toBe(550);
  });

  it('gives the PPPK competency test a maximum total of 670', () => {
    expect(competencyMaxTotal(pppk2024)).toBe(670);
  });
});

describe('Rule set overrides', () => {
  it('resolves to the defaults when nothing is overridden', () => {
    expect(resolveRuleSet('CPNS')).toEqual({ ok: true, value: { ruleSet: cpns2024, overridden: [] } });
  });

  it('applies a lower TKP passing grade of 160 and records it for the audit trail', () => {
    const resolved = resolveRuleSet('CPNS', { skd: { passing: { umum: { tkp: 160 } } } });
    if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
    expect(resolved.value.ruleSet.skd.passing.umum).toEqual({ twk: 65, tiu: 80, tkp: 160 });
    expect(resolved.value.overridden).toEqual([{ path: 'skd.passing.umum.tkp', from: 166, to: 160 }]);
  });

  it('leaves the published rule set untouched', () => {
    resolveRuleSet('CPNS', { skd: { passing: { umum: { tkp: 160 } } } });
    expect(cpns2024.skd.passing.umum.tkp).toBe(166);
  });

  it('refuses final weights that no longer add up to 1', () => {
    expect(resolveRuleSet('CPNS', { final: { skdWeight: 0.5 } })).toEqual({
      ok: false,
      reasons: ['final: SKD weight 0.5 and SKB weight 0.6 must add up to 1'],
    });
  });

  it('accepts final weights 0.5 / 0.5 set together', () => {
    expect(resolveRuleSet('CPNS', { final: { skdWeight: 0.5, skbWeight: 0.5 } }).ok).toBe(true);
  });

  it('refuses a tie-break order that repeats a sub-test', () => {
    const resolved = resolveRuleSet('CPNS', { skd: { tieBreak: ['tkp', 'tkp', 'twk'] } });
    expect(resolved).toEqual({
      ok: false,
      reasons: ['skd.tieBreak: must list twk, tiu, tkp once each'],
    });
  });

  it('refuses a passing grade above the highest possible score', () => {
    const resolved = resolveRuleSet('CPNS', { skd: { passing: { cumlaude: { total: 560 } } } });
    expect(resolved).toEqual({
      ok: false,
      reasons: ['skd.passing.cumlaude.total: 560 is above the highest score 550'],
    });
  });

  it('refuses a reminder that is not inside its window', () => {
    const resolved = resolveRuleSet('CPNS', { windows: { documentWindow: 'P3D' } });
    expect(resolved).toEqual({
      ok: false,
      reasons: ['windows.documentReminderBefore (P3D) must be shorter than documentWindow (P3D)'],
    });
  });

  it('refuses an unknown rule', () => {
    expect(resolveRuleSet('CPNS', { skd: { bonus: 5 } }).ok).toBe(false);
  });

  it('refuses CPNS rules in a PPPK cycle', () => {
    expect(resolveRuleSet('PPPK', { skbCutMultiplier: 2 }).ok).toBe(false);
  });

  it('applies a PPPK tie-break order putting the interview first', () => {
    const resolved = resolveRuleSet('PPPK', {
      competency: { tieBreak: ['interview', 'technical', 'managerial', 'age'] },
    });
    if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
    expect(resolved.value.ruleSet.competency.tieBreak[0]).toBe('interview');
  });
});
