// The audit trail on the real database: a hash chain that shows any edit, insertion or removal.
import { appendAudit, appendAuditBatch, verifyAuditChain, hashRecord, GENESIS } from '../../db/audit-chain';
import { serialAudit } from '../../activities/audit';
import type { Database } from '../../db/connection';
import { testDatabase } from '../support/servers';

let db: Database;
const entry = (key: string) => ({
  key,
  at: '2026-07-01T00:00:00Z',
  actor: 'w',
  role: 'hr',
  action: 'a',
  subject: 'h',
});
beforeEach(async () => {
  db = await testDatabase(`audit-${expect.getState().currentTestName}`);
  for (let i = 1; i <= 5; i++) {
    await appendAudit(db.models, {
      key: `appraisal/2026/198501012010011001/rating/${i}`,
      at: `2026-0${i}-15T09:00:00.000+08:00`,
      actor: 'hr-1',
      role: 'hr',
      action: 'application.screened',
      subject: i % 2 ? 'application/CPNS-2026/abc' : 'application/CPNS-2026/def',
      reason: `decision ${i}`,
      before: { status: 'registered' },
      after: { status: 'screened-ms', score: i * 1.5 },
    });
  }
});
afterEach(() => db.close());

describe('audit trail', () => {
  it('verifies an untouched chain of five records', async () => {
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 5 });
  });

  it('keeps one record when the same decision is appended twice', async () => {
    const again = await appendAudit(db.models, {
      key: 'appraisal/2026/198501012010011001/rating/3',
      at: '2027-01-01T00:00:00Z',
      actor: 'x',
      role: 'hr',
      action: 'other',
      subject: 's',
    });
    expect(again.seq).toBe(3);
    expect(await db.models.audit.countDocuments()).toBe(5);
  });

  it('serialises concurrent appends into one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appendAudit(db.models, {
          key: `concurrent/${i}`,
          at: '2026-06-01T00:00:00Z',
          actor: 'w',
          role: 'hr',
          action: 'a',
          subject: 'c',
        }),
      ),
    );
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 17 });
  });

  it('continues the chain from the trail when its head is missing or left behind', async () => {
    // A trail written before the head existed.
    await db.models.auditHead.deleteMany({});
    expect((await appendAudit(db.models, entry('no-head'))).seq).toBe(6);
    // A writer that stopped between its insert and the head's update.
    await db.models.auditHead.updateOne({ _id: 'chain' }, { $set: { seq: 3, hash: 'stale' } });
    expect((await appendAudit(db.models, entry('head-behind'))).seq).toBe(7);
    expect(await db.models.auditHead.findById('chain').lean()).toMatchObject({ seq: 7 });
    // A repeated append still finds the first record.
    expect((await appendAudit(db.models, entry('no-head'))).seq).toBe(6);
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 7 });
  });

  it('appends a group of decisions in order, continuing the chain', async () => {
    const stored = await appendAuditBatch(
      db.models,
      [1, 2, 3].map((i) => ({ ...entry(`group/${i}`), reason: `group ${i}` })),
    );
    expect(stored.map((r) => r.seq)).toEqual([6, 7, 8]);
    expect(stored[1]!.prevHash).toBe(stored[0]!.hash);
    expect(await db.models.auditHead.findById('chain').lean()).toMatchObject({
      seq: 8,
      hash: stored[2]!.hash,
    });
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 8 });
  });

  it('keeps the first record of a key repeated in a group and appends the others after the chain', async () => {
    const stored = await appendAuditBatch(db.models, [
      entry('fresh/1'),
      { ...entry('appraisal/2026/198501012010011001/rating/2'), reason: 'a retry' },
      entry('fresh/2'),
    ]);
    expect(stored.map((r) => [r.seq, r.reason])).toEqual([
      [6, ''],
      [2, 'decision 2'],
      [7, ''],
    ]);
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 7 });
  });

  it('groups concurrent appends of one process into one unbroken chain, each answered with its record', async () => {
    const append = serialAudit(db.models);
    const stored = await Promise.all(Array.from({ length: 30 }, (_, i) => append(entry(`queued/${i}`))));
    expect(stored.map((r) => r.key)).toEqual(Array.from({ length: 30 }, (_, i) => `queued/${i}`));
    expect(new Set(stored.map((r) => r.seq)).size).toBe(30);
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: true, records: 35 });
  });

  it('names the edited record when a reason is changed in the database', async () => {
    await db.models.audit.collection.updateOne({ seq: 3 }, { $set: { reason: 'rewritten later' } });
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('edited') },
    });
  });

  it('names the record after a removed one', async () => {
    await db.models.audit.collection.deleteOne({ seq: 2 });
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('missing') },
    });
  });

  it('names an inserted record even when it is renumbered to fit', async () => {
    // An insider shifts records 3..5 up by one and slips a forged, well-hashed record in at 3.
    for (const seq of [5, 4, 3])
      await db.models.audit.collection.updateOne({ seq }, { $set: { seq: seq + 1 } });
    const prev = (await db.models.audit.findOne({ seq: 2 }).lean())!;
    const forged = {
      seq: 3,
      key: 'forged',
      at: '2026-02-20T00:00:00Z',
      actor: 'hr-9',
      role: 'hr',
      action: 'application.screened',
      subject: 'x',
      reason: '',
      before: null,
      after: null,
      prevHash: prev.hash,
    };
    await db.models.audit.collection.insertOne({ ...forged, hash: hashRecord(forged) });
    await expect(verifyAuditChain(db.models)).resolves.toMatchObject({ ok: false, firstBad: { seq: 4 } });
  });

  it('starts the chain from the genesis hash', async () => {
    const first = (await db.models.audit.findOne({ seq: 1 }).lean())!;
    expect(first.prevHash).toBe(GENESIS);
  });
});
