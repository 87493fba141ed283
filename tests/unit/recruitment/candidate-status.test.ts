// What the candidate's status page offers, from the application and the time: the open windows, the
// appeals still possible, the withdrawal and what it costs.
import { candidateStatus, type CandidateStatusInput } from '../../../domain/recruitment/candidate-status';
import { formatTimeLeft } from '../../../domain/time';

const now = Date.parse('2026-03-10T02:00:00Z'); // 10.00 WITA
const base: CandidateStatusInput = {
  status: 'screened-tms',
  appeals: {},
  deadlines: {},
  budgetYear: 2026,
  withdrawalBanBudgetYears: 2,
};

describe('candidate status', () => {
  it('offers the appeal of a stage whose window closes later, not yet appealed', () => {
    const s = candidateStatus(
      { ...base, deadlines: { 'appeal-administration': '2026-03-13T02:00:00Z' } },
      now,
    );
    expect(s.appealable).toEqual(['administration']);
    expect(s.deadlines).toEqual([
      { kind: 'appeal-administration', closesAt: '2026-03-13T02:00:00Z', msLeft: 3 * 86_400_000 },
    ]);
  });

  it('offers no appeal once filed, nor after the window closed', () => {
    const filed = candidateStatus(
      {
        ...base,
        appeals: { administration: {} },
        deadlines: { 'appeal-administration': '2026-03-13T02:00:00Z' },
      },
      now,
    );
    expect(filed.appealable).toEqual([]);
    const closed = candidateStatus(
      { ...base, deadlines: { 'appeal-administration': '2026-03-10T01:59:59Z' } },
      now,
    );
    expect(closed).toMatchObject({ appealable: [], deadlines: [] });
  });

  it('shows no open deadline for a withdrawn application', () => {
    const s = candidateStatus(
      { ...base, status: 'withdrawn', deadlines: { 'appeal-administration': '2026-03-13T02:00:00Z' } },
      now,
    );
    expect(s).toMatchObject({ deadlines: [], appealable: [], mayWithdraw: false });
  });

  it('says a withdrawal after passing bars the next two budget years, and before passing none', () => {
    expect(candidateStatus({ ...base, status: 'passed' }, now)).toMatchObject({
      mayWithdraw: true,
      withdrawalBans: [2027, 2028],
    });
    expect(candidateStatus({ ...base, status: 'registered' }, now)).toMatchObject({
      mayWithdraw: true,
      withdrawalBans: [],
    });
    expect(candidateStatus({ ...base, status: 'unconfirmed' }, now).mayWithdraw).toBe(false);
  });
});

describe('time left', () => {
  it('names the two largest units, in Indonesian and English', () => {
    expect(formatTimeLeft(2 * 86_400_000 + 3 * 3_600_000 + 5 * 60_000, 'id')).toBe('2 hari 3 jam');
    expect(formatTimeLeft(86_400_000 + 60_000, 'en')).toBe('1 day');
    expect(formatTimeLeft(45 * 60_000, 'en')).toBe('45 minutes');
    expect(formatTimeLeft(30_000, 'id')).toBe('kurang dari 1 menit');
  });
});
