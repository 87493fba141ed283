// A CPNS cycle for workflow tests, driven stage by stage through the same commands the API uses: six
// candidates in two formations of one vacancy each (PRANATA-KOMPUTER: Maria, Yohanes, Agustina, Paulus;
// DOKTER: Dewi, Kristian), from registration to the document stage.
import type { Harness } from './harness';
import { commandsFor, cycleCode, DAY, expectations, hrActor as hr, iso, person } from './recruitment';
import { mailTo } from './servers';

/**
 * A cycle with two formations of one vacancy each, driven stage by stage through the commands. `skd(absent)`
 * leaves the named candidates out of the SKD results (they did not sit the test).
 */
export function cpnsScenario(h: Harness, title: string) {
  const { cmd, hr: hrMail } = commandsFor(h.env, h.db, h.taskQueue);
  const x = expectations(cmd);
  const code = cycleCode('CPNS-TS');
  const people = {
    maria: person('Maria Fernandez', 'PRANATA-KOMPUTER'),
    yohanes: person('Yohanes Lado', 'PRANATA-KOMPUTER'),
    agustina: person('Agustina Nenobais', 'PRANATA-KOMPUTER'),
    paulus: person('Paulus Bria', 'PRANATA-KOMPUTER'),
    dewi: person('Dewi Tefa', 'DOKTER'),
    kristian: person('Kristian Manafe', 'DOKTER'),
  };
  type Name = keyof typeof people;
  const id = {} as Record<Name, string>;

  return {
    cmd,
    x,
    code,
    people,
    id,
    hrMail,
    async register(tooEarly = false) {
      const start = await h.env.currentTimeMs();
      await cmd.createCycle(
        {
          code,
          kind: 'CPNS',
          title,
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
      if (tooEarly)
        await expect(cmd.apply(code, person('Terlalu Awal', 'DOKTER'))).rejects.toMatchObject({
          status: 409,
        });
      await h.env.sleep(DAY + 60_000);
      await x.untilPhase(code, 'registration');
      for (const [name, p] of Object.entries(people))
        id[name as Name] = (await cmd.apply(code, p)).applicationId;
      await h.env.sleep(21 * DAY);
      await x.untilPhase(code, 'screening');
    },
    async screen(tms: Name[] = []) {
      const decisions = Object.entries(id).map(([name, applicationId]) =>
        tms.includes(name as Name)
          ? { applicationId, decision: 'TMS' as const, reason: 'ijazah tidak terbaca' }
          : { applicationId, decision: 'MS' as const, reason: 'berkas lengkap' },
      );
      await cmd.screen(code, decisions, hr);
      await x.until(
        () => h.db.models.applications.countDocuments({ cycleCode: code, status: 'registered' }),
        (n) => n === 0,
        'screening',
      );
      await cmd.announce(code, 'administration', hr);
      // Every application has opened its appeal window (they apply the announcement in parallel).
      await x.until(
        () =>
          h.db.models.applications.countDocuments({
            cycleCode: code,
            'deadlines.appeal-administration': { $exists: true },
          }),
        (n) => n === Object.keys(people).length,
        'appeal windows',
      );
    },
    async skd(absent: Name[] = []) {
      await h.env.sleep(3 * DAY + 60_000);
      await x.untilPhase(code, 'skd');
      const rows = [
        { applicationId: id.maria, twk: 100, tiu: 120, tkp: 190 }, // 410
        { applicationId: id.yohanes, twk: 90, tiu: 110, tkp: 180 }, // 380
        { applicationId: id.agustina, twk: 60, tiu: 120, tkp: 190 }, // TWK 60 < 65
        { applicationId: id.paulus, twk: 80, tiu: 90, tkp: 170 }, // 340
        { applicationId: id.dewi, twk: 60, tiu: 90, tkp: 170 }, // cumlaude: total 320 ≥ 311, TIU 90 ≥ 85
        { applicationId: id.kristian, twk: 70, tiu: 85, tkp: 160 }, // cumlaude: total 315, TIU 85
      ].filter((r) => !absent.some((name) => id[name] === r.applicationId));
      await cmd.skdResults(code, { rows }, hr);
      await x.until(
        () => h.db.models.applications.countDocuments({ cycleCode: code, 'skd.total': { $exists: true } }),
        (n) => n === rows.length,
        'SKD scores',
      );
      await cmd.announce(code, 'skd', hr);
      await x.untilStatuses(
        [id.maria, id.agustina, id.dewi, id.kristian],
        ['skd-passed', 'skd-failed', 'skd-passed', 'skd-passed'],
      );
      await h.env.sleep(3 * DAY + 60_000);
      await x.untilPhase(code, 'skb');
    },
    async final() {
      await cmd.skbResults(
        code,
        {
          components: [
            { code: 'CAT', name: 'CAT SKB', kind: 'cat', weight: 0.6 },
            { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical', weight: 0.4 },
          ],
          rows: [
            { applicationId: id.maria, scores: { CAT: 80, PRAKTIK: 85 } },
            { applicationId: id.yohanes, scores: { CAT: 70, PRAKTIK: 70 } },
            { applicationId: id.paulus, scores: { CAT: 60, PRAKTIK: 65 } },
            { applicationId: id.dewi, scores: { CAT: 88, PRAKTIK: 90 } },
            { applicationId: id.kristian, scores: { CAT: 75, PRAKTIK: 80 } },
          ],
        },
        hr,
      );
      await x.until(
        () => h.db.models.applications.countDocuments({ cycleCode: code, 'final.score': { $exists: true } }),
        (n) => n === 5,
        'SKB scores',
      );
      await cmd.announce(code, 'final', hr);
      await x.untilStatuses(
        [id.maria, id.yohanes, id.paulus, id.dewi, id.kristian],
        ['passed', 'optimalisasi', 'optimalisasi', 'passed', 'optimalisasi'],
      );
      await h.env.sleep(3 * DAY + 60_000);
      await x.untilPhase(code, 'documents');
      // Both passers (Maria, Dewi) have opened their document windows.
      await x.until(
        () =>
          h.db.models.applications.countDocuments({
            cycleCode: code,
            'deadlines.documents': { $exists: true },
          }),
        (n) => n === 2,
        'document windows',
      );
    },
    async documents(name: Name) {
      await x.until(
        () => cmd.getApplication(id[name]).then((a) => a.deadlines?.documents),
        Boolean,
        `${name}'s document window`,
      );
      await cmd.submitDocuments(id[name]);
      await cmd.verifyDocuments(id[name], true, undefined, hr);
    },
    mailOf: (name: Name) => mailTo(people[name].email).then((m) => m.map((x) => x.subject)),
  };
}
