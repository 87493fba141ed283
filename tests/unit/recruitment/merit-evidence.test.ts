// The merit-system evidence folded from crafted trails: a clean cycle, then each exception on its own
// (dates not kept, a decision without reason or person, an appeal late, unanswered or outside its window,
// a rule set that differs), and the ranking check against the published rules.
import {
  DATE_TOLERANCE_MS,
  meritEvidenceOf,
  rankingCheck,
  type EvidenceRecord,
} from '../../../domain/recruitment/merit-evidence';
import { skdComparator, skdKeys, type SkdRanked } from '../../../domain/recruitment/ranking';
import { cpns2024 } from '../../../domain/recruitment/rule-sets';

const CYCLE = 'recruitment-cycle/CPNS-T';
const A = 'application/CPNS-T/aaaa';
const B = 'application/CPNS-T/bbbb';
const rules = { id: 'cpns-2024', windows: { appealAnswerWindow: 'P2D' } };
const t = (iso: string) => `2026-03-${iso}Z`;
const NOW = Date.parse(t('30T00:00:00.000'));

let seq = 0;
function rec(r: Partial<EvidenceRecord> & Pick<EvidenceRecord, 'action' | 'subject' | 'at'>): EvidenceRecord {
  seq += 1;
  return {
    seq,
    key: `${r.subject}/${seq}`,
    actor: 'hr-1',
    role: 'hr',
    reason: 'a reason',
    after: null,
    erased: false,
    ...r,
  };
}

/** A small cycle kept by the book: dates kept, two screened, one appeal answered in time. */
function cleanTrail(): EvidenceRecord[] {
  seq = 0;
  return [
    rec({
      action: 'cycle.created',
      subject: CYCLE,
      at: t('01T00:00:00.000'),
      after: {
        schedule: {
          registrationOpensAt: t('02T00:00:00.000'),
          registrationClosesAt: t('10T00:00:00.000'),
        },
        rules: 'cpns-2024',
      },
    }),
    rec({
      action: 'cycle.phase',
      subject: CYCLE,
      at: t('02T00:00:01.000'),
      actor: 'system',
      role: 'system',
      after: { phase: 'registration' },
    }),
    rec({ action: 'application.confirm', subject: A, at: t('03T00:00:00.000'), actor: A, role: 'candidate' }),
    rec({ action: 'application.confirm', subject: B, at: t('04T00:00:00.000'), actor: B, role: 'candidate' }),
    rec({
      action: 'cycle.phase',
      subject: CYCLE,
      at: t('10T00:00:02.000'),
      actor: 'system',
      role: 'system',
      after: { phase: 'screening' },
    }),
    rec({ action: 'application.screen-ms', subject: A, at: t('11T00:00:00.000'), reason: 'lengkap' }),
    rec({ action: 'application.screen-tms', subject: B, at: t('11T00:01:00.000'), reason: 'ijazah kurang' }),
    rec({
      action: 'cycle.announced/administration',
      subject: CYCLE,
      at: t('12T00:00:00.000'),
      after: { stage: 'administration', closesAt: t('15T00:00:00.000') },
    }),
    rec({
      action: 'application.appealed',
      subject: B,
      key: `${B}/appeal/administration`,
      at: t('13T00:00:00.000'),
      actor: B,
      role: 'candidate',
      reason: 'ijazah saya lengkap',
    }),
    rec({
      action: 'application.appeal-accepted',
      subject: B,
      key: `${B}/appeal/administration/decision`,
      at: t('14T00:00:00.000'),
      reason: 'ijazah ditemukan',
    }),
  ];
}

describe('merit evidence from the audit trail', () => {
  it('finds a clean cycle clean, with its counts', () => {
    const e = meritEvidenceOf(cleanTrail(), rules, NOW);
    expect(e.records).toBe(10);
    expect(e.open).toMatchObject({
      ruleSet: 'cpns-2024',
      registrations: 2,
      exceptions: 0,
      opened: { published: t('02T00:00:00.000'), actual: t('02T00:00:01.000'), offsetMs: 1000 },
      closed: { offsetMs: 2000 },
      announcements: [{ stage: 'administration', at: t('12T00:00:00.000'), closesAt: t('15T00:00:00.000') }],
    });
    expect(e.open.opened.problem).toBeUndefined();
    expect(e.decisions).toMatchObject({
      total: 4,
      withReasonAndPerson: 4,
      exceptions: [],
      byKind: { screening: 2, appeal: 1, announcement: 1, documents: 0, withdrawal: 0, rule: 0 },
    });
    expect(e.appeals).toEqual({ total: 1, inTime: 1, pending: 0, exceptions: [] });
  });

  it('names registration opened early and closed late, and a missing opening', () => {
    const trail = cleanTrail();
    trail[1]!.at = t('01T23:00:00.000');
    trail[4]!.at = new Date(Date.parse(t('10T00:00:00.000')) + DATE_TOLERANCE_MS + 1).toISOString();
    const e = meritEvidenceOf(trail, rules, NOW);
    expect(e.open.opened).toMatchObject({ problem: 'early', offsetMs: -3_600_000 });
    expect(e.open.closed).toMatchObject({ problem: 'late', offsetMs: DATE_TOLERANCE_MS + 1 });
    expect(e.open.exceptions).toBe(2);

    const none = meritEvidenceOf(cleanTrail().slice(2), rules, NOW);
    expect(none.open.opened.problem).toBe('missing');
    expect(none.open.ruleSet).toBeUndefined();
    expect(none.open.exceptions).toBe(3); // no opening record, no dates
  });

  it('counts a rule set that differs from the one recorded as an exception', () => {
    const e = meritEvidenceOf(cleanTrail(), { ...rules, id: 'cpns-2025' }, NOW);
    expect(e.open.exceptions).toBe(1);
  });

  it('lists decisions without reason, without actor, or by someone not entitled to them', () => {
    const trail = cleanTrail();
    trail[5]!.reason = '  ';
    trail[6]!.actor = '';
    trail[9]!.role = 'system';
    trail.push(
      rec({
        action: 'application.miss-document-deadline',
        subject: A,
        at: t('20T00:00:00.000'),
        actor: 'system',
        role: 'system',
        reason: 'documents not submitted by the deadline',
      }),
      rec({
        action: 'application.withdraw',
        subject: A,
        at: t('21T00:00:00.000'),
        actor: A,
        role: 'candidate',
      }),
      rec({
        action: 'application.verify-documents',
        subject: B,
        at: t('22T00:00:00.000'),
        erased: true,
        reason: '',
      }),
    );
    const e = meritEvidenceOf(trail, rules, NOW);
    expect(e.decisions.total).toBe(7);
    expect(e.decisions.erased).toBe(1);
    expect(e.decisions.exceptions.map((x) => [x.action, x.problem])).toEqual([
      ['application.screen-ms', 'no-reason'],
      ['application.screen-tms', 'no-actor'],
      ['application.appeal-accepted', 'not-a-person'],
    ]);
    expect(e.decisions.withReasonAndPerson).toBe(4);
    expect(e.decisions.byKind).toMatchObject({ rule: 1, withdrawal: 1, documents: 1 });
  });

  it('lists an appeal answered late (by how much), one unanswered past due, one filed outside its window', () => {
    const trail = cleanTrail();
    trail[9]!.at = t('15T01:00:00.000'); // due 15T00:00 (2 days after filing)
    trail.push(
      rec({
        action: 'application.appealed',
        subject: A,
        key: `${A}/appeal/administration`,
        at: t('14T12:00:00.000'),
        actor: A,
        role: 'candidate',
      }),
      rec({
        action: 'application.appealed',
        subject: 'application/CPNS-T/cccc',
        key: 'application/CPNS-T/cccc/appeal/administration',
        at: t('16T00:00:00.000'),
        actor: 'application/CPNS-T/cccc',
        role: 'candidate',
      }),
    );
    const e = meritEvidenceOf(trail, rules, NOW);
    expect(e.appeals).toMatchObject({ total: 3, inTime: 0, pending: 0 });
    expect(e.appeals.exceptions).toEqual([
      {
        subject: B,
        stage: 'administration',
        appealedAt: t('13T00:00:00.000'),
        dueAt: t('15T00:00:00.000'),
        answeredAt: t('15T01:00:00.000'),
        lateMs: 3_600_000,
        problem: 'answered-late',
      },
      {
        subject: A,
        stage: 'administration',
        appealedAt: t('14T12:00:00.000'),
        dueAt: t('16T12:00:00.000'),
        lateMs: NOW - Date.parse(t('16T12:00:00.000')),
        problem: 'unanswered',
      },
      expect.objectContaining({ subject: 'application/CPNS-T/cccc', problem: 'outside-window' }),
    ]);
  });

  it('counts an unanswered appeal not yet due as pending, not as an exception', () => {
    const trail = cleanTrail().slice(0, 9); // filed 13T00:00, due 15T00:00
    const e = meritEvidenceOf(trail, rules, Date.parse(t('14T00:00:00.000')));
    expect(e.appeals).toEqual({ total: 1, inTime: 0, pending: 1, exceptions: [] });
  });

  it('pairs an appeal and its answer by stage whatever order the records come in', () => {
    const trail = cleanTrail();
    const e = meritEvidenceOf([...trail].reverse(), rules, NOW);
    expect(e.appeals.inTime).toBe(1);
    expect(e.open.exceptions).toBe(0);
  });
});

describe('ranking check against the published rules', () => {
  type Row = SkdRanked & { _id: string; rank: number };
  const row = (_id: string, rank: number, twk: number, tiu: number, tkp: number): Row => ({
    _id,
    rank,
    skd: { twk, tiu, tkp, total: twk + tiu + tkp },
  });
  const check = (rows: Row[]) => {
    const c = rankingCheck<Row>('PK', 'skd', skdComparator(cpns2024), skdKeys(cpns2024));
    rows.forEach((r) => c.offer(r));
    return c.result();
  };

  it('finds a ranking the rules give again equal on every row (ties by id)', () => {
    const r = check([
      row('a', 1, 100, 100, 200),
      row('b', 2, 100, 100, 190),
      row('c', 3, 90, 100, 190),
      row('d', 4, 90, 100, 190),
    ]);
    expect(r).toEqual({ formation: 'PK', stage: 'skd', ranked: 4, equal: 4, differences: [] });
  });

  it('names two rows out of order with the key that orders them, and a rank out of sequence', () => {
    const r = check([
      row('a', 1, 100, 100, 190), // total 390, below b's 400
      row('b', 2, 100, 100, 200),
      row('c', 4, 80, 80, 180),
    ]);
    expect(r.differences).toEqual([
      { formation: 'PK', stage: 'skd', rank: 1, id: 'a', next: { id: 'b', rank: 2 }, key: 'skd.total' },
      { formation: 'PK', stage: 'skd', rank: 4, id: 'c', expectedRank: 3 },
    ]);
    expect(r.equal).toBe(0);
  });

  it('names a tie broken against the id order', () => {
    const r = check([row('b', 1, 100, 100, 200), row('a', 2, 100, 100, 200)]);
    expect(r.differences).toEqual([
      { formation: 'PK', stage: 'skd', rank: 1, id: 'b', next: { id: 'a', rank: 2 }, key: '_id' },
    ]);
  });
});
