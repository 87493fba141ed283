// End to end over HTTP: the real createApp on a free port and a real worker in-process, on the Temporal
// dev server, FerretDB and the SMTP capture, with a schedule compressed to seconds.
//
// A CPNS cycle of 60 candidates in 3 formations goes from registration to the appointments: a duplicate
// application, a refused late one, a withdrawal before screening, TMS results with an accepted and a
// rejected appeal, SKD results with failures on each sub-test and an absence, a special formation
// (disabilitas) passing on the total, ties at the 3× cut broken by TKP and by TIU and an all-equal tie that
// lets an extra candidate through, SKB weights, final ties broken at each of the four levels, a withdrawal
// after passing and rejected documents, each vacancy filled by the next candidate. A PPPK cycle, run
// alongside, takes the shorter path: one competency test ranked without a passing grade (ties broken by
// the technical part and by age), a withdrawal after passing and a missed document deadline (reminder,
// then replacement). Every final list, ranking (HR and public) and each candidate's own view and mailbox
// is checked against what the pure rules say the plan must end in.
import type { Client } from '@temporalio/client';
import type { Database } from '../../db/connection';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { answer } from '../../api/client';
import {
  checkApplications,
  checkMailboxes,
  checkOwnViews,
  checkRankings,
} from '../support/recruitment-checks';
import { checkAudit } from '../support/recruitment-audit';
import { startTestEngine, type TestEngine } from '../support/engine';
import { RecruitmentApi, untilCycleEnded } from '../support/recruitment-client';
import { expectationsFor, type Expectations } from '../support/recruitment-expected';
import {
  applicationBody,
  cycleCode,
  type Applicant,
  type CandidatePlan,
  type CycleSpec,
} from '../support/recruitment-plans';
import {
  announce,
  applyAll,
  appealsAndAnswers,
  competencyResults,
  createCycle,
  documentStage,
  screenAndAnnounce,
  skbResults,
  skdSessionsAndResults,
} from '../support/recruitment-stages';
import { mailTo, uniqueEmail } from '../support/servers';
import { hrMailTo, phaseSummariesTo } from '../support/hr-mail';
import { documentKinds } from '../../domain/recruitment/documents';

const hrContacts = { email: uniqueEmail('hr'), headEmail: uniqueEmail('hr-head') };
let engine: TestEngine;
let client: Client;
let db: Database;
let api: RecruitmentApi;
const started: string[] = [];
let pppkRun: ReturnType<typeof runPppk>;

beforeAll(async () => {
  engine = await startTestEngine('recruitment-e2e', { hr: hrContacts, encrypted: true });
  ({ client, db } = engine);
  api = await RecruitmentApi.connect(engine.baseUrl);
  pppkRun = runPppk();
  pppkRun.catch(() => undefined); // reported by its own test
});
afterAll(async () => {
  // Whatever a failed test left running would otherwise wait on its timers until the server stops.
  const apps = await db.models.applications.find({ cycleCode: { $in: started } }, { workflowId: 1 }).lean();
  await Promise.all(
    [...started.map(cycleWorkflowId), ...apps.map((a) => a.workflowId)].map((id) =>
      client.workflow
        .getHandle(id)
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  await engine.stop();
});

/** Waits for the cycle and every application workflow to end: after that, no email is still on its way. */
const untilEverythingEnded = (code: string) => untilCycleEnded(client, db, code, 120_000);

// Seconds for days. Registration must outlast 60 applications, each answered once its workflow has
// written the record (20-60 s on a busy 2-CPU machine); an appeal window, the announcement's fan-out to
// every candidate (14-25 s there, more under heavy load) and the candidate's reaction, with room to spare;
// those who submit their documents at once must do so before the reminder (30 s after their window
// opens), which only the planned late one gets.
const compressed = {
  schedule: { appealWindow: 'PT50S', appealAnswerWindow: 'PT30S', documentWindow: 'PT40S' },
  rules: { windows: { appealAnswerReminderBefore: 'PT10S', documentReminderBefore: 'PT10S' } },
};

// ------------------------------------------------------------------------------------------ CPNS

const PK = 'PRANATA-KOMPUTER';
const AS = 'ANALIS-SDM';
const AR = 'ARSIPARIS';
const names = [
  'Maria Fernandez',
  'Yohanes Lado',
  'Agustina Nenobais',
  'Paulus Bria',
  'Dewi Tefa',
  'Kristian Manafe',
  'Yuliana Sinlae',
  'Markus Bana',
  'Ester Lay',
  'Roni Tallo',
  'Fransiska Kolo',
  'Imanuel Ndun',
  'Sarlota Pah',
  'Daniel Manu',
  'Ribka Toy',
  'Semuel Benu',
  'Naomi Adu',
  'Yosef Seran',
  'Veronika Bere',
  'Petrus Nahak',
  'Elisabeth Mau',
  'Simon Liu',
  'Rosalina Fanggi',
  'Andreas Nalle',
  'Marselina Lake',
  'Benediktus Taek',
  'Yuniar Riwu',
  'Alfons Kase',
  'Debora Sabu',
  'Gregorius Bau',
  'Oktavia Kana',
  'Hendrik Ratu',
  'Irene Dethan',
  'Leonardus Asa',
  'Martha Ully',
  'Nikolaus Dami',
  'Priska Haba',
  'Rafael Lobo',
  'Sesilia Tanof',
  'Theodorus Pello',
  'Ursula Nope',
  'Valentinus Boru',
  'Wilhelmina Nomleni',
  'Zakarias Lepa',
  'Antonia Mesah',
  'Bernadus Koa',
  'Katarina Dimu',
  'Dominikus Sogen',
  'Emilia Kapitan',
  'Filipus Neno',
  'Getrudis Leki',
  'Hironimus Taga',
  'Ignasia Lopo',
  'Yakobus Olin',
  'Klara Rihi',
  'Laurensius Nuban',
  'Magdalena Wadu',
  'Nathan Riwu Kaho',
  'Oktovianus Selan',
  'Paskalia Ora',
];
let nameAt = 0;
const skd = (twk: number, tiu: number, tkp: number) => ({ twk, tiu, tkp });
const skb = (cat: number, praktik: number) => ({ CAT: cat, PRAKTIK: praktik });
function cand(
  key: string,
  formation: string,
  scores: ReturnType<typeof skd> | undefined,
  extra: Partial<CandidatePlan> = {},
) {
  const n = nameAt++;
  return {
    key,
    name: names[n]!,
    formation,
    // Distinct birth dates, so that no two candidates are equal on every ranking key unless a test says so.
    birthDate: `19${92 + (n % 8)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
    gpa: 3.2,
    skd: scores,
    ...extra,
  } satisfies CandidatePlan;
}

const cpnsPlans: CandidatePlan[] = [
  // PRANATA-KOMPUTER, formasi umum, 3 vacancies: the top 9 who pass SKD advance.
  cand('A01', PK, skd(120, 140, 200), { skb: skb(70, 70) }), // 460
  cand('A02', PK, skd(115, 135, 198), { skb: skb(85, 90), documents: 'withdraw' }), // 448, passes, withdraws
  cand('A03', PK, skd(110, 130, 196), { skb: skb(80, 80) }), // 436, first in line: fills A02's vacancy
  cand('A04', PK, skd(105, 125, 194), { skb: skb(90, 85) }), // 424
  cand('A05', PK, skd(100, 120, 192)), // 412, absent from SKB: TL
  cand('A06', PK, skd(95, 115, 190), { skb: skb(75, 70) }), // 400
  cand('A07', PK, skd(90, 110, 188), { skb: skb(78, 80) }), // 388
  cand('A08', PK, skd(85, 100, 170)), // 355
  cand('A09', PK, skd(85, 90, 185), { skb: skb(70, 60) }), // 360, TKP 185: 9th, advances
  cand('A10', PK, skd(90, 90, 180)), // 360, TKP 180: 10th, the tie at the cut broken by TKP
  cand('A11', PK, skd(80, 85, 175)), // 340
  cand('A12', PK, skd(70, 85, 170)), // 325
  cand('A13', PK, skd(60, 120, 190)), // TWK 60 < 65
  cand('A14', PK, skd(100, 75, 190)), // TIU 75 < 80
  cand('A15', PK, skd(100, 120, 160)), // TKP 160 < 166
  cand('A16', PK, undefined), // absent from SKD
  cand('A17', PK, skd(100, 100, 180), { tms: true, appeal: 'accepted', skb: skb(95, 95) }), // 380, TMS reversed
  cand('A18', PK, skd(100, 100, 180), { tms: true, appeal: 'rejected' }),
  cand('A19', PK, undefined, { tms: true }),
  cand('A20', PK, skd(70, 80, 170)), // 320
  cand('A21', PK, skd(65, 80, 166)), // 311, every sub-test exactly at its passing grade
  cand('A22', PK, skd(65, 80, 165)), // TKP 165, one below
  cand('A23', PK, skd(75, 85, 175)), // 335
  cand('A24', PK, skd(80, 80, 180)), // 340, TKP 180 > A11's 175
  cand('A25', PK, skd(65, 95, 170)), // 330
  cand('A26', PK, skd(70, 75, 200)), // TIU 75 < 80
  // ANALIS-SDM, formasi umum, 2 vacancies: the top 6 advance, and a 7th all-equal with the 6th.
  cand('B01', AS, skd(110, 130, 200), { skb: skb(60, 60) }), // 440
  cand('B02', AS, skd(105, 125, 195), { skb: skb(80, 80) }), // 425: final ties with B04, higher SKD total
  cand('B03', AS, skd(100, 120, 190), { skb: skb(85, 85), documents: 'reject' }), // 410, TKP 190
  cand('B04', AS, skd(95, 115, 182), { skb: skb(84, 84) }), // 392: final ties with B02
  cand('B05', AS, skd(100, 115, 195), { skb: skb(85, 85) }), // 410, TKP 195: final tie with B03 won on TKP
  cand('B06', AS, skd(85, 100, 175), { skb: skb(90, 90), gpa: 3.5 }), // 360
  cand('B07', AS, skd(85, 100, 175), { skb: skb(90, 90), gpa: 3.6 }), // 360, equal to B06 but for the GPA
  cand('B08', AS, skd(90, 100, 169)), // 359, 8th: not advanced
  cand('B09', AS, skd(80, 90, 170)), // 340
  cand('B10', AS, skd(65, 80, 166)), // 311
  cand('B11', AS, skd(65, 80, 165)), // TKP 165 < 166
  cand('B12', AS, skd(60, 100, 180)), // TWK 60 < 65
  cand('B13', AS, skd(90, 75, 180)), // TIU 75 < 80
  cand('B14', AS, undefined, { tms: true }),
  cand('B15', AS, skd(70, 85, 170)), // 325
  cand('B16', AS, skd(75, 85, 168)), // 328
  cand('B17', AS, skd(70, 90, 172)), // 332
  cand('B18', AS, skd(80, 80, 170)), // 330, TKP 170
  cand('B19', AS, skd(65, 85, 180)), // 330, TKP 180
  cand('B20', AS, skd(100, 100, 100)), // TKP 100 < 166
  cand('B21', AS, skd(70, 85, 175)), // 330, TKP 175
  cand('B22', AS, undefined, { withdrawEarly: true }),
  // ARSIPARIS, formasi disabilitas, 1 vacancy: passes on total ≥ 286 with TIU ≥ 60; the top 3 advance.
  cand('C01', AR, skd(50, 90, 170), { skb: skb(85, 85) }), // 310: TWK 50 would fail formasi umum
  cand('C02', AR, skd(60, 65, 165)), // 290: below every umum grade, passes on the total
  cand('C03', AR, skd(70, 55, 190)), // 315 but TIU 55 < 60
  cand('C04', AR, skd(60, 70, 150)), // total 280 < 286
  cand('C05', AR, skd(55, 60, 171)), // 286, exactly the total and TIU grades
  cand('C06', AR, skd(70, 80, 180), { skb: skb(80, 80), birthDate: '1994-01-01' }), // 330
  cand('C07', AR, skd(70, 80, 180), { skb: skb(80, 80), birthDate: '1992-06-15' }), // 330, older than C06
  cand('C08', AR, skd(65, 75, 170)), // 310, TKP 170 as C01: the tie at the cut broken by TIU
  cand('C09', AR, undefined), // absent from SKD
  cand('C10', AR, skd(45, 60, 160)), // 265
  cand('C11', AR, skd(40, 60, 150)), // 250
  cand('C12', AR, skd(50, 65, 172)), // 287
];

const cpnsTitle = 'Seleksi CPNS Pemerintah Kota Kupang 2026';
const cpns = (code: string): CycleSpec => ({
  code,
  kind: 'CPNS',
  title: cpnsTitle,
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 3 },
    { code: AS, title: 'Analis Sumber Daya Manusia Aparatur', unit: 'BKPSDM', type: 'umum', vacancies: 2 },
    { code: AR, title: 'Arsiparis Ahli Pertama', unit: 'DISARPUS', type: 'disabilitas', vacancies: 1 },
  ],
  // 60 applications, each confirmed from its mailbox: on two busy cores (CI runs two test files at once)
  // they took over 75 s; the window is long enough for that, and the rest of the cycle starts at its end.
  registrationMs: 120_000,
  ...compressed,
  skbComponents: [
    { code: 'CAT', name: 'CAT SKB', kind: 'cat', weight: 0.6 },
    { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical', weight: 0.4 },
  ],
  skdSessions: [
    { code: 'SKD-1', place: 'UPT BKN Kupang, Ruang CAT 1', startsAt: '2026-09-01T08:00:00+08:00' },
    { code: 'SKD-2', place: 'UPT BKN Kupang, Ruang CAT 2', startsAt: '2026-09-01T13:00:00+08:00' },
  ],
});

const keysOf = (list: Applicant[]) => list.map((a) => a.plan.key);

describe('a CPNS cycle over HTTP', () => {
  it('takes 60 candidates in 3 formations to their appointments, each told of every step by email', async () => {
    const t0 = Date.now();
    const times: Record<string, number> = {};
    const lap = (what: string) => {
      times[what] = Math.round((Date.now() - t0) / 100) / 10;
      process.stderr.write(`[recruitment e2e] CPNS ${what} at ${times[what]} s\n`);
    };
    const spec = cpns(cycleCode('CPNS-E2E'));
    started.push(spec.code);
    const opensAt = await createCycle(api, spec);

    // ---- registration: 60 applications, a duplicate, another formation for the same NIK, a withdrawal
    const applicants = await applyAll(api, spec.code, cpnsPlans, 12);
    lap(
      `applications in, ${Math.round((opensAt + spec.registrationMs - Date.now()) / 1000)} s of registration left`,
    );
    const a01 = applicants[0]!;
    const applications = { params: { path: { code: spec.code } } };
    const again = await answer(
      api.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
        ...applications,
        body: a01.body,
      }),
    );
    expect(again).toEqual({ status: 200, json: { applicationId: a01.applicationId } });
    const elsewhere = await answer(
      api.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
        ...applications,
        body: { ...a01.body, formationCode: AS },
      }),
    );
    expect(elsewhere.status).toBe(409);
    const expected = expectationsFor(spec, applicants);
    const a = (key: string) => applicants.find((x) => x.plan.key === key)!;
    const e = (key: string) => expected.of(key);

    // ---- registration closes: a late application is refused
    await api.untilPhase(spec.code, 'screening');
    lap('registration closed');
    const late = await answer(
      api.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
        ...applications,
        body: applicationBody({
          key: 'late',
          name: 'Terlambat Daftar',
          formation: AR,
          birthDate: '1995-01-01',
          gpa: 3,
        }),
      }),
    );
    expect(late.status).toBe(409);
    expect(late.json.detail).toMatch(/registration .* is open from .*the cycle is in its screening phase/);

    // ---- administration: screening, announcement, appeals
    const announced = await screenAndAnnounce(api, spec.code, applicants);
    expect(announced.stage).toBe('administration');
    const margin = Math.min(...(await appealsAndAnswers(api, applicants)));
    lap(`appeals filed and answered; they had ${Math.round(margin / 1000)} s of their window left`);

    // ---- SKD
    await skdSessionsAndResults(api, spec, expected);
    await announce(api, spec.code, 'skd');
    lap('SKD announced');

    // ---- the cut to SKB, SKB, the final announcement
    await skbResults(api, spec, expected);
    lap('SKB uploaded');
    await announce(api, spec.code, 'final');

    // ---- documents, withdrawal, replacements, appointments
    await documentStage(api, spec, expected);
    lap('documents done');
    await untilEverythingEnded(spec.code);
    lap('closed');

    // ---- the rules' answer for the cases this cycle was built around (the reference says the same)
    expect([e('A09'), e('A10')].map((x) => [x.skd!.total, x.skdRank, x.advanced])).toEqual([
      [360, 9, true],
      [360, 10, false],
    ]);
    expect([e('B06'), e('B07'), e('B08')].map((x) => [x.skdRank, x.advanced])).toEqual([
      [expect.any(Number), true],
      [expect.any(Number), true],
      [8, false],
    ]);
    expect([e('B06').skdRank, e('B07').skdRank].sort()).toEqual([6, 7]);
    expect([e('C01'), e('C08')].map((x) => [x.skd!.total, x.skdRank, x.advanced])).toEqual([
      [310, 3, true],
      [310, 4, false],
    ]);
    expect([e('C01'), e('C02'), e('C05')].map((x) => x.skd!.passed)).toEqual([true, true, true]);
    expect(e('C03').skd!.reasons).toEqual(['TIU 55 < 60']);
    expect(e('C04').skd!.reasons).toEqual(['Total SKD 280 < 286']);
    expect(e('A13').skd!.reasons).toEqual(['TWK 60 < 65']);
    expect(e('A21').skd!.passed).toBe(true);
    expect(e('A22').skd!.reasons).toEqual(['TKP 165 < 166']);
    expect(e('A16').skd!.reasons).toEqual(['tidak mengikuti SKD / absent']);
    expect(keysOf(expected.ranking(PK, 'final'))).toEqual([
      'A02',
      'A17',
      'A04',
      'A03',
      'A07',
      'A01',
      'A06',
      'A09',
      'A05',
    ]);
    // B05/B03 tie on score and SKD total (TKP decides), B07/B06 on everything but GPA, B02/B04 on score.
    expect(keysOf(expected.ranking(AS, 'final'))).toEqual(['B05', 'B03', 'B07', 'B06', 'B02', 'B04', 'B01']);
    expect([e('B05'), e('B03'), e('B07'), e('B06'), e('B02'), e('B04')].map((x) => x.final!.score)).toEqual([
      80.818, 80.818, 80.182, 80.182, 78.909, 78.909,
    ]);
    // C07 and C06 are equal on every key but age: the older one first.
    expect(keysOf(expected.ranking(AR, 'final'))).toEqual(['C01', 'C07', 'C06']);
    expect(e('A02').final).toEqual({ rank: 1, score: 84.782, outcome: 'passed' });
    expect(e('A05').final).toEqual({ rank: 9, score: 0, outcome: 'not-passed' });
    expect(
      Object.fromEntries(spec.formations.map((f) => [f.code, keysOf(expected.appointed(f.code)).sort()])),
    ).toEqual({ [PK]: ['A03', 'A04', 'A17'], [AS]: ['B05', 'B07'], [AR]: ['C01'] });

    // ---- what the engine did, over HTTP
    const cycle = await api.cycle(spec.code);
    expect(cycle).toMatchObject({ phase: 'closed', replacements: 2, unfilled: [] });
    expect(cycle.counts.byStatus).toEqual({
      appointed: 6,
      withdrawn: 2,
      'documents-failed': 1,
      optimalisasi: 10,
      'not-passed': 1,
      'not-advanced': 22,
      'skd-failed': 15,
      'screened-tms': 3,
    });
    for (const f of spec.formations) {
      const appointed = await api.applications(spec.code, { formation: f.code, status: 'appointed' });
      expect(appointed.map((x) => x.applicationId).sort()).toEqual(
        expected
          .appointed(f.code)
          .map((x) => x.applicationId)
          .sort(),
      );
    }
    expect((await api.applications(spec.code, { stage: 'appointment' })).length).toBe(6);
    await checkApplications(api, spec, expected);
    await checkRankings(api, spec, expected);
    await checkOwnViews(api, expected);
    await checkAudit(api, spec, expected);
    // The reversed TMS, as its candidate reads it: every decision with its reason, from the audit trail.
    const a17 = await api.application(a('A17').applicationId, a('A17').token);
    expect(a17.history.map((h: { action: string }) => h.action)).toEqual([
      'application.confirm',
      'application.screen-tms',
      'application.appealed',
      'application.appeal-accepted',
      'application.screen-ms',
      ...documentKinds.map(() => 'application.document-uploaded'),
      'application.verify-documents',
      'application.appoint',
    ]);
    expect(a17.history[3].reason).toBe('Ijazah pada lampiran kedua sesuai kualifikasi');
    const withdrawal = (await api.application(a('A02').applicationId)).withdrawal;
    expect(withdrawal).toMatchObject({ afterPassing: true, reason: 'Diterima bekerja di instansi lain' });
    expect((await api.application(a('B22').applicationId)).withdrawal).toMatchObject({
      afterPassing: false,
      banYears: [],
    });
    expect(await db.models.bans.countDocuments({ cycleCode: spec.code })).toBe(1);

    // ---- every candidate's mailbox, and nothing for HR (every appeal was answered in time)
    const { delivered: mail } = await checkMailboxes(expected, { ordered: false });
    expect(mail).toHaveLength(expected.applicants.reduce((n, x) => n + expected.of(x).mail.length, 0));
    expect(await hrMailTo(hrContacts.email)).toEqual([]);
    expect(await mailTo(hrContacts.headEmail)).toEqual([]);
    // HR's summary of each phase, with the audit trail's signed checkpoint of it, closing included.
    expect((await phaseSummariesTo(hrContacts.email)).map((m) => m.subject)).toContain(
      `Seleksi ${spec.code}: tahap closed`,
    );
    const outbox = await db.models.outbox
      .find({ _id: { $regex: `^application/${spec.code}/` } }, { status: 1 })
      .lean();
    expect(outbox.filter((m) => m.status !== 'sent')).toEqual([]);
    expect(outbox).toHaveLength(mail.length);
    lap('checked');
  }, 420_000);
});

// ------------------------------------------------------------------------------------------ PPPK

const GM = 'GURU-MATEMATIKA';
const PR = 'PERAWAT';
const comp = (technical: number, managerial: number, interview: number) => ({
  technical,
  managerial,
  interview,
});
const pppkPlans: CandidatePlan[] = [
  {
    key: 'M01',
    name: 'Yuliana Sinlae',
    formation: GM,
    birthDate: '1991-02-02',
    gpa: 3.1,
    competency: comp(300, 120, 30),
  }, // 450
  {
    key: 'M02',
    name: 'Markus Bana',
    formation: GM,
    birthDate: '1990-01-01',
    gpa: 3.1,
    competency: comp(280, 130, 30),
  }, // 440: fills M03's vacancy
  {
    key: 'M03',
    name: 'Ester Lay',
    formation: GM,
    birthDate: '1993-03-03',
    gpa: 3.1,
    competency: comp(285, 125, 30),
    documents: 'miss',
  }, // 440, higher technical; passes, misses the document deadline
  {
    key: 'M04',
    name: 'Roni Tallo',
    formation: GM,
    birthDate: '1994-04-04',
    gpa: 3.1,
    competency: comp(250, 100, 20),
  }, // 370
  { key: 'M05', name: 'Sarlota Pah', formation: GM, birthDate: '1995-05-05', gpa: 3.1 }, // absent: TL
  { key: 'M06', name: 'Daniel Manu', formation: GM, birthDate: '1996-06-06', gpa: 3.1, tms: true },
  {
    key: 'N01',
    name: 'Naomi Adu',
    formation: PR,
    birthDate: '1990-07-07',
    gpa: 3.4,
    competency: comp(200, 150, 35),
    documents: 'withdraw',
  }, // 385, older
  {
    key: 'N02',
    name: 'Yosef Seran',
    formation: PR,
    birthDate: '1993-08-08',
    gpa: 3.4,
    competency: comp(200, 150, 35),
  }, // 385: fills N01's vacancy
  {
    key: 'N03',
    name: 'Veronika Bere',
    formation: PR,
    birthDate: '1992-09-09',
    gpa: 3.4,
    competency: comp(180, 140, 30),
  }, // 350
];

/** The PPPK cycle, driven to its end; started in beforeAll so that its waits overlap the CPNS cycle's. */
async function runPppk() {
  const t0 = Date.now();
  const spec: CycleSpec = {
    code: cycleCode('PPPK-E2E'),
    kind: 'PPPK',
    title: 'Seleksi PPPK Tenaga Guru dan Kesehatan Kota Kupang 2026',
    formations: [
      { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 2 },
      { code: PR, title: 'Perawat Ahli Pertama', unit: 'DINKES', type: 'umum', vacancies: 1 },
    ],
    registrationMs: 30_000,
    ...compressed,
    schedule: { ...compressed.schedule, appealWindow: 'PT8S' },
  };
  started.push(spec.code);
  await createCycle(api, spec);
  const applicants = await applyAll(api, spec.code, pppkPlans);
  const expected: Expectations = expectationsFor(spec, applicants);
  await screenAndAnnounce(api, spec.code, applicants);
  const skdRefused = await answer(
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
      params: { path: { code: spec.code } },
      body: { rows: [{ applicationId: applicants[0]!.applicationId, twk: 100, tiu: 100, tkp: 180 }] },
    }),
  );
  await competencyResults(api, spec, expected);
  await announce(api, spec.code, 'final');
  await documentStage(api, spec, expected);
  await untilEverythingEnded(spec.code);
  return { spec, expected, skdRefused, seconds: Math.round((Date.now() - t0) / 1000) };
}

describe('a PPPK cycle over HTTP', () => {
  it('screens, ranks one competency test without a passing grade, and fills a withdrawal', async () => {
    const { spec, expected, skdRefused, seconds } = await pppkRun;
    expect(skdRefused.status).toBe(409);
    expect(keysOf(expected.ranking(GM, 'final'))).toEqual(['M01', 'M03', 'M02', 'M04', 'M05']);
    expect(keysOf(expected.ranking(PR, 'final'))).toEqual(['N01', 'N02', 'N03']);
    expect(
      Object.fromEntries(spec.formations.map((f) => [f.code, keysOf(expected.appointed(f.code)).sort()])),
    ).toEqual({ [GM]: ['M01', 'M02'], [PR]: ['N02'] });
    expect(await api.cycle(spec.code)).toMatchObject({
      phase: 'closed',
      replacements: 2,
    });
    await checkApplications(api, spec, expected);
    await checkRankings(api, spec, expected);
    await checkOwnViews(api, expected);
    await checkAudit(api, spec, expected);
    await checkMailboxes(expected, { ordered: false });
    expect(await hrMailTo(hrContacts.email)).toEqual([]);
    process.stderr.write(`[recruitment e2e] PPPK cycle ended ${seconds} s after it was created\n`);
  }, 420_000);
});
