// A year's merit-system evidence folded from its tasks and records: the share of steps done by their due
// date (the late ones by how much, the open ones past due), objections decided with a reason and within
// their window, and an improvement plan for every result below Baik.
import { resultColumns, resultRow } from '../../../domain/appraisal/result-columns';
import { yearEvidenceFold } from '../../../domain/appraisal/year-evidence';

const now = new Date('2027-02-10T00:00:00Z');
const H = 3_600_000;
const task = (over: Partial<Parameters<ReturnType<typeof yearEvidenceFold>['addTask']>[0]>) => ({
  id: 't_0000000000',
  type: 'period-rating',
  status: 'done',
  dueAt: '2027-01-31T00:00:00Z',
  closedAt: '2027-01-30T00:00:00Z',
  subjectName: 'Agustina Benu',
  assigneeName: 'Yohanes Tefa',
  ...over,
});

describe('merit-system evidence of an appraisal year', () => {
  it('counts the steps done by their due date, names the late by how much and the open past due', () => {
    const fold = yearEvidenceFold(now);
    fold.addTask(task({}));
    fold.addTask(task({ id: 't_late000000', closedAt: '2027-01-31T05:00:00Z' }));
    fold.addTask(task({ id: 't_open000000', status: 'open', closedAt: null, dueAt: '2027-02-09T00:00:00Z' }));
    fold.addTask(task({ id: 't_gone000000', status: 'cancelled', closedAt: null }));
    const e = fold.result();
    expect(e.onTime).toEqual({ steps: 3, done: 2, inTime: 1, late: 1, overdue: 1, percent: 50 });
    expect(e.exceptions.onTime).toEqual([
      expect.objectContaining({ kind: 'late', taskId: 't_late000000', byMs: 5 * H }),
      expect.objectContaining({ kind: 'overdue', taskId: 't_open000000', byMs: 24 * H }),
    ]);
  });

  it('counts objections decided with a reason and within their window', () => {
    const fold = yearEvidenceFold(now);
    fold.addTask(task({ type: 'objection-decision' }));
    fold.addTask(task({ id: 't_dlate00000', type: 'objection-decision', closedAt: '2027-02-01T00:00:00Z' }));
    const decided = (reason: string) => ({ reason: 'x', decision: { predikat: 'baik', reason } });
    fold.addRecord({
      nip: '1',
      name: 'A',
      unitCode: 'U',
      phase: 'done',
      predikat: 'baik',
      objection: decided('Bukti cukup'),
    });
    fold.addRecord({
      nip: '2',
      name: 'B',
      unitCode: 'U',
      phase: 'done',
      predikat: 'baik',
      objection: decided(' '),
    });
    fold.addRecord({
      nip: '3',
      name: 'C',
      unitCode: 'U',
      phase: 'objection',
      predikat: 'baik',
      objection: { reason: 'x' },
    });
    const e = fold.result();
    expect(e.objections).toEqual({ filed: 3, decided: 2, inWindow: 1, withReason: 1 });
    expect(e.exceptions.objections.map((x) => x.kind)).toEqual(['decided-late', 'no-reason']);
  });

  it('asks a reason and an entitled actor of every decision that must give one, and counts the chain problems', () => {
    const fold = yearEvidenceFold(now);
    const d = (action: string, over: Partial<Parameters<typeof fold.addDecision>[0]> = {}) =>
      fold.addDecision({
        seq: 1,
        action,
        actor: 'hr-1',
        role: 'hr',
        subject: 'appraisal/2027/199001012015011003',
        reason: 'Penilai sedang dinas luar',
        erased: false,
        ...over,
      });
    d('appraisal.rated', { reason: '' }); // a rating's note is optional
    d('appraisal.task.extended');
    d('appraisal.objection.decided', { reason: '  ' });
    d('appraisal.left', { role: 'system', actor: 'system' });
    d('appraisal.skp.returned', { erased: true, reason: '' });
    fold.addChainProblem({ seq: 7, problem: 'hash does not match' });
    const e = fold.result();
    expect(e.decisions).toEqual({ records: 5, reasoned: 4, withReason: 2, erased: 1, problems: 1 });
    expect(e.exceptions.decisions.map((x) => [x.kind, x.what])).toEqual([
      ['no-reason', 'appraisal.objection.decided'],
      ['no-actor', 'appraisal.left'],
      ['tampered', 'hash does not match'],
    ]);
  });

  it('asks an improvement plan of every result below Baik, and names those without one', () => {
    const fold = yearEvidenceFold(now);
    const plan = { improvement: { needed: true, months: 6 } };
    fold.addRecord({
      nip: '1',
      name: 'A',
      unitCode: 'U',
      phase: 'done',
      predikat: 'butuh-perbaikan',
      followUp: plan,
    });
    fold.addRecord({
      nip: '2',
      name: 'B',
      unitCode: 'U',
      phase: 'objection',
      predikat: 'sangat-kurang',
      followUp: null,
    });
    fold.addRecord({ nip: '3', name: 'C', unitCode: 'U', phase: 'done', predikat: 'baik', followUp: null });
    fold.addRecord({ nip: '4', name: 'D', unitCode: 'U', phase: 'left', predikat: 'kurang-misconduct' });
    const e = fold.result();
    expect(e.development).toEqual({ below: 2, planned: 1 });
    expect(e.exceptions.development).toEqual([{ kind: 'no-plan', subject: 'B', what: 'sangat-kurang' }]);
  });
});

describe("a year's results export", () => {
  it('writes one row per record in the columns of the one list', () => {
    const row = resultRow({
      nip: '199001012015011003',
      name: 'Agustina Benu',
      unitCode: 'DINKES',
      level: 'fungsional',
      functionalGrade: 'ahli-pertama',
      phase: 'done',
      annual: { hasilKerja: 'sesuai', perilakuKerja: 'di-atas', predikat: 'baik' },
      predikat: 'butuh-perbaikan',
      objection: { reason: 'x' },
      acceptance: null,
      followUp: { creditPoints: 9.375, promotion: { eligible: false }, improvement: { needed: true } },
    });
    expect(Object.fromEntries(resultColumns.map((c, i) => [c.header, row[i]]))).toEqual({
      NIP: '199001012015011003',
      NAMA: 'Agustina Benu',
      KODE_UNOR: 'DINKES',
      JENIS_JABATAN: 'fungsional',
      JENJANG_JABATAN: 'ahli-pertama',
      TAHAP: 'done',
      RATING_HASIL_KERJA: 'sesuai',
      RATING_PERILAKU_KERJA: 'di-atas',
      PREDIKAT_AWAL: 'Baik',
      PREDIKAT: 'Butuh Perbaikan',
      KEBERATAN: 'Ya',
      DITERIMA_PEGAWAI: 'Tidak',
      ANGKA_KREDIT: 9.375,
      LAYAK_KENAIKAN_PANGKAT: 'Tidak',
      PERLU_PERBAIKAN_KINERJA: 'Ya',
      // No award this year: its columns stand empty.
      PENGHARGAAN: null,
      ALASAN_USULAN_PENGHARGAAN: null,
      ALASAN_KEPUTUSAN_PENGHARGAAN: null,
    });
  });
});
