// The audit trail on the real database: a keyed hash chain that shows any edit, insertion or removal, with
// sealed personal parts that retention may erase, and signed checkpoints that catch a rewrite or a
// truncation by someone who holds the database (and even the chain's key).
import { auditKeysOf, auditTrail, type AuditTrail } from '../../db/audit-trail';
import { canonicalJson, GENESIS, hashRecord, personalDigestOf, type StoredAudit } from '../../db/audit-chain';
import { signedText } from '../../db/audit-checkpoints';
import type { Database } from '../../db/connection';
import { newKeySpec, parseKeyRing } from '../../runtime/keyring';
import { newSigningKeySpec } from '../../runtime/signing';
import {
  testAuditKeyring,
  testAuditKeys,
  testAuditSigningKeys,
  testDataKeys,
  testFields,
} from '../support/crypto';
import { testDatabase } from '../support/servers';

let db: Database;
let trail: AuditTrail;
const appendAudit = (_models: unknown, e: Parameters<AuditTrail['appendOne']>[0]) => trail.appendOne(e);
const verifyAuditChain = () => trail.verify();
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
  trail = auditTrail(db.models, testAuditKeyring);
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

/**
 * Rewrites the trail from record `from` to its end consistently, as an insider with the database and
 * `ring` would: each record's personal part replaced and its digest, predecessor and hash recomputed.
 */
async function rewriteChain(
  ring: ReturnType<typeof parseKeyRing>,
  from: number,
  personalOf: (seq: number) => { reason: string; before: unknown; after: unknown },
) {
  let prev = from === 1 ? GENESIS : (await db.models.audit.findOne({ seq: from - 1 }).lean())!.hash;
  for (let seq = from; ; seq++) {
    const r = await db.models.audit.findOne({ seq }).lean<StoredAudit>();
    if (!r) return;
    const personal = personalOf(seq);
    const fields = { ...r, personalDigest: personalDigestOf(ring, r.keyId, personal)!, prevHash: prev };
    const hash = hashRecord(ring, fields)!;
    await db.models.audit.collection.updateOne(
      { seq },
      {
        $set: {
          personalDigest: fields.personalDigest,
          personal: testFields.seal(canonicalJson(personal)),
          prevHash: prev,
          hash,
        },
      },
    );
    prev = hash;
  }
}

describe('audit trail', () => {
  it('verifies an untouched chain of five records', async () => {
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 5 });
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
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 17 });
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
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 7 });
  });

  it('appends a group of decisions in order, continuing the chain', async () => {
    const stored = await trail.appendBatch(
      [1, 2, 3].map((i) => ({ ...entry(`group/${i}`), reason: `group ${i}` })),
    );
    expect(stored.map((r) => r.seq)).toEqual([6, 7, 8]);
    expect(stored[1]!.prevHash).toBe(stored[0]!.hash);
    expect(await db.models.auditHead.findById('chain').lean()).toMatchObject({
      seq: 8,
      hash: stored[2]!.hash,
    });
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 8 });
  });

  it('keeps the first record of a key repeated in a group and appends the others after the chain', async () => {
    const stored = await trail.appendBatch([
      entry('fresh/1'),
      { ...entry('appraisal/2026/198501012010011001/rating/2'), reason: 'a retry' },
      entry('fresh/2'),
    ]);
    expect(stored.map((r) => [r.seq, JSON.parse(testFields.open(r.personal!)).reason])).toEqual([
      [6, ''],
      [2, 'decision 2'],
      [7, ''],
    ]);
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 7 });
  });

  it('groups concurrent appends of one process into one unbroken chain, each answered with its record', async () => {
    const stored = await Promise.all(
      Array.from({ length: 30 }, (_, i) => trail.append(entry(`queued/${i}`))),
    );
    expect(stored.map((r) => r.key)).toEqual(Array.from({ length: 30 }, (_, i) => `queued/${i}`));
    expect(new Set(stored.map((r) => r.seq)).size).toBe(30);
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 35 });
  });

  it('names the edited record when its action is changed in the database', async () => {
    await db.models.audit.collection.updateOne({ seq: 3 }, { $set: { action: 'application.screen-tms' } });
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('edited') },
    });
  });

  it('names the record after a removed one', async () => {
    await db.models.audit.collection.deleteOne({ seq: 2 });
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('missing') },
    });
  });

  it('names an inserted record even when it is renumbered to fit', async () => {
    // An insider shifts records 3..5 up by one and slips a forged, well-hashed record in at 3.
    for (const seq of [5, 4, 3])
      await db.models.audit.collection.updateOne({ seq }, { $set: { seq: seq + 1 } });
    const prev = (await db.models.audit.findOne({ seq: 2 }).lean())!;
    // Without the audit key, the insider hashes with one of their own under the same key id.
    const own = parseKeyRing(newKeySpec('test-audit'));
    const personal = { reason: '', before: null, after: null };
    const forged = {
      seq: 3,
      key: 'forged',
      at: '2026-02-20T00:00:00Z',
      actor: 'hr-9',
      role: 'hr',
      action: 'application.screened',
      subject: 'x',
      keyId: 'test-audit',
      personalDigest: personalDigestOf(own, 'test-audit', personal)!,
      prevHash: prev.hash,
    };
    await db.models.audit.collection.insertOne({
      ...forged,
      personal: testFields.seal(canonicalJson(personal)),
      hash: hashRecord(own, forged)!,
    });
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('without the audit key') },
    });
  });

  it('starts the chain from the genesis hash', async () => {
    const first = (await db.models.audit.findOne({ seq: 1 }).lean())!;
    expect(first.prevHash).toBe(GENESIS);
  });

  it('keeps the personal part sealed at rest and opens it for its readers', async () => {
    const raw = await db.models.audit.collection.findOne({ seq: 3 });
    expect(JSON.stringify(raw)).not.toContain('decision 3');
    expect(JSON.stringify(raw)).not.toContain('screened-ms');
    const history = await trail.history('application/CPNS-2026/abc');
    expect(history.map((r) => [r.seq, r.reason, r.erased])).toEqual([
      [1, 'decision 1', false],
      [3, 'decision 3', false],
      [5, 'decision 5', false],
    ]);
    expect(history[1]!.after).toEqual({ status: 'screened-ms', score: 4.5 });
  });

  it("names a record whose sealed personal part was swapped for another record's", async () => {
    const second = (await db.models.audit.findOne({ seq: 2 }).lean())!;
    await db.models.audit.collection.updateOne({ seq: 3 }, { $set: { personal: second.personal } });
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 3, problem: expect.stringContaining('personal part does not match its digest') },
    });
  });

  it('still verifies every hash after the personal parts of a subject are erased', async () => {
    await db.models.audit.updateMany(
      { subject: 'application/CPNS-2026/abc' },
      { $set: { personal: null, erasedAt: new Date() } },
    );
    await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 5, erased: 3 });
    const history = await trail.history('application/CPNS-2026/abc');
    expect(history.map((r) => [r.reason, r.after, r.erased])).toEqual([
      ['', null, true],
      ['', null, true],
      ['', null, true],
    ]);
    expect((await trail.history('application/CPNS-2026/def'))[0]).toMatchObject({ reason: 'decision 2' });
  });

  it('fails a whole chain rewritten consistently by someone without the audit key', async () => {
    // Every record recomputed in order, as an insider with the database but another key would.
    const own = parseKeyRing(newKeySpec('test-audit'));
    await rewriteChain(own, 1, () => ({ reason: 'rewritten', before: null, after: null }));
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 1, problem: expect.stringContaining('without the audit key') },
    });
  });

  describe('checkpoints', () => {
    const occasion = {
      workflowId: 'recruitment-cycle/CPNS-2026',
      phase: 'screening',
      at: new Date('2026-08-01T00:00:00Z'),
    };

    it('signs the head once per phase, verifiable with the published public key', async () => {
      const first = await trail.checkpoint(occasion);
      const again = await trail.checkpoint({ ...occasion, at: new Date('2026-08-02T00:00:00Z') });
      expect(again).toEqual(first);
      expect(first).toMatchObject({
        id: 'recruitment-cycle/CPNS-2026/phase/screening',
        seq: 5,
        keyId: 'test-sign',
      });
      expect(first.hash).toBe((await db.models.audit.findOne({ seq: 5 }).lean())!.hash);
      const { publicKeys, checkpoints } = await trail.checkpoints();
      expect(checkpoints).toEqual([first]);
      const pem = publicKeys.find((k) => k.keyId === first.keyId)!.pem;
      const { verify } = await import('node:crypto');
      expect(verify(null, Buffer.from(signedText(first)), pem, Buffer.from(first.signature, 'base64'))).toBe(
        true,
      );
      await expect(verifyAuditChain()).resolves.toMatchObject({ ok: true, records: 5, checkpoints: 1 });
    });

    it('catches a rewrite by the holder of the audit key against the checkpoint', async () => {
      await trail.checkpoint(occasion);
      // The chain's own key rewrites record 3 and every hash after it: the chain itself is consistent.
      const ring = testAuditKeyring.chain;
      await rewriteChain(ring, 3, (seq) => ({
        reason: seq === 3 ? 'rewritten' : `decision ${seq}`,
        before: { status: 'registered' },
        after: { status: 'screened-ms', score: seq * 1.5 },
      }));
      await expect(verifyAuditChain()).resolves.toMatchObject({
        ok: false,
        badCheckpoint: {
          id: 'recruitment-cycle/CPNS-2026/phase/screening',
          seq: 5,
          problem: expect.stringContaining('rewritten at or before it'),
        },
      });
    });

    it('catches records removed from the end after a checkpoint', async () => {
      await trail.checkpoint(occasion);
      await db.models.audit.deleteMany({ seq: { $gt: 3 } });
      await db.models.auditHead.deleteMany({});
      await expect(verifyAuditChain()).resolves.toMatchObject({
        ok: false,
        records: 3,
        badCheckpoint: { seq: 5, problem: expect.stringContaining('the chain ends at record 3') },
      });
    });

    it('names a forged checkpoint, and one signed by a key that is not configured', async () => {
      const c = await trail.checkpoint(occasion);
      await db.models.auditCheckpoints.updateOne({ _id: c.id }, { $set: { seq: 4 } });
      await expect(verifyAuditChain()).resolves.toMatchObject({
        ok: false,
        badCheckpoint: { id: c.id, problem: expect.stringContaining('forged') },
      });
      await db.models.auditCheckpoints.deleteMany({});
      const other = auditTrail(
        db.models,
        auditKeysOf({
          AUDIT_KEYS: testAuditKeys,
          DATA_KEYS: testDataKeys,
          AUDIT_SIGNING_KEYS: newSigningKeySpec('intruder'),
        }),
      );
      await other.checkpoint({ ...occasion, phase: 'skd' });
      await expect(verifyAuditChain()).resolves.toMatchObject({
        ok: false,
        badCheckpoint: {
          problem: expect.stringContaining('"intruder", which is not among the configured keys'),
        },
      });
    });

    it('checks the chain against a checkpoint from an email, even when the stored ones are gone', async () => {
      const c = await trail.checkpoint(occasion);
      await db.models.auditCheckpoints.deleteMany({});
      await expect(trail.verify([{ id: 'given', seq: c.seq, hash: c.hash }])).resolves.toMatchObject({
        ok: true,
      });
      await expect(trail.verify([{ id: 'given', seq: 4, hash: c.hash }])).resolves.toMatchObject({
        ok: false,
        badCheckpoint: { id: 'given', seq: 4 },
      });
    });
  });

  it('verifies records under an older key after a new key is put in front', async () => {
    const rotated = auditTrail(
      db.models,
      auditKeysOf({
        AUDIT_KEYS: `${newKeySpec('audit-2')},${testAuditKeys}`,
        DATA_KEYS: testDataKeys,
        AUDIT_SIGNING_KEYS: testAuditSigningKeys,
      }),
    );
    expect((await rotated.appendOne(entry('after-rotation'))).keyId).toBe('audit-2');
    await expect(rotated.verify()).resolves.toMatchObject({ ok: true, records: 6 });
    // Without the new key the record written under it is named, not a crash.
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: {
        seq: 6,
        problem: expect.stringContaining('"audit-2" is not among the configured AUDIT_KEYS'),
      },
    });
  });

  it('names a record of the unkeyed format written before the chain was keyed', async () => {
    await db.models.audit.collection.updateOne(
      { seq: 1 },
      { $unset: { keyId: '', personalDigest: '', personal: '' }, $set: { reason: 'old' } },
    );
    await expect(verifyAuditChain()).resolves.toMatchObject({
      ok: false,
      firstBad: { seq: 1, problem: expect.stringContaining('unkeyed format') },
    });
    expect((await trail.history('application/CPNS-2026/abc'))[0]).toMatchObject({
      reason: 'old',
      erased: false,
    });
  });
});
