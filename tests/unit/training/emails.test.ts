// The competency-development emails: Bahasa Indonesia first, English on request, numbers as the reader writes them.
import { trainingMidYearReminder, trainingVerificationEscalation } from '../../../domain/training/emails';

describe('the training emails', () => {
  it('tell someone behind at mid-year how many JP they have and miss, in Indonesian and English', () => {
    const d = { employeeName: 'Maria Lede', year: 2026, totalJp: 7.5, yearlyJp: 20 };
    const id = trainingMidYearReminder(d, 'id');
    expect(id.subject).toBe('Capaian pengembangan kompetensi Anda tahun 2026');
    expect(id.text).toContain(
      'tercatat 7,5 JP terverifikasi dari paling sedikit 20 JP setahun; masih kurang 12,5 JP',
    );
    const en = trainingMidYearReminder(d, 'en');
    expect(en.text).toContain(
      'By mid-year 7.5 verified JP are on record of the at least 20 JP a year; 12.5 JP are still missing.',
    );
  });
  it("escalate a missed verification to the superior's superior, naming who missed it", () => {
    const m = trainingVerificationEscalation(
      {
        employeeName: 'Maria Lede',
        title: 'Seminar <pelayanan>',
        jp: 4,
        dueAt: '2026-03-16T01:00:00Z',
        assigneeName: 'Yohanes Nenobais',
        supervisorName: 'Ir Maria Fernandez',
      },
      'id',
    );
    expect(m.text).toContain('Yth. Ir Maria Fernandez,');
    expect(m.text).toContain('Yohanes Nenobais belum memverifikasi catatan ini');
    expect(m.html).toContain('Seminar &lt;pelayanan&gt; (4 JP)');
  });
});
