// A cycle's dashboard on HR's desk, in Chromium on the real engine: a small CPNS cycle driven over the
// API to after the SKD announcement (one TMS, one passer, one failing score, one absent), and one
// candidate's appeal against the SKD result. The dashboard's phase is in words; its funnel table holds
// what the applications hold (from the API), as does the API's dashboard operation, and its SVG has one
// bar per step with the same numbers; time in stage lists the stages passed; the open tasks show the
// appeal with its due date and links; axe-clean; an employee is refused the page.
import { must } from '../../api/client';
import { absentFromSkd } from '../../domain/recruitment/views';
import { formatInstant } from '../../domain/time';
import { seedOrg } from '../workflows/appraisal-support/org';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { announce, apply, createCycle, screenAndAnnounce } from '../support/recruitment-stages';

const suite = browserSuite('hr-dashboard-e2e');

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-DASH'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (dasbor)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  // Long enough for a candidate to appeal on a busy machine; HR's answer is due well after the test.
  schedule: { appealWindow: 'PT15S', appealAnswerWindow: 'PT2H', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT1H', documentReminderBefore: 'PT2M' } },
};
const plans: CandidatePlan[] = [
  { key: 'D01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'D02', name: 'Yohanes Tefa', formation: PK, birthDate: '1995-07-30', gpa: 3.1 },
  { key: 'D03', name: 'Agustina Bria', formation: PK, birthDate: '1997-04-02', gpa: 3.2 },
  { key: 'D04', name: 'Petrus Lake', formation: PK, birthDate: '1994-12-19', gpa: 2.9, tms: true },
];

/** The cycle after the SKD announcement: D01 passes, D02's score fails TWK, D03 was absent, D04 is TMS. */
async function cycleAfterSkd(): Promise<Applicant[]> {
  const api = suite.api;
  await createCycle(api, spec);
  const applicants: Applicant[] = [];
  for (const p of plans) applicants.push(await apply(api, spec.code, p));
  await screenAndAnnounce(api, spec.code, applicants);
  await api.untilPhase(spec.code, 'skd', 90_000);
  const [maria, yohanes, agustina] = applicants as [Applicant, Applicant, Applicant];
  const path = { code: spec.code };
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
      params: { path },
      body: {
        sessions: [
          {
            code: 'SKD-1',
            place: 'UPT BKN Kupang',
            startsAt: '2026-09-01T08:00:00+08:00',
            applicationIds: [maria, yohanes, agustina].map((a) => a.applicationId),
          },
        ],
      },
    }),
  );
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
      params: { path },
      body: {
        rows: [
          { applicationId: maria.applicationId, twk: 80, tiu: 95, tkp: 180 },
          { applicationId: yohanes.applicationId, twk: 60, tiu: 95, tkp: 180 },
        ],
      },
    }),
  );
  await eventually(
    () => api.application(yohanes.applicationId),
    (a) => a.skd !== undefined,
  );
  await announce(api, spec.code, 'skd');
  await api.untilStatuses(
    spec.code,
    new Map([
      [maria.applicationId, 'skd-passed' as const],
      [yohanes.applicationId, 'skd-failed' as const],
      [agustina.applicationId, 'skd-failed' as const],
    ]),
    'the SKD announcement',
  );
  return applicants;
}

describe("a cycle's dashboard", () => {
  it('shows the funnel, the time in stage and the open tasks as the applications hold them', async () => {
    const started = Date.now();
    const applicants = await cycleAfterSkd();
    const yohanes = applicants[1]!;
    const api = suite.api;

    // Yohanes appeals the SKD result: HR's answer is an open task of the cycle.
    await api.untilDeadline(yohanes, 'appeal-skd');
    await must(
      201,
      api.as(yohanes.token).POST('/api/v1/recruitment/applications/{id}/appeals', {
        params: { path: { id: yohanes.applicationId } },
        body: { stage: 'skd', reason: 'Nilai TWK saya di lembar hasil CAT adalah 70, bukan 60.' },
      }),
    );
    const task = await eventually(
      async () =>
        (
          await must(
            200,
            api.hr.GET('/api/v1/tasks', {
              params: { query: { status: 'open', cycleCode: spec.code, type: 'appeal-answer' } },
            }),
          )
        ).tasks.find((t) => t.applicationId === yohanes.applicationId),
      (t) => t !== undefined,
    );
    expect(task).toBeDefined();
    const prepared = Date.now() - started;

    // What the applications hold, from the API, counted as the funnel's steps say.
    const apps = await Promise.all(applicants.map((a) => api.application(a.applicationId)));
    const expected = [
      apps.length,
      apps.filter((a) => a.screening?.decision === 'MS').length,
      // Present: a score of their own (the API shows an absent candidate's SKD as zeros, so marked).
      apps.filter((a) => a.skd !== undefined && a.skd.reasons?.[0] !== absentFromSkd.reasons?.[0]).length,
      apps.filter((a) => a.status === 'skd-passed').length,
      0,
      0,
      0,
    ];
    expect(expected).toEqual([4, 3, 2, 1, 0, 0, 0]);
    // The cycle records its SKD announcement once every application heard it.
    const fromApi = await eventually(
      () =>
        must(
          200,
          api.hr.GET('/api/v1/recruitment/cycles/{code}/dashboard', {
            params: { path: { code: spec.code } },
          }),
        ),
      (d) => d.timeInStage.length === 2,
    );
    expect(fromApi.funnel.map((f) => f.count)).toEqual(expected);
    expect(fromApi.applications).toBe(4);

    const { page, problems } = await suite.signedIn('hr-1', `/hr/recruitment/cycles/${spec.code}`);
    const shown = Date.now();
    await expect(page.locator('h1').textContent()).resolves.toBe(`${spec.title} (${spec.code})`);
    await expect(page.locator('#phase').textContent()).resolves.toBe(
      'Tahap sekarang: masa sanggah hasil SKD.',
    );
    await expect(page.locator('#next-deadline').textContent()).resolves.toMatch(
      /^Tenggat berikutnya: (Masa sanggah Seleksi Kompetensi Dasar \(SKD\) berakhir|Batas tugas: Menjawab sanggah peserta seleksi): .+ WITA$/,
    );

    // The funnel's table and its chart: the same numbers, one bar per step.
    const rows = await page.locator('#funnel-table tbody tr').allTextContents();
    expect(rows).toEqual([
      `Terdaftar${expected[0]}`,
      `Memenuhi syarat (MS)${expected[1]}`,
      `Hadir SKD${expected[2]}`,
      `Lulus passing grade SKD${expected[3]}`,
      `Lolos ke SKB${expected[4]}`,
      `Lulus${expected[5]}`,
      `Diangkat${expected[6]}`,
    ]);
    await expect(page.locator('#funnel-chart rect').count()).resolves.toBe(7);
    await expect(page.locator('#funnel-chart text.bar-value').allTextContents()).resolves.toEqual(
      expected.map(String),
    );
    const widths = (await page
      .locator('#funnel-chart rect')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))))) as number[];
    expect(widths.map((w) => Math.round((w / widths[0]!) * 4))).toEqual(expected);

    // The counts by status and formation.
    await expect(page.locator('#counts tbody tr').allTextContents()).resolves.toEqual([
      'tidak memenuhi syarat (TMS)11',
      'lulus passing grade SKD11',
      'tidak lulus SKD22',
    ]);

    // Time in stage: the stages every application has left (screening, and waiting for the SKD result).
    await expect(
      page.locator('#time-table tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-stage'))),
    ).resolves.toEqual(['screening', 'skd']);
    expect(fromApi.timeInStage.map((s) => [s.stage, s.count])).toEqual([
      ['screening', 4],
      ['skd', 3],
    ]);
    await expect(page.locator('#time-chart rect').count()).resolves.toBe(2);

    // The appeal to answer, with its due date, its application and its task list.
    const taskRow = page.locator('#tasks tbody tr', { hasText: 'Yohanes Tefa' });
    await expect(taskRow.locator('td').allTextContents()).resolves.toEqual([
      'Menjawab sanggah peserta seleksi',
      'Yohanes Tefa',
      formatInstant(task!.dueAt, 'id'),
      'Sanggah',
    ]);
    await expect(taskRow.getByRole('link', { name: 'Yohanes Tefa' }).getAttribute('href')).resolves.toBe(
      `/hr/recruitment/applications/${yohanes.applicationId}`,
    );
    await expect(taskRow.getByRole('link', { name: 'Sanggah' }).getAttribute('href')).resolves.toBe(
      `/hr/recruitment/cycles/${spec.code}/appeals`,
    );

    // Every section of the desk is a link away.
    const hrefs = await page
      .locator('#sections a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const base = `/hr/recruitment/cycles/${spec.code}`;
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `${base}/applications`,
        `${base}/screening`,
        `${base}/skd-sessions`,
        `${base}/results`,
        `${base}/announcements`,
        `${base}/rankings/${PK}`,
        `${base}/appeals`,
        `${base}/documents`,
        `${base}/exports`,
        `${base}/evidence`,
      ]),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    process.stderr.write(
      `hr-dashboard: cycle prepared in ${prepared} ms; page shown and checked in ${Date.now() - shown} ms\n`,
    );

    // In English on the toggle; an unknown cycle is a page not found.
    await page.goto(`${suite.engine.baseUrl}${base}?lang=en`);
    await expect(page.locator('#phase').textContent()).resolves.toBe(
      'Current phase: appeals against the SKD result.',
    );
    await expect(page.locator('#funnel-chart title').textContent()).resolves.toBe('Selection funnel');
    const unknown = await page
      .context()
      .request.get(`${suite.engine.baseUrl}/hr/recruitment/cycles/NO-SUCH-CYCLE`);
    expect(unknown.status()).toBe(404);

    // An employee gets no HR page.
    const org = await seedOrg(suite.engine.db.models, 'dashboard');
    const employee = await suite.signedIn(org.staff[0]!.nip, '/me');
    const refused = await employee.context.request.get(`${suite.engine.baseUrl}${base}`);
    expect(refused.status()).toBe(403);
  });
});
