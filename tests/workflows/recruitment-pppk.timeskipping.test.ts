// A PPPK cycle on the time-skipping server: administrative screening, then one competency test (max 670)
// ranked without a passing grade, the final announcement, documents and appointment.
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { workflowHarness } from '../support/harness';
import { maybeStoreHistory } from '../support/histories';
import {
  commandsFor,
  cycleCode,
  DAY,
  expectations,
  hrActor as hr,
  iso,
  person,
} from '../support/recruitment';
import { mailTo, resultWhenDone } from '../support/servers';

const h = workflowHarness('time-skipping', 'recruitment-pppk');

describe('a PPPK cycle', () => {
  it('ranks the competency test without a passing grade and appoints the best of each formation', async () => {
    const { cmd } = commandsFor(h.env, h.db, h.taskQueue);
    const x = expectations(cmd);
    const code = cycleCode('PPPK-TS');
    const start = await h.env.currentTimeMs();
    await cmd.createCycle(
      {
        code,
        kind: 'PPPK',
        title: 'Seleksi PPPK Guru Kota Kupang 2026',
        formations: [
          {
            code: 'GURU-MATEMATIKA',
            title: 'Guru Ahli Pertama Matematika',
            unit: 'DISDIKBUD',
            type: 'umum',
            vacancies: 2,
          },
        ],
        schedule: { registrationOpensAt: iso(start + DAY), registrationClosesAt: iso(start + 15 * DAY) },
      },
      hr,
    );
    await h.env.sleep(DAY + 60_000);
    await x.untilPhase(code, 'registration');
    const people = [
      person('Yuliana Sinlae', 'GURU-MATEMATIKA'),
      person('Markus Bana', 'GURU-MATEMATIKA', { birthDate: '1990-01-01' }),
      person('Ester Lay', 'GURU-MATEMATIKA', { birthDate: '1992-03-03' }),
      person('Roni Tallo', 'GURU-MATEMATIKA'),
    ];
    const [yuliana, markus, ester, roni] = await Promise.all(
      people.map((p) => cmd.apply(code, p).then((r) => r.applicationId)),
    );
    await h.env.sleep(14 * DAY);
    await x.untilPhase(code, 'screening');

    await cmd.screen(
      code,
      [yuliana!, markus!, ester!, roni!].map((applicationId) => ({
        applicationId,
        decision: 'MS' as const,
        reason: 'lengkap',
      })),
      hr,
    );
    await x.untilStatuses(
      [yuliana!, markus!, ester!, roni!],
      ['screened-ms', 'screened-ms', 'screened-ms', 'screened-ms'],
    );
    await cmd.announce(code, 'administration', hr);
    await h.env.sleep(3 * DAY + 60_000);
    await x.untilPhase(code, 'competency');

    await expect(
      cmd.competencyResults(
        code,
        { rows: [{ applicationId: yuliana!, technical: 452, managerial: 100, interview: 30 }] },
        hr,
      ),
    ).rejects.toMatchObject({ status: 400 });
    await cmd.competencyResults(
      code,
      {
        rows: [
          { applicationId: yuliana!, technical: 300, managerial: 120, interview: 30 }, // 450
          { applicationId: markus!, technical: 280, managerial: 130, interview: 30 }, // 440, older than Ester
          { applicationId: ester!, technical: 280, managerial: 130, interview: 30 }, // 440
          // Roni was absent: no result, so not passed (TL)
        ],
      },
      hr,
    );
    await x.until(
      () => h.db.models.applications.countDocuments({ cycleCode: code, 'final.score': { $exists: true } }),
      (n) => n === 3,
      'competency scores',
    );
    await cmd.announce(code, 'final', hr);
    await x.untilStatuses(
      [yuliana!, markus!, ester!, roni!],
      ['passed', 'passed', 'optimalisasi', 'not-passed'],
    );
    expect((await cmd.getApplication(markus!)).final).toMatchObject({ score: 440, rank: 2 });

    await h.env.sleep(3 * DAY + 60_000);
    await x.untilPhase(code, 'documents');
    for (const id of [yuliana!, markus!]) {
      await x.until(
        () => cmd.getApplication(id).then((a) => a.deadlines?.documents),
        Boolean,
        'document window',
      );
      await cmd.submitDocuments(id);
      await cmd.verifyDocuments(id, true, undefined, hr);
    }
    const handle = h.env.client.workflow.getHandle(cycleWorkflowId(code));
    await expect(resultWhenDone(handle)).resolves.toMatchObject({ phase: 'closed' });
    await x.untilStatuses([yuliana!, markus!, ester!], ['appointed', 'appointed', 'optimalisasi']);
    expect((await mailTo(people[3]!.email)).map((m) => m.subject)).toContain(
      'Hasil akhir seleksi: Seleksi PPPK Guru Kota Kupang 2026',
    );
    await maybeStoreHistory(handle, 'recruitment-cycle-pppk');
  });
});
