// A CPNS cycle on the time-skipping server with real-length windows (weeks): registration, screening and an
// accepted appeal, SKD with its passing grades, the 3× cut, SKB, the final ranking, documents, a withdrawal
// after passing with its replacement, and appointment. Real activities, database and SMTP capture.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createAuth } from '../../api/auth';
import { recruitmentCommands, type RecruitmentCommands } from '../../api/routes/recruitment/commands';
import type { Database } from '../../db/connection';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../workflows/recruitment/messages';
import { realActivities, testAuthSecret, testSettings } from '../support/activities';
import { eventually } from '../support/eventually';
import { maybeStoreHistory } from '../support/histories';
import { mailTo, testDatabase, testWorker, timeSkippingEnv, uniqueTaskQueue } from '../support/servers';

const DAY = 24 * 3600 * 1000;
const hr = { actor: 'hr-1', role: 'hr' };
let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
let cmd: RecruitmentCommands;
const taskQueue = uniqueTaskQueue('recruitment-ts');

beforeAll(async () => {
  env = await timeSkippingEnv();
  db = await testDatabase('recruitment-cycle-timeskipping');
  const { activities, mailer } = realActivities(db, env);
  closeMailer = () => mailer.close();
  worker = await testWorker(env, { taskQueue, activities });
  running = worker.run();
  cmd = recruitmentCommands({
    client: env.client,
    models: db.models,
    auth: createAuth(testAuthSecret),
    taskQueue,
    applicantKeySecret: 'k'.repeat(40),
    hr: { email: testSettings.hrEmail, headEmail: testSettings.hrHeadEmail },
  });
});
afterAll(async () => {
  worker.shutdown();
  await running;
  closeMailer();
  await db.close();
  await env.teardown();
});

const phaseOf = (code: string) => cmd.getCycle(code).then((c) => c.phase);
const statusOf = (id: string) => cmd.getApplication(id).then((a) => a.status as ApplicationStatus);
async function until<T>(probe: () => Promise<T>, want: T): Promise<void> {
  expect(await eventually(probe, (v) => v === want, 60_000)).toBe(want);
}
/** Waits until the applications reach these statuses (their workflows apply fan-out signals in parallel). */
async function untilStatuses(ids: string[], want: ApplicationStatus[]): Promise<void> {
  const all = () => Promise.all(ids.map(statusOf));
  expect(await eventually(all, (v) => v.join() === want.join(), 60_000)).toEqual(want);
}
const iso = (ms: number) => new Date(ms).toISOString();
let nikSeq = 0;
const person = (
  code: string,
  name: string,
  formationCode: string,
  extra: Partial<{ birthDate: string; gpa: number }> = {},
) => ({
  nik: `537101${String(++nikSeq).padStart(10, '0')}`,
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}.${code.toLowerCase()}@test.kupangkota.go.id`,
  birthDate: extra.birthDate ?? '1996-05-17',
  education: { level: 'S1' as const, major: 'Ilmu Komputer', gpa: extra.gpa ?? 3.4 },
  formationCode,
  language: 'id' as const,
});

describe('a CPNS cycle with real-length windows', () => {
  it('runs from registration to appointment, with an accepted appeal and a replacement after a withdrawal', async () => {
    const code = `CPNS-TS-${Date.now().toString(36).toUpperCase()}`;
    const start = await env.currentTimeMs();
    await cmd.createCycle(
      {
        code,
        kind: 'CPNS',
        title: 'Seleksi CPNS Kota Kupang 2026',
        formations: [
          {
            code: 'PRANATA-KOMPUTER',
            title: 'Pranata Komputer Ahli Pertama',
            unit: 'DISKOMINFO',
            type: 'umum',
            vacancies: 1,
          },
          { code: 'DOKTER', title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
        ],
        schedule: { registrationOpensAt: iso(start + DAY), registrationClosesAt: iso(start + 22 * DAY) },
      },
      hr,
    );
    await expect(cmd.apply(code, person(code, 'Terlalu Awal', 'PRANATA-KOMPUTER'))).rejects.toMatchObject({
      status: 409,
    });

    await env.sleep(DAY + 60_000);
    await until(() => phaseOf(code), 'registration');
    const people = [
      person(code, 'Maria Fernandez', 'PRANATA-KOMPUTER'),
      person(code, 'Yohanes Lado', 'PRANATA-KOMPUTER'),
      person(code, 'Agustina Nenobais', 'PRANATA-KOMPUTER'),
      person(code, 'Paulus Bria', 'PRANATA-KOMPUTER'),
      person(code, 'Dewi Tefa', 'DOKTER'),
      person(code, 'Kristian Manafe', 'DOKTER'),
    ];
    const ids: string[] = [];
    for (const p of people) ids.push((await cmd.apply(code, p)).applicationId);
    const [maria, yohanes, agustina, paulus, dewi, kristian] = ids as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    expect((await cmd.apply(code, people[0]!)).created).toBe(false);

    await env.sleep(21 * DAY);
    await until(() => phaseOf(code), 'screening');
    await expect(cmd.apply(code, person(code, 'Terlambat', 'DOKTER'))).rejects.toMatchObject({ status: 409 });

    await cmd.screen(
      code,
      ids.map((applicationId) => ({
        applicationId,
        decision: applicationId === paulus ? ('TMS' as const) : ('MS' as const),
        reason: applicationId === paulus ? 'ijazah tidak terbaca' : 'lengkap',
      })),
      hr,
    );
    await until(() => statusOf(paulus), 'screened-tms');
    await cmd.announce(code, 'administration', hr);
    await until(
      async () => (await cmd.getApplication(paulus)).deadlines?.['appeal-administration'] !== undefined,
      true,
    );
    await cmd.appeal(
      paulus,
      'administration',
      'Ijazah asli sudah diunggah sejak awal; mohon diperiksa kembali.',
    );
    await expect(cmd.appeal(paulus, 'administration', 'lagi')).rejects.toMatchObject({ status: 409 });
    await cmd.decideAppeal(paulus, 'administration', true, 'Ijazah terbaca pada berkas kedua', hr);
    await until(() => statusOf(paulus), 'screened-ms');

    await env.sleep(3 * DAY + 60_000);
    await until(() => phaseOf(code), 'skd');
    await cmd.skdResults(
      code,
      {
        rows: [
          { applicationId: maria, twk: 100, tiu: 120, tkp: 190 }, // 410
          { applicationId: yohanes, twk: 90, tiu: 110, tkp: 180 }, // 380
          { applicationId: agustina, twk: 60, tiu: 120, tkp: 190 }, // TWK under 65
          { applicationId: paulus, twk: 80, tiu: 90, tkp: 170 }, // 340
          { applicationId: dewi, twk: 60, tiu: 90, tkp: 170 }, // cumlaude: total 320, TIU 90
          { applicationId: kristian, twk: 70, tiu: 85, tkp: 160 }, // cumlaude: total 315, TIU 85
        ],
      },
      hr,
    );
    await until(async () => (await cmd.getApplication(agustina)).skd?.passed, false);
    await cmd.announce(code, 'skd', hr);
    await untilStatuses(
      [maria, agustina, dewi, kristian],
      ['skd-passed', 'skd-failed', 'skd-passed', 'skd-passed'],
    );

    await env.sleep(3 * DAY + 60_000);
    await until(() => phaseOf(code), 'skb');
    await untilStatuses(
      [maria, yohanes, paulus, agustina, dewi, kristian],
      ['skb-advanced', 'skb-advanced', 'skb-advanced', 'skd-failed', 'skb-advanced', 'skb-advanced'],
    );

    await cmd.skbResults(
      code,
      {
        components: [
          { code: 'CAT', name: 'CAT SKB', kind: 'cat', weight: 0.6 },
          { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical', weight: 0.4 },
        ],
        rows: [
          { applicationId: maria, scores: { CAT: 80, PRAKTIK: 85 } },
          { applicationId: yohanes, scores: { CAT: 70, PRAKTIK: 70 } },
          { applicationId: paulus, scores: { CAT: 60, PRAKTIK: 65 } },
          { applicationId: dewi, scores: { CAT: 88, PRAKTIK: 90 } },
          { applicationId: kristian, scores: { CAT: 75, PRAKTIK: 80 } },
        ],
      },
      hr,
    );
    await until(async () => (await cmd.getApplication(kristian)).final?.score !== undefined, true);
    await cmd.announce(code, 'final', hr);
    await untilStatuses(
      [maria, yohanes, paulus, dewi, kristian],
      ['passed', 'optimalisasi', 'optimalisasi', 'passed', 'optimalisasi'],
    );
    // 0.4 × 410/550×100 + 0.6 × (0.6×80 + 0.4×85) = 29.818 + 49.2
    expect((await cmd.getApplication(maria)).final).toMatchObject({
      score: 79.018,
      rank: 1,
      outcome: 'passed',
    });

    await env.sleep(3 * DAY + 60_000);
    await until(() => phaseOf(code), 'documents');
    await until(async () => (await cmd.getApplication(dewi)).deadlines?.documents !== undefined, true);
    await cmd.withdraw(dewi, 'Diterima di instansi lain');
    await until(() => statusOf(kristian), 'replaced-in');
    await cmd.submitDocuments(maria, [{ kind: 'DRH', reference: 'drh-maria.pdf' }]);
    await cmd.verifyDocuments(maria, true, undefined, hr);
    await until(async () => (await cmd.getApplication(kristian)).deadlines?.documents !== undefined, true);
    await cmd.submitDocuments(kristian, [{ kind: 'DRH', reference: 'drh-kristian.pdf' }]);
    await cmd.verifyDocuments(kristian, true, undefined, hr);

    const handle = env.client.workflow.getHandle(cycleWorkflowId(code));
    await expect(handle.result()).resolves.toMatchObject({ phase: 'closed', replacements: 1 });
    await untilStatuses(
      [maria, kristian, dewi, yohanes],
      ['appointed', 'appointed', 'withdrawn', 'optimalisasi'],
    );
    expect(await db.models.bans.countDocuments({ cycleCode: code })).toBe(1);

    const mariaMail = (await mailTo(people[0]!.email)).map((m) => m.subject);
    const title = 'Seleksi CPNS Kota Kupang 2026';
    expect(mariaMail).toEqual([
      `Pendaftaran diterima: ${title}`,
      `Hasil seleksi administrasi: ${title}`,
      `Masa sanggah seleksi administrasi dibuka: ${title}`,
      `Hasil SKD: ${title}`,
      `Masa sanggah Seleksi Kompetensi Dasar (SKD) dibuka: ${title}`,
      `Hasil peringkat SKD: ${title}`,
      `Hasil akhir seleksi: ${title}`,
      `Masa sanggah hasil akhir seleksi dibuka: ${title}`,
      `Pengisian DRH dan dokumen pengangkatan: ${title}`,
      `Hasil verifikasi dokumen: ${title}`,
      `Penetapan kelulusan akhir: ${title}`,
    ]);
    const kristianMail = (await mailTo(people[5]!.email)).map((m) => m.subject);
    expect(kristianMail).toContain(`Pengisian formasi melalui optimalisasi: ${title}`);
    const dewiMail = await mailTo(people[4]!.email);
    expect(dewiMail.at(-1)!.text).toContain('selama 2 tahun anggaran berikutnya');
    await maybeStoreHistory(handle, 'recruitment-cycle-cpns');
  });
});
