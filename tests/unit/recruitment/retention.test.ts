// Retention's rules: who did not succeed, when a closed cycle's data may go, and what erasing or
// pseudonymising leaves of an application.
import {
  isUnsuccessful,
  retainedApplication,
  retentionDueAt,
  retentionRequestSchema,
} from '../../../domain/recruitment/retention';
import { applicationStatuses } from '../../../domain/recruitment/stages';

const app = {
  _id: 'CPNS-2026-0123456789abcdef0123',
  birthDate: '1996-01-05',
  appeals: { final: { decision: { reason: 'nilai sesuai' } }, skd: { reason: 'x' } },
  withdrawal: { reason: 'pindah kerja' },
  documents: { submitted: [{ kind: 'DRH', reference: 'drh.pdf' }], verification: { accepted: false } },
  screening: { decision: 'MS', reason: 'lengkap' },
};
const at = '2028-12-01T00:00:00.000Z';

describe('retention of recruitment data', () => {
  it('keeps the appointed and counts every other status of a closed cycle as unsuccessful', () => {
    expect(applicationStatuses.filter((s) => !isUnsuccessful(s))).toEqual(['appointed']);
    expect(isUnsuccessful('optimalisasi')).toBe(true);
    expect(isUnsuccessful('withdrawn')).toBe(true);
  });

  it('may run two years (730 days) after the closing', () => {
    expect(retentionDueAt(new Date('2026-12-01T00:00:00Z'), 'P730D').toISOString()).toBe(
      '2028-11-30T00:00:00.000Z',
    );
  });

  it('pseudonymises: a pseudonym for the name, the birth year, no NIK, email or free texts', () => {
    expect(retainedApplication('pseudonymise', app, at)).toEqual({
      $set: {
        retention: { mode: 'pseudonymise', at },
        nik: '',
        email: '',
        name: 'Pelamar CPNS-2026-0123456789abcdef0123',
        birthDate: '1996',
        'appeals.final.reason': '',
        'appeals.final.decision.reason': '',
        'appeals.skd.reason': '',
        'withdrawal.reason': '',
        'documents.submitted': [],
        'documents.verification.reason': '',
        'screening.reason': '',
      },
      $unset: {},
    });
  });

  it('erases: no name, no birth date, no education either', () => {
    const { $set, $unset } = retainedApplication('erase', { _id: app._id, birthDate: '1996-01-05' }, at);
    expect($set).toEqual({ retention: { mode: 'erase', at }, nik: '', email: '', name: '', birthDate: '' });
    expect($unset).toEqual({ education: 1 });
  });

  it('refuses an unknown mode and a reason of more than 2,000 characters', () => {
    const r = retentionRequestSchema.safeParse({ mode: 'shred', reason: 'x'.repeat(2001) });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['mode', 'reason']);
  });
});
