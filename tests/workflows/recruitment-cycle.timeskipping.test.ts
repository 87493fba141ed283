// CPNS cycles on the time-skipping server with real-length windows (weeks): a whole cycle with an accepted
// appeal; an appeal answered late (reminder to HR, escalation to the head of HR); a document deadline missed
// (the vacancy goes to the next candidate); a withdrawal after passing (ban and replacement). Real
// activities, database and SMTP capture.
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { workflowHarness } from '../support/harness';
import { maybeStoreHistory } from '../support/histories';
import { DAY, hrActor as hr, person } from '../support/recruitment';
import { cpnsScenario } from '../support/recruitment-cpns';
import { mailTo, resultWhenDone } from '../support/servers';
import { hrMailTo } from '../support/hr-mail';

const h = workflowHarness('time-skipping', 'recruitment-ts');
const title = 'Seleksi CPNS Kota Kupang 2026';

const scenario = () => cpnsScenario(h, title);

describe('a CPNS cycle with real-length windows', () => {
  it('runs from registration to appointment, reversing a TMS on an accepted appeal', async () => {
    const s = scenario();
    await s.register(true);
    expect((await s.cmd.apply(s.code, s.people.maria)).created).toBe(false);
    await expect(s.cmd.apply(s.code, person('Terlambat', 'DOKTER'))).rejects.toMatchObject({ status: 409 });

    await s.screen(['paulus']);
    await s.cmd.appeal(
      s.id.paulus,
      'administration',
      'Ijazah asli sudah diunggah sejak awal; mohon diperiksa kembali.',
    );
    await expect(s.cmd.appeal(s.id.paulus, 'administration', 'lagi')).rejects.toMatchObject({ status: 409 });
    await s.cmd.decideAppeal(s.id.paulus, 'administration', true, 'Ijazah terbaca pada berkas kedua', hr);
    await s.x.untilStatuses([s.id.paulus], ['screened-ms']);

    await s.skd();
    // Top 3 × 1 vacancy of PRANATA-KOMPUTER who passed SKD: Maria, Yohanes, Paulus (Agustina failed TWK).
    await s.x.untilStatuses(
      [s.id.maria, s.id.yohanes, s.id.paulus, s.id.agustina],
      ['skb-advanced', 'skb-advanced', 'skb-advanced', 'skd-failed'],
    );
    await s.final();
    // 0.4 × 410/550×100 + 0.6 × (0.6×80 + 0.4×85) = 29.818 + 49.2
    expect((await s.cmd.getApplication(s.id.maria)).final).toMatchObject({
      score: 79.018,
      rank: 1,
      outcome: 'passed',
    });

    await s.documents('maria');
    await s.documents('dewi');
    const handle = h.env.client.workflow.getHandle(cycleWorkflowId(s.code));
    await expect(resultWhenDone(handle)).resolves.toMatchObject({ phase: 'closed', replacements: 0 });
    await s.x.untilStatuses(
      [s.id.maria, s.id.dewi, s.id.yohanes],
      ['appointed', 'appointed', 'optimalisasi'],
    );

    expect(await s.mailOf('maria')).toEqual([
      `Konfirmasi pendaftaran: ${title}`,
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
    const paulusMail = await s.mailOf('paulus');
    expect(paulusMail).toContain(`Sanggahan diterima: ${title}`);
    expect(paulusMail.filter((m) => m.startsWith('Jawaban sanggahan'))).toHaveLength(1);
    await maybeStoreHistory(handle, 'recruitment-cycle-cpns');
    await maybeStoreHistory(
      h.env.client.workflow.getHandle(
        (await h.db.models.applications.findById(s.id.paulus).lean())!.workflowId,
      ),
      'recruitment-application-appeal',
    );
  });

  it('reminds HR a day before an appeal answer is due and escalates to the head of HR when it is missed', async () => {
    const s = scenario();
    await s.register();
    await s.screen(['agustina']);
    await s.cmd.appeal(s.id.agustina, 'administration', 'Syarat usia saya terpenuhi');
    expect(await hrMailTo(s.hrMail.email)).toHaveLength(0);

    await h.env.sleep(6 * DAY + 3600_000); // past the reminder, one day before the 7-day answer deadline
    const reminders = await s.x.until(
      () => hrMailTo(s.hrMail.email),
      (m) => m.length === 1,
      'HR reminder',
    );
    expect(reminders[0]!.subject).toMatch(/sanggah/i);
    expect(await mailTo(s.hrMail.headEmail)).toHaveLength(0);
    // The appeal window closed days ago, but the stage waits for the answer.
    expect(await s.cmd.getCycle(s.code)).toMatchObject({
      phase: 'administration-appeal',
      openAppeals: { administration: 1 },
    });

    await h.env.sleep(DAY);
    const escalations = await s.x.until(
      () => mailTo(s.hrMail.headEmail),
      (m) => m.length === 1,
      'escalation to the head of HR',
    );
    expect(escalations[0]!.text).toContain(s.id.agustina);

    await s.cmd.decideAppeal(
      s.id.agustina,
      'administration',
      false,
      'Usia melebihi batas pada tanggal penutupan',
      hr,
    );
    await s.x.untilPhase(s.code, 'skd');
    expect(await s.x.statusOf(s.id.agustina)).toBe('screened-tms');
  });

  it('fails a passer who misses the document deadline and offers the vacancy to the next in rank', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();
    await s.documents('dewi');

    await h.env.sleep(27 * DAY + 3600_000);
    await s.x.until(
      () => s.mailOf('maria'),
      (m) => m.some((x) => x.startsWith('Pengingat')),
      'document reminder',
    );
    await h.env.sleep(3 * DAY);
    await s.x.untilStatuses([s.id.maria, s.id.yohanes], ['documents-failed', 'replaced-in']);
    expect(await s.mailOf('yohanes')).toContain(`Pengisian formasi melalui optimalisasi: ${title}`);

    await s.documents('yohanes');
    await expect(
      resultWhenDone(h.env.client.workflow.getHandle(cycleWorkflowId(s.code))),
    ).resolves.toMatchObject({
      phase: 'closed',
      replacements: 1,
    });
    await s.x.untilStatuses(
      [s.id.yohanes, s.id.dewi, s.id.maria],
      ['appointed', 'appointed', 'documents-failed'],
    );
  });

  it('bars a candidate who withdraws after passing for 2 budget years and fills the vacancy', async () => {
    const s = scenario();
    await s.register();
    await s.screen();
    await s.skd();
    await s.final();

    await s.cmd.withdraw(s.id.dewi, 'Diterima di instansi lain');
    await s.x.untilStatuses([s.id.dewi, s.id.kristian], ['withdrawn', 'replaced-in']);
    // The two budget years after the cycle's own, however far the skipped clock has moved since.
    const { budgetYear } = await s.cmd.getCycle(s.code);
    const ban = await h.db.models.bans.findOne({ cycleCode: s.code }).lean();
    expect(ban!.years).toEqual([budgetYear + 1, budgetYear + 2]);
    expect((await s.mailOf('dewi')).at(-1)).toBe(`Konfirmasi pengunduran diri: ${title}`);
    expect((await mailTo(s.people.dewi.email)).at(-1)!.text).toContain('selama 2 tahun anggaran berikutnya');
    await expect(s.cmd.withdraw(s.id.dewi, 'lagi')).rejects.toMatchObject({ status: 409 });

    await s.documents('maria');
    await s.documents('kristian');
    await expect(
      resultWhenDone(h.env.client.workflow.getHandle(cycleWorkflowId(s.code))),
    ).resolves.toMatchObject({
      phase: 'closed',
      replacements: 1,
    });
    await s.x.untilStatuses([s.id.maria, s.id.kristian], ['appointed', 'appointed']);
  });
});
