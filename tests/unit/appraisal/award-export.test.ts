// The awards' columns of the year's tables (the results export appends them, the awards list has its
// own), and the employee's award section as their year page renders it.
import { renderToString } from 'preact-render-to-string';
import {
  awardCells,
  awardHeaders,
  awardListRow,
  awardResultColumns,
} from '../../../domain/appraisal/award-export';
import { translator } from '../../../domain/messages';
import { AwardSection } from '../../../web/awards/award-section';

const decided = {
  status: 'awarded' as const,
  nomination: { byName: 'Drs Paulus Bria', reason: 'Pelayanan tercepat' },
  decision: { reason: 'Inovasi layanan' },
};

describe('award columns of the year tables', () => {
  it('names the three award columns in Indonesian and English', () => {
    expect(awardHeaders()).toEqual(['Penghargaan', 'Alasan usulan', 'Alasan keputusan']);
    expect(awardHeaders('en')).toEqual(['Award', 'Nomination reason', 'Decision reason']);
  });

  it('fills them for a decided nomination and leaves them empty for no award or only eligibility', () => {
    expect(awardCells(decided)).toEqual(['Menerima penghargaan', 'Pelayanan tercepat', 'Inovasi layanan']);
    expect(awardCells(null)).toEqual(['', '', '']);
    expect(awardCells({ status: 'eligible', nomination: null, decision: null })).toEqual(['', '', '']);
  });

  it("gives the results export's award columns, empty cells for no award", () => {
    expect(awardResultColumns.map((c) => c.header)).toEqual([
      'PENGHARGAAN',
      'ALASAN_USULAN_PENGHARGAAN',
      'ALASAN_KEPUTUSAN_PENGHARGAAN',
    ]);
    expect(awardResultColumns.map((c) => c.cell({ award: decided }))).toEqual([
      'Menerima penghargaan',
      'Pelayanan tercepat',
      'Inovasi layanan',
    ]);
    expect(awardResultColumns.map((c) => c.cell({}))).toEqual([null, null, null]);
  });

  it('writes one row of the awards list with the predikat by name', () => {
    const row = awardListRow({
      ...decided,
      nip: '198501012010011001',
      name: 'Maria Lede',
      unitCode: 'DINKES',
      predikat: 'sangat-baik',
    });
    expect(row).toEqual([
      '198501012010011001',
      'Maria Lede',
      'DINKES',
      'Sangat Baik',
      'Menerima penghargaan',
      'Pelayanan tercepat',
      'Inovasi layanan',
    ]);
  });
});

describe('the award section of an employee page', () => {
  const ctx = { lang: 'id' as const, t: translator('id'), toggleHref: '', csrfToken: '' };
  it("shows the committee's decision and its reason", () => {
    const html = renderToString(
      AwardSection({
        ctx,
        award: {
          year: 2026,
          nip: '198501012010011001',
          name: 'Maria Lede',
          unitCode: 'DINKES',
          predikat: 'sangat-baik',
          status: 'awarded',
          nomination: {
            byNip: '1',
            byName: 'Drs Paulus Bria',
            reason: 'Pelayanan tercepat',
            at: '2027-02-01T00:00:00Z',
          },
          decision: { awarded: true, reason: 'Inovasi layanan', by: 'hr-1', at: '2027-02-10T01:00:00Z' },
        },
      })!,
    );
    expect(html).toContain('Penghargaan · Tahun 2026');
    expect(html).toContain('Menerima penghargaan');
    expect(html).toContain('Diusulkan oleh Drs Paulus Bria');
    expect(html).toContain('Inovasi layanan');
  });

  it('says so when there is no nomination', () => {
    expect(renderToString(AwardSection({ ctx, award: null })!)).toContain(
      'Belum ada usulan penghargaan untuk Anda.',
    );
  });
});
