// HR's human steps of a recruitment cycle are tasks in the inbox, over HTTP on the real engine: an appeal
// HR leaves unanswered is in `GET /api/v1/tasks`, is reminded to HR's mailbox before its due date and
// escalated to the head of HR after it, and is completed from the inbox; a passer's submitted documents
// open HR's verification task, completed from the inbox too. A small PPPK cycle with its own HR mailboxes.
import { answer, must, type ResponseBody } from '../../api/client';
import { uploadEveryDocument } from '../support/documents';
import { eventually } from '../support/eventually';
import { startTestEngine, type TestEngine } from '../support/engine';
import { RecruitmentApi, untilCycleEnded } from '../support/recruitment-client';
import { cycleCode, reasons, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { applyAll, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { mailTo, uniqueEmail } from '../support/servers';
import { hrMailTo } from '../support/hr-mail';

type TaskView = ResponseBody<'/api/v1/tasks', 'get'>['tasks'][number];

const hr = { email: uniqueEmail('hr'), headEmail: uniqueEmail('hr-head') };
let engine: TestEngine;
let api: RecruitmentApi;

beforeAll(async () => {
  engine = await startTestEngine('recruitment-tasks-e2e', { hr });
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(() => engine.stop());

const GM = 'GURU-MATEMATIKA';
const plans: CandidatePlan[] = [
  { key: 'T01', name: 'Yuliana Sinlae', formation: GM, birthDate: '1991-02-02', gpa: 3.1 },
  {
    key: 'T02',
    name: 'Daniel Manu',
    formation: GM,
    birthDate: '1996-06-06',
    gpa: 3.1,
    tms: true,
    appeal: 'rejected',
  },
];

/** HR's tasks of one kind about one application, as HR's inbox lists them. */
async function hrTask(type: TaskView['type'], applicationId: string): Promise<TaskView | undefined> {
  const { tasks } = await must(200, api.hr.GET('/api/v1/tasks', { params: { query: { type } } }));
  return tasks.find((t) => t.applicationId === applicationId);
}
const until = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean) => {
  const seen = await eventually(read, ok, 90_000);
  if (!ok(seen)) throw new Error(`waiting for ${what}: ${JSON.stringify(seen)}`);
  return seen as NonNullable<T>;
};

describe("HR's recruitment steps in the task inbox", () => {
  it('lists an unanswered appeal, reminds and escalates it, and completes it and a verification from the inbox', async () => {
    const spec: CycleSpec = {
      code: cycleCode('PPPK-TASKS'),
      kind: 'PPPK',
      title: 'Seleksi PPPK Guru Kota Kupang 2026',
      formations: [
        { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 1 },
      ],
      registrationMs: 20_000,
      schedule: { appealWindow: 'PT15S', appealAnswerWindow: 'PT12S', documentWindow: 'PT2M' },
      rules: {
        windows: {
          appealAnswerReminderBefore: 'PT6S',
          documentReminderBefore: 'PT30S',
          documentVerificationWindow: 'PT10M',
          documentVerificationReminderBefore: 'PT1M',
        },
      } as CycleSpec['rules'],
    };
    const t0 = Date.now();
    await createCycle(api, spec);
    const [passer, appellant] = await applyAll(api, spec.code, plans);
    await screenAndAnnounce(api, spec.code, [passer!, appellant!]);

    // The appeal: filed by the candidate, then left to HR's inbox.
    await api.untilDeadline(appellant!, 'appeal-administration');
    await must(
      201,
      api.as(appellant!.token).POST('/api/v1/recruitment/applications/{id}/appeals', {
        params: { path: { id: appellant!.applicationId } },
        body: { stage: 'administration', reason: reasons.appeal },
      }),
    );
    const opened = await until(
      'the appeal task',
      () => hrTask('appeal-answer', appellant!.applicationId),
      (t) => !!t,
    );
    expect(opened).toMatchObject({
      process: 'recruitment',
      assigneeKind: 'hr',
      assigneeNip: null,
      subjectName: 'Daniel Manu',
      cycleCode: spec.code,
      status: 'open',
      title: 'Menjawab sanggah peserta seleksi',
    });
    // Reminded to HR before its due date, escalated to the head of HR after it.
    await until(
      'the reminder',
      () => hrTask('appeal-answer', appellant!.applicationId),
      (t) => !!t?.reminded,
    );
    const escalated = await until(
      'the escalation',
      () => hrTask('appeal-answer', appellant!.applicationId),
      (t) => !!t?.escalated,
    );
    expect(escalated).toMatchObject({ status: 'open', overdue: true, escalatedTo: 'Kepala BKPSDM' });
    const hrMail = await until(
      'the reminder email',
      () => hrMailTo(hr.email),
      (m) => m.length >= 1,
    );
    // Named by candidate and formation, linked to the HR page of the application.
    const about = `${appellant!.plan.name} (Guru Ahli Pertama Matematika)`;
    expect(hrMail.map((m) => m.subject)).toEqual([`Pengingat: sanggahan ${about} belum dijawab`]);
    expect(hrMail[0]!.text).toContain(`/hr/recruitment/applications/${appellant!.applicationId}`);
    const headMail = await until(
      'the escalation email',
      () => mailTo(hr.headEmail),
      (m) => m.length >= 1,
    );
    expect(headMail.map((m) => m.subject)).toEqual([`Eskalasi: sanggahan ${about} melewati batas waktu`]);

    // Completed from the inbox, through the same command as the decision route; a second time is refused.
    const complete = (id: string, body: Record<string, unknown>) =>
      answer(api.hr.POST('/api/v1/tasks/{id}/complete', { params: { path: { id } }, body }));
    expect(await complete(escalated.id, { accepted: 'no' })).toMatchObject({ status: 400 });
    expect(await complete(escalated.id, { accepted: false, reason: reasons.appealRejected })).toEqual({
      status: 200,
      json: { taskId: escalated.id, status: 'done' },
    });
    expect((await complete(escalated.id, { accepted: false, reason: 'lagi' })).status).toBe(409);
    expect(await hrTask('appeal-answer', appellant!.applicationId)).toMatchObject({ status: 'done' });
    expect((await api.application(appellant!.applicationId)).appeals?.administration).toMatchObject({
      status: 'rejected',
      decision: { reason: reasons.appealRejected, actor: 'hr-1' },
    });

    // The competency test and the final result: the passer submits documents, HR verifies from the inbox.
    await api.untilPhase(spec.code, 'competency');
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/competency-results', {
        params: { path: { code: spec.code } },
        body: {
          rows: [{ applicationId: passer!.applicationId, technical: 300, managerial: 120, interview: 30 }],
        },
      }),
    );
    await until(
      'the final announcement',
      () =>
        answer(
          api.hr.POST('/api/v1/recruitment/cycles/{code}/announcements', {
            params: { path: { code: spec.code } },
            body: { stage: 'final' },
          }),
        ),
      (r) => r.status === 202,
    );
    await api.untilDeadline(passer!, 'documents');
    const submission = await until(
      'the submission task',
      async () => {
        const { tasks } = await must(
          200,
          api.hr.GET('/api/v1/tasks', { params: { query: { type: 'documents-submission' } } }),
        );
        return tasks.find((t) => t.applicationId === passer!.applicationId);
      },
      (t) => !!t,
    );
    expect(submission).toMatchObject({ assigneeKind: 'candidate', status: 'open' });
    expect((await complete(submission.id, { accepted: true })).status).toBe(403);
    await must(
      200,
      api.as(passer!.token).POST('/api/v1/recruitment/applications/{id}/documents', {
        params: { path: { id: passer!.applicationId } },
        body: await uploadEveryDocument(api.as(passer!.token), passer!.applicationId),
      }),
    );
    const verification = await until(
      'the verification task',
      () => hrTask('documents-verification', passer!.applicationId),
      (t) => !!t,
    );
    expect(verification).toMatchObject({
      assigneeKind: 'hr',
      status: 'open',
      title: 'Memverifikasi dokumen peserta',
    });
    expect(await complete(verification.id, { accepted: true })).toEqual({
      status: 200,
      json: { taskId: verification.id, status: 'done' },
    });
    expect(await hrTask('documents-submission', passer!.applicationId)).toMatchObject({ status: 'done' });
    await untilCycleEnded(engine.client, engine.db, spec.code, 120_000);
    expect((await api.application(passer!.applicationId)).status).toBe('appointed');
    expect(await hrTask('documents-verification', passer!.applicationId)).toMatchObject({ status: 'done' });
    // Nothing else reached HR: the verification was done in time.
    expect(await hrMailTo(hr.email)).toHaveLength(1);
    expect(await mailTo(hr.headEmail)).toHaveLength(1);
    process.stderr.write(
      `[recruitment tasks e2e] cycle ended ${Math.round((Date.now() - t0) / 1000)} s after it was created\n`,
    );
  }, 300_000);
});
