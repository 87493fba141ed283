// The dashboard's numbers on a cycle of a few thousand applications (3,000 by default,
// DASHBOARD_TEST_SIZE for more), seeded straight into the read model with an audit trail of two decisions
// per application and the cycle's own steps, beside another cycle's trail that must not count: the funnel
// and the time in stage come out as seeded, through the real database's cursors, projections and the one
// prefix query of the trail. The time it takes and the heap's growth are printed, not asserted.
import { performance } from 'node:perf_hooks';
import type { Database } from '../../db/connection';
import type { RecruitmentDeps } from '../../commands/recruitment/context';
import { dashboardCommands } from '../../commands/recruitment/dashboard';
import { seedCycle, type SeededCycle } from '../support/seeded-cycle';
import { testFields } from '../support/crypto';
import { testDatabase } from '../support/servers';

const SIZE = Number(process.env.DASHBOARD_TEST_SIZE ?? 3_000);
const H = 3_600_000;
const t0 = Date.parse('2026-07-01T00:00:00Z');

let db: Database;
let cycle: SeededCycle;
let seq = 0;

/** An audit record as the trail stores it (the chain's fields filled, not verifiable: not read here). */
const record = (subject: string, action: string, at: number) => {
  seq += 1;
  return {
    seq,
    key: `${subject}/${action}/${seq}`,
    at: new Date(at).toISOString(),
    actor: 'hr-1',
    role: 'hr',
    action,
    subject,
    keyId: 'k1',
    personalDigest: 'd',
    personal: null,
    prevHash: 'p',
    hash: `h${seq}`,
  };
};

beforeAll(async () => {
  db = await testDatabase('dashboard-large');
  const code = `CPNS-DASHBIG-${Date.now().toString(36).toUpperCase()}`;
  const started = Date.now();
  cycle = await seedCycle(db.models, testFields, { code, size: SIZE });
  const apps = await db.models.applications.find({ cycleCode: code }, { workflowId: 1 }).lean();
  const trail = apps.flatMap((a, i) => [
    record(a.workflowId, 'application.confirm', t0 + i * 1000),
    // Screened an hour after confirming, the last ones two hours after.
    record(a.workflowId, 'application.screen-ms', t0 + i * 1000 + (i < SIZE / 2 ? 1 : 2) * H),
    record(a.workflowId, 'application.appealed', t0 + 60 * H),
  ]);
  const other = Array.from({ length: 500 }, (_, i) =>
    record(`application/CPNS-OTHER/${i.toString(16).padStart(20, '0')}`, 'application.confirm', t0),
  );
  const wf = `recruitment-cycle/${code}`;
  const steps = [
    record(wf, 'cycle.announced/skd', t0 + 100 * H),
    record(wf, 'cycle.skb-cut', t0 + 130 * H),
    record(wf, 'cycle.announced/final', t0 + 250 * H),
  ];
  const all = [...trail, ...other, ...steps];
  for (let i = 0; i < all.length; i += 5_000)
    await db.models.audit.collection.insertMany(all.slice(i, i + 5_000), { ordered: false });
  process.stderr.write(
    `seeded ${SIZE} applications and ${all.length} audit records in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe("the dashboard's numbers on a large cycle", () => {
  it('counts the funnel and the time in stage as seeded', async () => {
    const commands = dashboardCommands({ models: db.models } as RecruitmentDeps);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const d = await commands.cycleDashboard(cycle.code);
    const ms = performance.now() - started;
    const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    process.stderr.write(
      `cycleDashboard over ${SIZE} applications: ${Math.round(ms)} ms, heap +${heapMB.toFixed(1)} MB\n`,
    );

    // Every seeded application is MS with a passing SKD score and a final result; 10 pass per formation.
    const passed = 10 * cycle.formations.length;
    expect(d.funnel).toEqual([
      { step: 'registered', count: SIZE },
      { step: 'ms', count: SIZE },
      { step: 'skd-present', count: SIZE },
      { step: 'skd-passed', count: SIZE },
      { step: 'skb-advanced', count: SIZE },
      { step: 'passed', count: passed },
      { step: 'appointed', count: 0 },
    ]);
    expect(d.applications).toBe(SIZE);
    const last = (SIZE - 1) * 1000;
    expect(d.timeInStage).toEqual([
      { stage: 'screening', count: SIZE, medianMs: 1.5 * H, longestMs: 2 * H },
      {
        stage: 'skd',
        count: SIZE,
        medianMs: expect.any(Number),
        longestMs: 99 * H,
      },
      { stage: 'skb-cut', count: SIZE, medianMs: 30 * H, longestMs: 30 * H },
      { stage: 'skb', count: SIZE, medianMs: 120 * H, longestMs: 120 * H },
    ]);
    // The last one screened two hours after confirming, at (SIZE - 1) s, waited least for the SKD result.
    expect(d.timeInStage[1]!.medianMs).toBeLessThan(99 * H);
    expect(d.timeInStage[1]!.medianMs).toBeGreaterThanOrEqual(98 * H - last);
  });
});
