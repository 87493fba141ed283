import {
  applicationSchema,
  bulkScreeningSchema,
  createCycleSchema,
  cycleRuleOverrides,
  documentsVerificationSchema,
  skdSessionsSchema,
} from '../../../domain/recruitment/schemas';

const cycle = {
  code: 'CPNS-2024-KPG',
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2024',
  formations: [
    {
      code: 'F-001',
      title: 'Pranata Komputer Ahli Pertama',
      unit: 'Dinas Kominfo',
      type: 'umum',
      vacancies: 2,
    },
    { code: 'F-002', title: 'Dokter Ahli Pertama', unit: 'Dinas Kesehatan', type: 'cumlaude', vacancies: 1 },
  ],
  schedule: {
    registrationOpensAt: '2024-08-20T00:00:00+08:00',
    registrationClosesAt: '2024-09-10T23:59:00+08:00',
  },
};

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('Cycle creation input', () => {
  it('accepts a CPNS cycle with two formations', () => {
    expect(createCycleSchema.safeParse(cycle).success).toBe(true);
  });

  it('refuses a formation code used twice', () => {
    const input = { ...cycle, formations: [cycle.formations[0], cycle.formations[0]] };
    expect(messages(createCycleSchema.safeParse(input))).toEqual([
      'formations.1.code: formation code F-001 appears more than once',
    ]);
  });

  it('refuses registration that closes before it opens', () => {
    const input = {
      ...cycle,
      schedule: { ...cycle.schedule, registrationClosesAt: '2024-08-19T00:00:00+08:00' },
    };
    expect(messages(createCycleSchema.safeParse(input))).toEqual([
      'schedule.registrationClosesAt: registration must close after it opens',
    ]);
  });

  it('refuses a code in lower case', () => {
    expect(createCycleSchema.safeParse({ ...cycle, code: 'cpns-2024' }).success).toBe(false);
  });

  it('refuses an unknown field', () => {
    expect(createCycleSchema.safeParse({ ...cycle, budget: 1 }).success).toBe(false);
  });

  it('refuses rule overrides that break the weights', () => {
    expect(messages(createCycleSchema.safeParse({ ...cycle, rules: { final: { skbWeight: 0.7 } } }))).toEqual(
      ['rules: final: SKD weight 0.4 and SKB weight 0.7 must add up to 1'],
    );
  });

  it('counts the windows of the schedule as rule overrides', () => {
    const parsed = createCycleSchema.parse({
      ...cycle,
      schedule: { ...cycle.schedule, appealWindow: 'P5D' },
    });
    expect(cycleRuleOverrides(parsed)).toEqual({ windows: { appealWindow: 'P5D' } });
  });
});

describe('Application input', () => {
  const application = {
    nik: '5371015507980001',
    name: 'Maria Bria',
    email: 'maria@example.org',
    birthDate: '1998-07-15',
    education: { level: 'S1', major: 'Teknik Informatika', gpa: 3.62 },
    formationCode: 'F-001',
  };

  it('accepts an application and writes to the applicant in Indonesian by default', () => {
    expect(applicationSchema.parse(application).language).toBe('id');
  });

  it('refuses a NIK of 15 digits', () => {
    expect(messages(applicationSchema.safeParse({ ...application, nik: '537101234567890' }))).toEqual([
      'nik: NIK must be exactly 16 digits',
    ]);
  });

  it('refuses 29 February in a year that has none', () => {
    expect(applicationSchema.safeParse({ ...application, birthDate: '2001-02-29' }).success).toBe(false);
  });

  it('refuses a GPA of 4.5 for S1', () => {
    const input = { ...application, education: { ...application.education, gpa: 4.5 } };
    expect(messages(applicationSchema.safeParse(input))).toEqual([
      'education.gpa: gpa for S1 must be at most 4',
    ]);
  });

  it('accepts a diploma average of 85 for SMK', () => {
    const input = { ...application, education: { level: 'SMK', major: 'Akuntansi', gpa: 85 } };
    expect(applicationSchema.safeParse(input).success).toBe(true);
  });
});

describe('Decision inputs', () => {
  it('refuses the same application twice in bulk screening', () => {
    const decision = { applicationId: 'a1', decision: 'MS', reason: 'Lengkap' };
    expect(bulkScreeningSchema.safeParse({ decisions: [decision, decision] }).success).toBe(false);
  });

  it('refuses an applicant seated in two SKD sessions, pointing at the second seat', () => {
    const session = (code: string, applicationIds: string[]) => ({
      code,
      place: 'UPT BKN Kupang',
      startsAt: '2024-10-21T08:00:00+08:00',
      applicationIds,
    });
    const input = { sessions: [session('S-1', ['a1', 'a2']), session('S-2', ['a3', 'a1'])] };
    expect(messages(skdSessionsSchema.safeParse(input))).toEqual([
      'sessions.1.applicationIds.1: application a1 appears more than once',
    ]);
  });

  it('refuses a document rejection without a reason', () => {
    expect(messages(documentsVerificationSchema.safeParse({ accepted: false }))).toEqual([
      'reason: say why the documents are rejected',
    ]);
  });
});
