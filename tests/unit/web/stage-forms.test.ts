// The fields of HR's screening and SKD session forms, as a hostile or careless form may send them.
import {
  FORM_ROWS,
  parseScreeningForm,
  parseSkdSessionForm,
  witaInstant,
} from '../../../web/staff/stage-forms';

describe('the screening form', () => {
  it('reads the ticked rows in order, each once, with the decision and the trimmed reason', () => {
    expect(
      parseScreeningForm({ id: ['B', 'A', 'B'], decision: 'TMS', reason: '  Ijazah tidak sesuai ' }),
    ).toEqual({
      ok: true,
      value: { ids: ['B', 'A'], decision: 'TMS', reason: 'Ijazah tidak sesuai' },
    });
  });

  it('takes one ticked row as a single field', () => {
    const parsed = parseScreeningForm({ id: 'A', decision: 'MS', reason: 'Lengkap' });
    expect(parsed).toEqual({ ok: true, value: { ids: ['A'], decision: 'MS', reason: 'Lengkap' } });
  });

  it('names every missing field: no row, no decision, a blank reason', () => {
    expect(parseScreeningForm({ reason: '   ' })).toEqual({
      ok: false,
      errors: {
        selection: 'hr.stages.error.selection',
        decision: 'hr.stages.error.decision',
        reason: 'hr.stages.error.reason',
      },
    });
  });

  it('refuses a reason of 2,001 characters and accepts one of 2,000', () => {
    const form = (n: number) => ({ id: 'A', decision: 'MS', reason: 'x'.repeat(n) });
    expect(parseScreeningForm(form(2001))).toEqual({
      ok: false,
      errors: { reason: 'hr.stages.error.reason' },
    });
    expect(parseScreeningForm(form(2000)).ok).toBe(true);
  });

  it('refuses more rows than a page holds, and an id longer than an id can be', () => {
    const ids = Array.from({ length: FORM_ROWS + 1 }, (_, i) => `A${i}`);
    expect(parseScreeningForm({ id: ids, decision: 'MS', reason: 'r' })).toEqual({
      ok: false,
      errors: { selection: 'hr.stages.error.tooMany' },
    });
    expect(parseScreeningForm({ id: 'A'.repeat(101), decision: 'MS', reason: 'r' })).toMatchObject({
      ok: false,
      errors: { selection: 'hr.stages.error.selection' },
    });
  });

  it('refuses a decision other than MS or TMS, and fields that are not text', () => {
    expect(parseScreeningForm({ id: 'A', decision: 'ms', reason: 'r' })).toMatchObject({
      errors: { decision: 'hr.stages.error.decision' },
    });
    expect(parseScreeningForm({ id: { __proto__: 'x' }, decision: 'MS', reason: ['r'] })).toMatchObject({
      errors: { selection: 'hr.stages.error.selection', reason: 'hr.stages.error.reason' },
    });
  });
});

describe('a datetime-local value in WITA', () => {
  it('reads 08:00 on 1 September 2026 in Kupang as 00:00 UTC', () => {
    expect(witaInstant('2026-09-01T08:00')).toBe('2026-09-01T08:00:00+08:00');
    expect(new Date(witaInstant('2026-09-01T08:00')!).toISOString()).toBe('2026-09-01T00:00:00.000Z');
  });

  it('keeps the seconds a browser may send', () => {
    expect(witaInstant('2026-09-01T08:00:30')).toBe('2026-09-01T08:00:30+08:00');
  });

  it('refuses dates and times that do not exist, and other formats', () => {
    for (const v of ['2026-02-30T08:00', '2026-09-01T25:00', '2026-09-01', '2026-09-01T08:00Z', ''])
      expect([v, witaInstant(v)]).toEqual([v, undefined]);
  });
});

describe('the SKD session form', () => {
  const session = { code: 'SKD-1', place: 'UPT BKN Kupang', startsAt: '2026-09-01T08:00' };

  it('seats every MS applicant without a seat by default', () => {
    expect(parseSkdSessionForm(session)).toEqual({
      ok: true,
      value: { ...session, startsAt: '2026-09-01T08:00:00+08:00', who: 'unseated', ids: [] },
    });
  });

  it('asks for a row when only the selected ones sit it', () => {
    expect(parseSkdSessionForm({ ...session, who: 'selected' })).toEqual({
      ok: false,
      errors: { selection: 'hr.stages.error.selection' },
    });
  });

  it('names a missing code and place and a start that is not a time', () => {
    expect(parseSkdSessionForm({ startsAt: 'besok pagi' })).toEqual({
      ok: false,
      errors: {
        code: 'hr.stages.error.code',
        place: 'hr.stages.error.place',
        startsAt: 'hr.stages.error.startsAt',
      },
    });
  });
});
