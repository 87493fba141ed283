// The result codes an announcement prints beside each candidate, from what the application's record holds.
import { stageResult, type CodedApplication } from '../../../domain/recruitment/result-codes';
import {
  announcementColumns,
  announcementNumber,
  announcementRow,
  letterDate,
} from '../../../domain/recruitment/announcement-layout';
import type { ExportedApplication } from '../../../domain/recruitment/exports';

const skd = (twk: number, tiu: number, tkp: number, passed: boolean) => ({
  twk,
  tiu,
  tkp,
  total: twk + tiu + tkp,
  passed,
});
const finalist = (outcome: string, extra: Partial<CodedApplication> = {}): CodedApplication => ({
  status: outcome,
  screening: { decision: 'MS' },
  skd: skd(100, 120, 190, true),
  skb: { score: 80 },
  final: { rank: 1, outcome },
  ...extra,
});

describe('result codes of the administration announcement', () => {
  it('prints MS or TMS as screened, and leaves out the unscreened', () => {
    expect(
      stageResult('CPNS', 'administration', { status: 'screened-ms', screening: { decision: 'MS' } }),
    ).toEqual({ code: 'MS' });
    expect(
      stageResult('CPNS', 'administration', { status: 'screened-tms', screening: { decision: 'TMS' } }),
    ).toEqual({ code: 'TMS' });
    expect(stageResult('CPNS', 'administration', { status: 'registered' })).toBeUndefined();
  });
});

describe('result codes of the SKD announcement', () => {
  it('prints TH for a candidate absent from SKD and TL under the passing grade', () => {
    expect(stageResult('CPNS', 'skd', { status: 'skd-failed', skdAbsent: true })).toEqual({ code: 'TH' });
    expect(stageResult('CPNS', 'skd', { status: 'skd-failed', skd: skd(60, 100, 180, false) })).toEqual({
      code: 'TL',
    });
  });

  it('prints P before the cut, then P/L for those advanced to SKB and P/TL for those over the grade but past 3×', () => {
    expect(stageResult('CPNS', 'skd', { status: 'skd-passed', skd: skd(70, 90, 170, true) })).toEqual({
      code: 'P',
    });
    expect(stageResult('CPNS', 'skd', { status: 'skb-advanced', skd: skd(70, 90, 170, true) })?.code).toBe(
      'P/L',
    );
    expect(stageResult('CPNS', 'skd', { status: 'not-advanced', skd: skd(70, 90, 170, true) })).toEqual({
      code: 'P/TL',
    });
    expect(
      stageResult('CPNS', 'skd', { status: 'screened-tms', screening: { decision: 'TMS' } }),
    ).toBeUndefined();
  });
});

describe('result codes of the final announcement', () => {
  it('prints P/L for a passer, P/TL for optimalisasi, TL for a finalist who did not pass', () => {
    expect(stageResult('CPNS', 'final', finalist('passed'))).toEqual({ code: 'P/L' });
    expect(stageResult('CPNS', 'final', finalist('optimalisasi'))).toEqual({
      code: 'P/TL',
      note: 'optimalisasi',
    });
    expect(stageResult('CPNS', 'final', finalist('not-passed'))).toEqual({ code: 'TL' });
  });

  it('prints TH for a finalist with no score at the last test (SKB, or the PPPK competency test)', () => {
    expect(stageResult('CPNS', 'final', finalist('not-passed', { skb: undefined }))).toEqual({ code: 'TH' });
    expect(stageResult('PPPK', 'final', finalist('not-passed', { competency: { total: 520 } }))).toEqual({
      code: 'TL',
    });
    expect(stageResult('PPPK', 'final', finalist('not-passed'))).toEqual({ code: 'TH' });
  });

  it('prints APS for a passer who withdrew, and keeps the ranked code of another who withdrew', () => {
    const aps = finalist('passed', { status: 'withdrawn', withdrawal: { afterPassing: true } });
    expect(stageResult('CPNS', 'final', aps)).toEqual({ code: 'APS' });
    const waiting = finalist('optimalisasi', { status: 'withdrawn', withdrawal: { afterPassing: false } });
    expect(stageResult('CPNS', 'final', waiting)).toEqual({ code: 'P/TL', note: 'mengundurkan diri' });
  });

  it('prints P/L for the candidate moved up to fill a vacancy, and notes a passer whose documents failed', () => {
    expect(
      stageResult('CPNS', 'final', finalist('optimalisasi', { status: 'replaced-in', replacementOf: 'X' })),
    ).toEqual({
      code: 'P/L',
      note: 'pengganti (optimalisasi)',
    });
    expect(stageResult('CPNS', 'final', finalist('passed', { status: 'documents-failed' }))?.code).toBe(
      'P/L',
    );
    expect(stageResult('CPNS', 'final', { status: 'skb-advanced' })).toBeUndefined();
  });
});

describe('the announcement layout', () => {
  it('numbers an announcement by its pattern and the year in WITA', () => {
    // 31 December 2026 17:00 UTC is 1 January 2027 01:00 WITA.
    const at = new Date('2026-12-31T17:00:00Z');
    expect(
      announcementNumber('800/{cycle}/{stage}/BKPSDM/{year}', {
        cycle: 'CPNS-2026',
        stage: 'skd',
        announcedAt: at,
      }),
    ).toBe('800/CPNS-2026/SKD/BKPSDM/2027');
    expect(letterDate(at)).toBe('1 Januari 2027');
  });

  it('prints the NIK in the official version only, and no birth date or email in either', () => {
    const a = {
      ...finalist('passed'),
      _id: 'CPNS-2026-0123456789abcdef0123',
      nik: '5371014501960001',
      name: 'Maria Ndun',
      formationCode: 'PK',
      formationType: 'umum',
      registrationNumber: 'CPNS-2026-00001',
      skb: { score: 88, components: { CAT: 90, PRAKTIK: 85 } },
      final: { rank: 1, outcome: 'passed', score: 82.6 },
    } as ExportedApplication;
    const official = announcementRow('CPNS', 'final', 'official', a, 1)!;
    const published = announcementRow('CPNS', 'final', 'public', a, 1)!;
    expect(official.cells).toEqual([
      '1',
      '1',
      'CPNS-2026-00001',
      '5371014501960001',
      'Maria Ndun',
      '410',
      '88',
      'CAT 90, PRAKTIK 85',
      '82,6',
      'P/L',
      'Lulus',
    ]);
    expect(published.cells).toEqual([
      '1',
      '1',
      'CPNS-2026-00001',
      'Maria Ndun',
      '410',
      '88',
      'CAT 90, PRAKTIK 85',
      '82,6',
      'P/L',
      'Lulus',
    ]);
    expect(announcementColumns('CPNS', 'final', 'public').map((c) => c.header)).not.toContain('NIK');
    expect(announcementColumns('CPNS', 'final', 'public')).toHaveLength(published.cells.length);
    expect(announcementColumns('CPNS', 'final', 'official')).toHaveLength(official.cells.length);
  });
});
