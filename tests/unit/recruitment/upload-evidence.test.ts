import type { EvidenceRecord } from '../../../domain/recruitment/merit-evidence';
import {
  auditedUploadOf,
  expectedScores,
  MAX_SCORE_FINDINGS,
  scoreCheck,
  uploadFinding,
  type AuditedUpload,
} from '../../../domain/recruitment/upload-evidence';
import { batchDigest } from '../../../db/result-batch-digest';

const record = (after: unknown, over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  seq: 7,
  key: 'recruitment-cycle/CPNS-X/results/b1',
  at: '2026-09-02T01:00:00.000Z',
  actor: 'hr-1',
  role: 'hr',
  action: 'cycle.results-applied',
  subject: 'recruitment-cycle/CPNS-X',
  reason: 'skd: 2 row(s) uploaded and applied',
  after,
  erased: false,
  ...over,
});

const upload = (over: Partial<AuditedUpload> = {}): AuditedUpload => ({
  seq: 7,
  at: '2026-09-02T01:00:00.000Z',
  actor: 'hr-1',
  role: 'hr',
  batchId: 'b1',
  kind: 'skd',
  rows: 2,
  order: 3,
  digest: 'd1',
  ...over,
});

describe('the uploads in a cycle’s trail', () => {
  it('reads an applied upload from its record, and nothing from other records', () => {
    expect(auditedUploadOf(record({ batchId: 'b1', kind: 'skd', rows: 2, order: 3, digest: 'd1' }))).toEqual(
      upload(),
    );
    expect(auditedUploadOf(record({}, { action: 'cycle.announced/skd' }))).toBeUndefined();
  });

  it('finds an upload intact when its stored batch hashes to the audited digest, else says why', () => {
    expect(uploadFinding(upload(), 'd1').problem).toBeUndefined();
    expect(uploadFinding(upload(), 'd2').problem).toBe('batch-altered');
    expect(uploadFinding(upload(), undefined).problem).toBe('batch-missing');
    expect(uploadFinding(upload({ role: 'system', actor: 'system' }), 'd1').problem).toBe('not-a-person');
  });

  it('hashes a batch the same whatever the order of its keys, and differently for one changed score', () => {
    const a = {
      cycleCode: 'CPNS-X',
      kind: 'skd',
      rows: [{ applicationId: 'A', twk: 90, tiu: 100, tkp: 180 }],
    };
    const b = {
      kind: 'skd',
      rows: [{ tkp: 180, tiu: 100, twk: 90, applicationId: 'A' }],
      cycleCode: 'CPNS-X',
    };
    expect(batchDigest(a)).toBe(batchDigest(b));
    expect(batchDigest(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(batchDigest({ ...a, rows: [{ ...a.rows[0]!, tkp: 181 }] })).not.toBe(batchDigest(a));
  });
});

describe('scores against their uploads', () => {
  const rows = new Map<string, Record<string, unknown>[]>([
    [
      'skd-1',
      [
        { applicationId: 'A', twk: 90, tiu: 100, tkp: 180 },
        { applicationId: 'B', twk: 70, tiu: 80, tkp: 160 },
      ],
    ],
    // A correction of B, uploaded after: its row counts.
    ['skd-2', [{ applicationId: 'B', twk: 75, tiu: 80, tkp: 160 }]],
    ['skb-1', [{ applicationId: 'A', scores: { CAT: 85, PRAKTIK: 90 } }]],
    ['scr-1', [{ applicationId: 'A', decision: 'MS', reason: 'lengkap' }]],
  ]);
  const uploads = [
    uploadFinding(upload({ batchId: 'skd-2', order: 4, digest: 'x' }), 'x'),
    uploadFinding(upload({ batchId: 'skd-1', order: 2, digest: 'y' }), 'y'),
    uploadFinding(upload({ batchId: 'skb-1', kind: 'skb', order: 5, digest: 'z' }), 'z'),
    uploadFinding(upload({ batchId: 'scr-1', kind: 'screening', order: 1, digest: 's' }), 's'),
  ];
  const expected = expectedScores(uploads, (id) => rows.get(id) ?? []);

  it('expects each application to hold the row of the last upload naming it, in the cycle’s order', () => {
    expect(expected.get('skd')?.get('B')).toEqual({ twk: 75, tiu: 80, tkp: 160 });
    expect(expected.get('skd')?.get('A')).toEqual({ twk: 90, tiu: 100, tkp: 180 });
    expect(expected.get('skb')?.get('A')).toEqual({ CAT: 85, PRAKTIK: 90 });
    expect([...expected.keys()].sort()).toEqual(['skb', 'skd']);
  });

  it('counts equal scores, and names a differing score, one without an upload and an upload not stored', () => {
    const check = scoreCheck(expected);
    check.offer({
      _id: 'A',
      skd: { twk: 90, tiu: 100, tkp: 180, total: 370 },
      skb: { score: 87, components: { PRAKTIK: 90, CAT: 85 } },
    });
    check.offer({ _id: 'B', skd: { twk: 70, tiu: 80, tkp: 160 } }); // the correction never reached it
    check.offer({ _id: 'C', skd: { twk: 100, tiu: 100, tkp: 200 } }); // in no upload
    const result = check.result();
    expect(result.kinds).toEqual([
      { kind: 'skd', uploaded: 2, stored: 3, equal: 1, findings: 2 },
      { kind: 'skb', uploaded: 1, stored: 1, equal: 1, findings: 0 },
    ]);
    expect(result.findings).toEqual([
      { kind: 'skd', applicationId: 'B', problem: 'differs' },
      { kind: 'skd', applicationId: 'C', problem: 'not-uploaded' },
    ]);
    const missing = scoreCheck(expected);
    missing.offer({ _id: 'A' });
    expect(missing.result().findings).toEqual([
      { kind: 'skd', applicationId: 'A', problem: 'not-stored' },
      { kind: 'skb', applicationId: 'A', problem: 'not-stored' },
    ]);
  });

  it('ignores the rows of a batch no longer stored, and keeps at most 50 findings per kind', () => {
    const gone = expectedScores(
      [uploadFinding(upload({ batchId: 'skd-1' }), undefined)],
      (id) => rows.get(id) ?? [],
    );
    expect(gone.size).toBe(0);
    const check = scoreCheck(new Map());
    for (let i = 0; i < MAX_SCORE_FINDINGS + 10; i += 1)
      check.offer({ _id: `X${i}`, skd: { twk: 1, tiu: 1, tkp: 1 } });
    const { kinds, findings } = check.result();
    expect(kinds[0]).toMatchObject({ kind: 'skd', findings: MAX_SCORE_FINDINGS + 10 });
    expect(findings).toHaveLength(MAX_SCORE_FINDINGS);
  });
});
