// What a candidate sees after the final ranking of a CPNS cycle, on the time-skipping server with real
// activities, database and SMTP capture: the email telling a passer who missed the document deadline that
// they failed the document stage; one vacancy offered, and only one, when a passer leaves at the moment the
// deadline passes or HR rejects their documents; the ranking showing each candidate's current outcome; and
// the application read model without empty score objects.
import { applicationState } from '../../workflows/recruitment/messages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { formatInstant } from '../../domain/time';
import { testFields } from '../support/crypto';
import { workflowHarness } from '../support/harness';
import { maybeStoreHistory } from '../support/histories';
import { commandsFor, DAY, hrActor as hr } from '../support/recruitment';
import { cpnsScenario } from '../support/recruitment-cpns';
import { mailTo, resultWhenDone } from '../support/servers';

/** A withdrawal whose write to the read model is held back until the test releases it. */
let held: { applicationId: string; released: Promise<void> } | undefined;
const h = workflowHarness('time-skipping', 'recruitment-candidates', (acts) => ({
  ...acts,
  async recordWithdrawal(input: Parameters<typeof acts.recordWithdrawal>[0]) {
    const hold = held;
    if (hold && input.applicationId === hold.applicationId) await hold.released;
    return acts.recordWithdrawal(input);
  },
}));
const title = 'Seleksi CPNS Kota Kupang 2026';
const scenario = () => cpnsScenario(h, title);
type Scenario = ReturnType<typeof scenario>;

/** The final ranking of a formation as HR reads it: application id → outcome. */
async function outcomes(s: Scenario, formation: string, publicView = false) {
  const { rows } = await s.cmd.rankings(s.code, formation, 'final', publicView);
  return publicView
    ? rows.map((r) => r.outcome)
    : Object.fromEntries(rows.map((r) => [r.applicationId, r.outcome]));
}

async function applicationHandle(s: Scenario, name: keyof Scenario['id']) {
  const app = await h.db.models.applications.findById(s.id[name]).lean();
  return h.env.client.workflow.getHandle(app!.workflowId);
}

async function cycleResult(s: Scenario) {
  return resultWhenDone(h.env.client.workflow.getHandle(cycleWorkflowId(s.code)));
}

describe('a passer who misses the document deadline', () => {
  it('is told by email that they failed the document stage, when, and that the vacancy goes on', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');
    const deadline = (await s.cmd.getApplication(s.id.maria)).deadlines!.documents as string;

    await h.env.sleep(30 * DAY + 3600_000);
    await s.x.untilStatuses([s.id.maria, s.id.yohanes], ['documents-failed', 'replaced-in']);
    const subjects = await s.x.until(
      () => s.mailOf('maria'),
      (m) => m.includes(`Batas waktu dokumen terlewati: ${title}`),
      "Maria's email about the missed deadline",
    );
    const mail = await mailTo(s.people.maria.email);
    const letter = mail.find((x) => x.subject.startsWith('Batas waktu dokumen terlewati'))!;
    expect(letter.text).toContain(formatInstant(deadline, 'id'));
    expect(letter.text).toContain('TIDAK MEMENUHI SYARAT pada tahap pemberkasan');
    expect(letter.text).toContain('peserta optimalisasi berikutnya');
    // Told once, after the reminder and before anything else.
    expect(subjects.slice(-2)).toEqual([
      `Pengingat batas waktu dokumen: ${title}`,
      `Batas waktu dokumen terlewati: ${title}`,
    ]);

    await s.documents('yohanes');
    await expect(cycleResult(s)).resolves.toMatchObject({ phase: 'closed', replacements: 1 });
    expect(await s.mailOf('maria')).toHaveLength(subjects.length);
    await maybeStoreHistory(await applicationHandle(s, 'maria'), 'recruitment-application-deadline-missed');
  });
});

describe('one vacancy, offered once', () => {
  it('when the passer withdraws as the document deadline passes', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');
    const deadline = Date.parse((await s.cmd.getApplication(s.id.maria)).deadlines!.documents as string);

    await h.env.sleep(deadline - (await h.env.currentTimeMs()) - 500);
    await Promise.allSettled([s.cmd.withdraw(s.id.maria, 'Diterima di instansi lain'), h.env.sleep(1000)]);
    await s.x.until(
      () => s.x.statusOf(s.id.yohanes),
      (v) => v === 'replaced-in',
      "Yohanes's replacement",
    );
    await s.documents('yohanes');
    await expect(cycleResult(s)).resolves.toMatchObject({
      phase: 'closed',
      replacements: 1,
      unfilled: [],
    });
    // Paulus, the next in rank, was never moved up.
    expect(await s.x.statusOf(s.id.paulus)).toBe('optimalisasi');
    expect(['withdrawn', 'documents-failed']).toContain(await s.x.statusOf(s.id.maria));
  });

  it('when HR rejects the documents of a passer who withdraws at the same moment', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');
    await s.x.until(
      () => s.cmd.getApplication(s.id.maria).then((a) => a.deadlines?.documents),
      Boolean,
      "Maria's document window",
    );
    await s.cmd.submitDocuments(s.id.maria);

    await Promise.allSettled([
      s.cmd.verifyDocuments(s.id.maria, false, 'SKCK kedaluwarsa', hr),
      s.cmd.withdraw(s.id.maria, 'Diterima di instansi lain'),
    ]);
    await s.x.until(
      () => s.x.statusOf(s.id.yohanes),
      (v) => v === 'replaced-in',
      "Yohanes's replacement",
    );
    await s.documents('yohanes');
    await expect(cycleResult(s)).resolves.toMatchObject({
      phase: 'closed',
      replacements: 1,
      unfilled: [],
    });
    expect(await s.x.statusOf(s.id.paulus)).toBe('optimalisasi');
  });
});

describe('a vacancy offered to a candidate who has just withdrawn', () => {
  it('goes on to the next in rank instead of being lost (and holding the cycle open)', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');
    const deadline = Date.parse((await s.cmd.getApplication(s.id.maria)).deadlines!.documents as string);
    await h.env.sleep(deadline - (await h.env.currentTimeMs()) - 5_000);

    // Yohanes, next in rank, withdraws; the read model does not show it yet when Maria's deadline passes,
    // so the cycle offers her vacancy to him.
    let release!: () => void;
    held = { applicationId: s.id.yohanes, released: new Promise<void>((r) => (release = r)) };
    const withdrawal = s.cmd.withdraw(s.id.yohanes, 'Sudah bekerja di tempat lain');
    const yohanes = await applicationHandle(s, 'yohanes');
    await s.x.until(
      () => yohanes.query(applicationState).then((a) => a.status),
      (v) => v === 'withdrawn',
      "Yohanes's withdrawal",
    );
    // (The held write keeps the test server from skipping time, so this is a real 10 s.)
    await h.env.sleep(10_000);
    await s.x.until(
      () => h.db.models.applications.findById(s.id.yohanes).lean(),
      (a) => a?.replacementOf === s.id.maria && a.status === 'optimalisasi',
      "the offer of Maria's vacancy to Yohanes",
    );
    release();
    held = undefined;
    await withdrawal;

    await s.x.untilStatuses(
      [s.id.maria, s.id.yohanes, s.id.paulus],
      ['documents-failed', 'withdrawn', 'replaced-in'],
    );
    await s.documents('paulus');
    await expect(cycleResult(s)).resolves.toMatchObject({ phase: 'closed', unfilled: [] });
    await s.x.untilStatuses([s.id.paulus, s.id.dewi], ['appointed', 'appointed']);
    expect(await s.mailOf('yohanes')).not.toContain(`Pengisian formasi melalui optimalisasi: ${title}`);
    await maybeStoreHistory(yohanes, 'recruitment-application-offer-after-withdrawal');
  });
});

describe('a vacancy offered to a candidate whose application has ended', () => {
  it('goes on to the next in rank', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');

    await s.cmd.withdraw(s.id.yohanes, 'Sudah bekerja di tempat lain');
    await s.x.untilStatuses([s.id.yohanes], ['withdrawn']);
    // As if the offer had read the read model just before the withdrawal was written to it.
    await h.db.models.applications.updateOne({ _id: s.id.yohanes }, { $set: { status: 'optimalisasi' } });

    await h.env.sleep(30 * DAY + 3600_000);
    await s.x.untilStatuses([s.id.maria, s.id.paulus], ['documents-failed', 'replaced-in']);
    await s.documents('paulus');
    await expect(cycleResult(s)).resolves.toMatchObject({ phase: 'closed', unfilled: [] });
    await s.x.untilStatuses([s.id.paulus, s.id.dewi], ['appointed', 'appointed']);
  });
});

describe('the final ranking', () => {
  it('shows each candidate’s current outcome after a missed deadline and a withdrawal', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    expect(await outcomes(s, 'PRANATA-KOMPUTER')).toEqual({
      [s.id.maria]: 'passed',
      [s.id.yohanes]: 'optimalisasi',
      [s.id.paulus]: 'optimalisasi',
    });

    await s.cmd.withdraw(s.id.dewi, 'Diterima di instansi lain');
    await s.x.untilStatuses([s.id.dewi, s.id.kristian], ['withdrawn', 'replaced-in']);
    expect(await outcomes(s, 'DOKTER')).toEqual({
      [s.id.dewi]: 'withdrawn',
      [s.id.kristian]: 'replacement',
    });
    await s.documents('kristian');

    await h.env.sleep(30 * DAY + 3600_000);
    await s.x.untilStatuses([s.id.maria, s.id.yohanes], ['documents-failed', 'replaced-in']);
    expect(await outcomes(s, 'PRANATA-KOMPUTER')).toEqual({
      [s.id.maria]: 'failed-documents',
      [s.id.yohanes]: 'replacement',
      [s.id.paulus]: 'optimalisasi',
    });
    // The public ranking shows the same outcomes, in rank order, without names or ids.
    expect(await outcomes(s, 'PRANATA-KOMPUTER', true)).toEqual([
      'failed-documents',
      'replacement',
      'optimalisasi',
    ]);

    await s.documents('yohanes');
    await expect(cycleResult(s)).resolves.toMatchObject({ phase: 'closed', replacements: 2 });
    await s.x.untilStatuses([s.id.yohanes, s.id.kristian], ['appointed', 'appointed']);
    expect(await outcomes(s, 'DOKTER')).toEqual({
      [s.id.dewi]: 'withdrawn',
      [s.id.kristian]: 'replacement',
    });
  });
});

describe('the application read model', () => {
  it('omits the scores a candidate does not have instead of showing empty objects', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    const scoreFields = ['skdSession', 'skd', 'skdRank', 'skb', 'competency', 'final'];
    const screened = await s.cmd.getApplication(s.id.maria);
    expect(scoreFields.filter((f) => f in screened)).toEqual([]);
    const { items } = await s.cmd.listApplications(s.code, { page: 1, pageSize: 10 });
    expect(items.flatMap((a) => scoreFields.filter((f) => f in a))).toEqual([]);

    await s.skd(['paulus']);
    await s.x.untilStatuses([s.id.paulus], ['skd-failed']);
    // Absent from SKD: the result says so, and there is no final score.
    const paulus = await s.cmd.getApplication(s.id.paulus);
    expect(paulus.skd).toMatchObject({ passed: false, reasons: ['tidak mengikuti SKD / absent'] });
    expect('final' in paulus).toBe(false);
    // Failed SKD: SKD scores, no final score.
    const agustina = await s.cmd.getApplication(s.id.agustina);
    expect(agustina.skd).toMatchObject({ twk: 60, total: 370, passed: false });
    expect(['skb', 'final'].filter((f) => f in agustina)).toEqual([]);
  });

  it('leaves out the empty result objects of a record written before results were optional', async () => {
    const { cmd } = commandsFor(h.env, h.db, h.taskQueue);
    const id = `LEGACY-${Date.now().toString(36)}`;
    await h.db.models.applications.collection.insertOne({
      _id: id as never,
      cycleCode: 'LEGACY',
      workflowId: `application/LEGACY/${id}`,
      applicantKey: id,
      formationCode: 'DOKTER',
      formationType: 'umum',
      nik: testFields.seal('5371014101900001'),
      name: 'Data Lama',
      email: testFields.seal('lama@test.kupangkota.go.id'),
      birthDate: '1990-01-01',
      education: { level: 'S1', major: 'Kedokteran', gpa: 3.5 },
      language: 'id',
      status: 'skd-failed',
      seq: 4,
      screening: { decision: 'MS', reason: 'berkas lengkap' },
      skdSession: {},
      skd: { twk: 50, tiu: 80, tkp: 150, total: 280, passed: false, reasons: ['TWK 50 < 65'] },
      skb: {},
      competency: {},
      final: {},
      appeals: {},
      deadlines: {},
    });
    const app = await cmd.getApplication(id);
    expect(['screening', 'skdSession', 'skd', 'skb', 'competency', 'final'].filter((f) => f in app)).toEqual([
      'screening',
      'skd',
    ]);
  });
});
