// The attendance emails, Bahasa Indonesia first and English on request: each names the step, the
// sanction of the band in words and the deadline in WITA.
import { emailTemplates } from '../../../domain/email/templates';

describe('attendance emails', () => {
  it("tells the superior of a case in Indonesian: the days, the band's sanction and the deadline in WITA", () => {
    const m = emailTemplates.disciplineCaseOpened(
      {
        superiorName: 'Yohanes Nenobais',
        employeeName: 'Maria Lede',
        year: 2026,
        days: 11,
        sanction: 'tpp-cut-6',
        dueAt: '2026-03-09T08:00:00Z',
      },
      'id',
    );
    expect(m.subject).toBe('Kasus disiplin kehadiran: Maria Lede');
    expect(m.text).toContain('Yth. Yohanes Nenobais,');
    expect(m.text).toContain('11 hari tidak masuk kerja tanpa keterangan pada tahun 2026');
    expect(m.text).toContain('pemotongan TPP 25% selama 6 bulan');
    expect(m.text).toContain('Batas waktu: Senin, 9 Maret 2026 pukul 16.00 WITA.');
  });
  it('tells the employee of the decision in English on request', () => {
    const m = emailTemplates.disciplineCaseNotice(
      {
        employeeName: 'Maria Lede',
        year: 2026,
        step: 'decided',
        sanction: 'none',
        reason: 'The absences were sick days.',
      },
      'en',
    );
    expect(m.subject).toBe('Attendance discipline process, 2026');
    expect(m.text).toContain('Decision: no sanction. Reason: The absences were sick days.');
  });
  it('names the kind of an excused absence and the escalated task', () => {
    expect(
      emailTemplates.excuseRequested(
        {
          superiorName: 'A',
          employeeName: 'Maria Lede',
          kind: 'dinas-luar',
          from: '2026-03-02',
          to: '2026-03-04',
          reason: 'Rapat di Jakarta',
          dueAt: '2026-03-01T00:00:00Z',
        },
        'id',
      ).text,
    ).toContain('mengajukan dinas luar dari 2026-03-02 sampai 2026-03-04');
    const e = emailTemplates.attendanceTaskEscalation(
      {
        task: 'discipline-summons',
        subjectName: 'Maria Lede',
        assigneeName: 'Yohanes Nenobais',
        recipientName: 'BKPSDM',
        dueAt: '2026-03-09T08:00:00Z',
      },
      'id',
    );
    expect(e.subject).toBe('Terlambat: Memanggil pegawai untuk pemeriksaan disiplin');
    expect(e.text).toContain('Yohanes Nenobais belum menyelesaikan tugas');
  });
});
