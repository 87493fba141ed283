// A whole CPNS cycle run by an HR officer through the pages, in Chromium on the real engine: the officer
// opens the cycle with the form, screens the applications (MS and TMS, with reasons), announces each
// stage, answers the appeals from the task list, schedules the SKD, uploads the SKD scores as the CAT
// system's CSV and the SKB scores as XLSX, verifies and rejects documents from the task list; the cycle
// closes with its appointments. The candidates act over the API as their portal does (apply, confirm,
// appeal, send documents). The same plan runs alongside as a twin cycle driven over the API alone; both
// end as the pure rules say (tests/support/recruitment-expected.ts), and in the same outcomes per
// candidate. The officer's pages are axe-clean.
import { Mutex } from 'async-mutex';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { checkApplications, checkRankings } from '../support/recruitment-checks';
import { untilCycleEnded, type RecruitmentApi } from '../support/recruitment-client';
import { expectationsFor, type Expectations } from '../support/recruitment-expected';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import {
  announce,
  appealsAndAnswers,
  apply,
  createCycle,
  documentStage,
  screenAndAnnounce,
  skbResults,
  skdSessionsAndResults,
} from '../support/recruitment-stages';
import { uploadResultsThroughPage, type ResultFileRow } from '../support/hr-pages-results';
import { openCycleThroughPage } from '../support/hr-pages-cycles';
import { announceThroughPage, scheduleSkdThroughPage, screenThroughPage } from '../support/hr-pages-stages';
import { answerAppealThroughPage, verifyDocumentsThroughPage } from '../support/hr-pages-tasks';
import { reasons } from '../support/recruitment-plans';

const suite = browserSuite('hr-desk-cycle-e2e');

const PK = 'PRANATA-KOMPUTER';
const specOf = (code: string): CycleSpec => ({
  code,
  kind: 'CPNS',
  title: `Seleksi CPNS Kota Kupang 2026 (${code.startsWith('CPNS-PAGES') ? 'lewat halaman' : 'lewat API'})`,
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 2 },
  ],
  // Six applications, each confirmed from its mailbox, while the officer's browser runs beside them.
  registrationMs: 45_000,
  // Seconds for days: room for the announcement's fan-out, the candidate's appeal, and the officer's
  // answer through two pages; documents sent and verified before the reminder.
  schedule: { appealWindow: 'PT40S', appealAnswerWindow: 'PT40S', documentWindow: 'PT90S' },
  rules: { windows: { appealAnswerReminderBefore: 'PT10S', documentReminderBefore: 'PT20S' } },
  skbComponents: [
    { code: 'CAT', name: 'CAT SKB', kind: 'cat', weight: 0.6 },
    { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical', weight: 0.4 },
  ],
  skdSessions: [
    { code: 'SKD-1', place: 'UPT BKN Kupang, Ruang CAT 1', startsAt: '2026-09-01T08:00:00+08:00' },
  ],
});

/** The same six people in each cycle (their own NIKs and addresses per cycle: `key` is per cycle). */
const plansOf = (prefix: string): CandidatePlan[] => [
  {
    key: `${prefix}1`,
    name: 'Maria Ndun',
    formation: PK,
    birthDate: '1996-02-11',
    gpa: 3.4,
    skd: { twk: 90, tiu: 100, tkp: 190 },
    skb: { CAT: 90, PRAKTIK: 85 },
  },
  {
    key: `${prefix}2`,
    name: 'Yohanes Tefa',
    formation: PK,
    birthDate: '1995-07-30',
    gpa: 3.1,
    skd: { twk: 85, tiu: 95, tkp: 180 },
    skb: { CAT: 85, PRAKTIK: 80 },
    documents: 'reject',
  },
  {
    key: `${prefix}3`,
    name: 'Agustina Nenobais',
    formation: PK,
    birthDate: '1997-03-05',
    gpa: 3.6,
    tms: true,
    appeal: 'accepted',
    skd: { twk: 60, tiu: 90, tkp: 170 },
  },
  {
    key: `${prefix}4`,
    name: 'Paulus Bria',
    formation: PK,
    birthDate: '1994-11-20',
    gpa: 3.2,
    skd: { twk: 80, tiu: 90, tkp: 175 },
    skb: { CAT: 70, PRAKTIK: 70 },
  },
  { key: `${prefix}5`, name: 'Dewi Tefa', formation: PK, birthDate: '1998-06-14', gpa: 3.0 },
  {
    key: `${prefix}6`,
    name: 'Kristian Manafe',
    formation: PK,
    birthDate: '1993-01-09',
    gpa: 2.9,
    tms: true,
    appeal: 'rejected',
  },
];

interface Run {
  spec: CycleSpec;
  applicants: Applicant[];
  expected: Expectations;
}

/** The twin: the same plan over the API only, as tests/e2e/recruitment-cycle.test.ts runs a cycle. */
async function overTheApi(api: RecruitmentApi): Promise<Run> {
  const spec = specOf(cycleCode('CPNS-TWIN'));
  await createCycle(api, spec);
  const applicants: Applicant[] = [];
  for (const p of plansOf('T')) applicants.push(await apply(api, spec.code, p));
  const expected = expectationsFor(spec, applicants);
  await screenAndAnnounce(api, spec.code, applicants);
  await appealsAndAnswers(api, applicants);
  await skdSessionsAndResults(api, spec, expected);
  await announce(api, spec.code, 'skd');
  await skbResults(api, spec, expected);
  await announce(api, spec.code, 'final');
  await documentStage(api, spec, expected);
  await untilCycleEnded(suite.engine.client, suite.engine.db, spec.code, 120_000);
  return { spec, applicants, expected };
}

/** A result file's rows for the candidates with scores, by their registration numbers and NIKs. */
async function rowsOf(
  api: RecruitmentApi,
  applicants: Applicant[],
  scoresOf: (a: Applicant) => Record<string, number> | undefined,
): Promise<ResultFileRow[]> {
  const rows: ResultFileRow[] = [];
  for (const a of applicants) {
    const scores = scoresOf(a);
    if (!scores) continue;
    const stored = await api.application(a.applicationId);
    rows.push({ registrationNumber: stored.registrationNumber!, nik: a.body.nik, name: a.body.name, scores });
  }
  return rows;
}

/** Where each candidate ended, by the person (the plan's key without its cycle's prefix). */
async function outcomes(api: RecruitmentApi, run: Run) {
  const out = new Map<string, unknown>();
  for (const a of run.applicants) {
    const s = await api.application(a.applicationId);
    out.set(a.plan.key.slice(1), {
      status: s.status,
      screening: s.screening?.decision,
      skd: s.skd ? { total: s.skd.total, passed: s.skd.passed } : undefined,
      final: s.final,
    });
  }
  return out;
}

describe('an HR officer runs a CPNS cycle through the pages', () => {
  it('opens, screens, announces, answers appeals, uploads results, verifies documents and appoints', async () => {
    const api = suite.api;
    const twin = overTheApi(api);
    twin.catch(() => undefined); // awaited below

    const { page } = await suite.signedIn('hr-1', '/hr');
    const base = suite.engine.baseUrl;
    // One officer, one browser tab: the steps the candidates' timing starts run one after the other.
    const desk = new Mutex();

    const spec = specOf(cycleCode('CPNS-PAGES'));
    await openCycleThroughPage(page, base, spec);
    expect(await axeViolations(page)).toEqual([]);
    await api.untilPhase(spec.code, 'registration', 30_000);
    const applicants: Applicant[] = [];
    for (const p of plansOf('P')) applicants.push(await apply(api, spec.code, p));
    const expected = expectationsFor(spec, applicants);

    // ---- administration: screening through the page, the announcement, the appeals from the task list
    await api.untilPhase(spec.code, 'screening');
    await screenThroughPage(
      page,
      base,
      spec.code,
      applicants.map((a) => ({
        applicationId: a.applicationId,
        decision: a.plan.tms ? 'TMS' : 'MS',
        reason: a.plan.tms ? reasons.tms : reasons.ms,
      })),
    );
    await api.untilStatuses(
      spec.code,
      new Map(applicants.map((a) => [a.applicationId, a.plan.tms ? 'screened-tms' : 'screened-ms'] as const)),
      'the screening',
    );
    await announceThroughPage(page, base, spec.code, 'administration');
    await appealsAndAnswers(api, applicants, (a, accepted, reason) =>
      desk.runExclusive(() =>
        answerAppealThroughPage(page, base, spec.code, a.applicationId, { accepted, reason }),
      ),
    );

    // ---- SKD: the session, the CAT system's CSV, the announcement
    await api.untilPhase(spec.code, 'skd');
    const sitting = applicants.filter((a) => expected.of(a).ms);
    const session = spec.skdSessions![0]!;
    await scheduleSkdThroughPage(page, base, spec.code, {
      ...session,
      // The form's datetime-local field takes the WITA wall time.
      startsAt: session.startsAt.slice(0, 16),
      applicationIds: sitting.map((a) => a.applicationId),
    });
    await uploadResultsThroughPage(page, base, spec.code, {
      kind: 'skd',
      format: 'csv',
      rows: await rowsOf(api, sitting, (a) =>
        a.plan.skd ? { TWK: a.plan.skd.twk, TIU: a.plan.skd.tiu, TKP: a.plan.skd.tkp } : undefined,
      ),
    });
    await announceThroughPage(page, base, spec.code, 'skd');

    // ---- SKB as XLSX, the final announcement
    await api.untilPhase(spec.code, 'skb');
    const advanced = applicants.filter((a) => expected.of(a).advanced);
    await api.untilStatuses(
      spec.code,
      new Map(advanced.map((a) => [a.applicationId, 'skb-advanced' as const])),
      'the cut to SKB',
    );
    await uploadResultsThroughPage(page, base, spec.code, {
      kind: 'skb',
      format: 'xlsx',
      components: spec.skbComponents!,
      rows: await rowsOf(api, advanced, (a) => a.plan.skb),
    });
    await announceThroughPage(page, base, spec.code, 'final');

    // ---- documents verified or rejected from the task list; the replacement's too; appointment
    await documentStage(api, spec, expected, undefined, (a, accepted, reason) =>
      desk.runExclusive(() =>
        verifyDocumentsThroughPage(page, base, spec.code, a.applicationId, {
          accepted,
          ...(reason ? { reason } : {}),
        }),
      ),
    );
    await untilCycleEnded(suite.engine.client, suite.engine.db, spec.code, 120_000);

    // The rules' answer for this plan: two appointed, the rejected one replaced by the next in rank.
    const keys = (list: Applicant[]) => list.map((a) => a.plan.key).sort();
    expect(keys(expected.appointed(PK))).toEqual(['P1', 'P4']);
    await checkApplications(api, spec, expected);
    await checkRankings(api, spec, expected);

    // The dashboard of the closed cycle, as the officer sees it at the end.
    await page.goto(`${base}/hr/recruitment/cycles/${spec.code}`);
    expect(await axeViolations(page)).toEqual([]);

    // The twin over the API ends in the same outcome for every person.
    const other = await twin;
    await checkApplications(api, other.spec, other.expected);
    expect(await outcomes(api, { spec, applicants, expected })).toEqual(await outcomes(api, other));
  }, 900_000);
});
