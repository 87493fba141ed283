// Hostile input at the schema: every text bounded, a person's name free of control and bidi characters,
// codes that cannot be prototype keys, durations and instants within the bounds the rule sets give, and
// a refusal that names the field the client sent.
import { appraisalYearInputSchema } from '../../../domain/appraisal/schemas';
import { employeeImportSchema, unitImportSchema } from '../../../domain/org/schemas';
import {
  applicationSchema,
  createCycleSchema,
  parseUploadRows,
  skbResultRowSchema,
  skdResultRowSchema,
} from '../../../domain/recruitment/schemas';
import { personNameSchema } from '../../../domain/text';
import { cpns2024, windowBounds } from '../../../domain/recruitment/rule-sets';
import { durationMs } from '../../../domain/time';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));

const application = (over: Record<string, unknown> = {}) => ({
  nik: '5371014501960001',
  name: 'Maria Fernandez',
  email: 'maria@example.com',
  birthDate: '1996-01-05',
  education: { level: 'S1', major: 'Informatika', gpa: 3.61 },
  formationCode: 'PRANATA-KOMPUTER',
  language: 'id',
  ...over,
});

const cycle = (
  over: { schedule?: Record<string, unknown>; rules?: unknown; formations?: unknown[] } = {},
) => ({
  code: 'CPNS-2026',
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026',
  formations: over.formations ?? [
    { code: 'PRANATA-KOMPUTER', title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', vacancies: 2 },
  ],
  schedule: {
    registrationOpensAt: '2026-03-01T08:00:00+08:00',
    registrationClosesAt: '2026-03-21T23:59:00+08:00',
    ...over.schedule,
  },
  ...(over.rules ? { rules: over.rules } : {}),
});

describe("a person's name", () => {
  it('accepts a name with apostrophes, dots and accents, trimmed', () => {
    expect(personNameSchema.parse("  Yohanes D'Costa Tallo, S.Kom. ")).toBe("Yohanes D'Costa Tallo, S.Kom.");
    expect(personNameSchema.parse('Anaïs Ndoen')).toBe('Anaïs Ndoen');
  });

  it('refuses 201 characters and accepts 200', () => {
    expect(personNameSchema.safeParse('a'.repeat(200)).success).toBe(true);
    expect(issues(personNameSchema.safeParse('a'.repeat(201)))).toEqual([
      { path: '', message: 'name must be at most 200 characters' },
    ]);
  });

  it('refuses a 3 MiB name at body.name without reading it further', () => {
    const r = applicationSchema.safeParse(application({ name: 'x'.repeat(3 * 1024 * 1024) }));
    expect(issues(r)).toEqual([{ path: 'name', message: 'name must be at most 200 characters' }]);
  });

  it.each([
    ['NUL', 'Maria\u0000Fernandez'],
    ['escape', 'Maria \u001b[31mFernandez'],
    ['DEL', 'Maria\u007fFernandez'],
    ['right-to-left override', 'Maria \u202eFernandez'],
    ['left-to-right embedding', '\u202aMaria'],
    ['first-strong isolate', 'Maria \u2068Fernandez\u2069'],
  ])('refuses a %s character', (_what, name) => {
    expect(issues(personNameSchema.safeParse(name))).toEqual([
      { path: '', message: 'name must not contain control characters or bidirectional overrides' },
    ]);
  });

  it.each([
    ['spaces', '   '],
    ['zero-width spaces', '\u200b\u200b'],
    ['a zero-width joiner and a no-break space', '\u200d\u00a0'],
    ['a byte order mark', '\ufeff'],
  ])('refuses a name of only %s', (_what, name) => {
    expect(personNameSchema.safeParse(name).success).toBe(false);
  });

  it('is the name of an imported employee too', () => {
    const employee = {
      nip: '198001012005011001',
      name: 'Maria\u202eFernandez',
      email: 'maria@kupangkota.go.id',
      unitCode: 'BKPSDM',
      position: 'Kepala Bidang Mutasi',
      level: 'administrator',
      supervisorNip: null,
    };
    expect(issues(employeeImportSchema.safeParse(employee)).map((i) => i.path)).toEqual(['name']);
  });
});

describe('codes that may become keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %s as a formation and unit code, and never keeps it as a score key',
    (code) => {
      const formation = { code, title: 'Analis', unit: 'BKPSDM', vacancies: 1 };
      expect(
        issues(createCycleSchema.safeParse(cycle({ formations: [formation] }))).map((i) => i.path),
      ).toEqual(['formations.0.code']);
      expect(unitImportSchema.safeParse({ code, name: 'Dinas Sosial' }).success).toBe(false);
      const scores = JSON.parse(`{"CAT": 80, "${code}": 1}`) as Record<string, number>;
      const r = skbResultRowSchema.safeParse({ applicationId: 'A-1', scores });
      expect(r.success && Object.hasOwn(r.data.scores, code)).toBe(false);
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('CAT');
    },
  );

  it('keeps a lower-case component code valid (cat)', () => {
    expect(skbResultRowSchema.safeParse({ applicationId: 'A-1', scores: { cat: 80 } }).success).toBe(true);
  });

  it('refuses a formation code of 41 characters', () => {
    expect(
      issues(applicationSchema.safeParse(application({ formationCode: 'A'.repeat(41) }))).map((i) => i.path),
    ).toEqual(['formationCode']);
  });
});

describe('durations and instants within the rule set', () => {
  it('has bounds the engine can read, each holding its default (found by the fuzz run: P1Y was a 500)', () => {
    for (const [name, b] of Object.entries(windowBounds)) {
      const [min, max] = [durationMs(b.min), durationMs(b.max)];
      const given = durationMs(cpns2024.windows[name as keyof typeof windowBounds]);
      expect({ name, within: min <= given && given <= max }).toEqual({ name, within: true });
    }
  });

  it('refuses an appeal window of P99999999W, saying the bounds', () => {
    expect(issues(createCycleSchema.safeParse(cycle({ schedule: { appealWindow: 'P99999999W' } })))).toEqual([
      {
        path: 'schedule.appealWindow',
        message:
          'must be between PT1S and P30D (the rules give 3 days; from a second, for compressed tests, to a month)',
      },
    ]);
  });

  it('refuses an appeal window of PT0.001S and accepts PT1S', () => {
    expect(
      issues(createCycleSchema.safeParse(cycle({ schedule: { appealWindow: 'PT0.001S' } }))).map(
        (i) => i.path,
      ),
    ).toEqual(['schedule.appealWindow']);
    expect(createCycleSchema.safeParse(cycle({ schedule: { appealWindow: 'PT1S' } })).success).toBe(true);
  });

  it('bounds an override in rules.windows the same way', () => {
    const r = createCycleSchema.safeParse(cycle({ rules: { windows: { appealAnswerWindow: 'P365D' } } }));
    expect(issues(r).map((i) => i.path)).toEqual(['rules.windows.appealAnswerWindow']);
  });

  it('names body.schedule.documentWindow when it is shorter than the default reminder, saying what to change', () => {
    const r = createCycleSchema.safeParse(cycle({ schedule: { documentWindow: 'PT30M' } }));
    expect(issues(r)).toEqual([
      {
        path: 'schedule.documentWindow',
        message:
          "documentWindow (PT30M) must be longer than its reminder documentReminderBefore (P3D, the rule set's default); lengthen the window or set a shorter rules.windows.documentReminderBefore",
      },
    ]);
    expect(
      createCycleSchema.safeParse(
        cycle({
          schedule: { documentWindow: 'PT30M' },
          rules: { windows: { documentReminderBefore: 'PT5M' } },
        }),
      ).success,
    ).toBe(true);
  });

  it('names the reminder when the client sent a reminder longer than its window', () => {
    const r = createCycleSchema.safeParse(
      cycle({ rules: { windows: { appealAnswerReminderBefore: 'P8D' } } }),
    );
    expect(issues(r).map((i) => i.path)).toEqual(['rules.windows.appealAnswerReminderBefore']);
  });

  it('refuses a registration in the year 9999 and one lasting more than 180 days', () => {
    const far = issues(
      createCycleSchema.safeParse(cycle({ schedule: { registrationClosesAt: '9999-01-01T00:00:00Z' } })),
    );
    expect(far.map((i) => i.path)).toEqual(['schedule.registrationClosesAt']);
    const long = issues(
      createCycleSchema.safeParse(cycle({ schedule: { registrationClosesAt: '2026-12-01T00:00:00+08:00' } })),
    );
    expect(long).toEqual([
      { path: 'schedule.registrationClosesAt', message: expect.stringContaining('at most P180D') },
    ]);
  });

  it("bounds an appraisal year's objection window and a compressed period", () => {
    const r = appraisalYearInputSchema.safeParse({
      year: 2026,
      deadlines: { objectionWindow: 'P99999999W' },
      compressedCalendar: { startsAt: '2026-01-01T00:00:00+08:00', periodLength: 'PT0.001S' },
    });
    expect(issues(r).map((i) => i.path)).toEqual([
      'deadlines.objectionWindow',
      'compressedCalendar.periodLength',
    ]);
  });
});

describe('a bulk upload row by row', () => {
  it('names the type error of one row and keeps the rows that parse, each with its index', () => {
    const { rows, issues: found } = parseUploadRows(
      [
        { applicationId: 'A-1', twk: 100, tiu: 120, tkp: 190 },
        { applicationId: 'A-2', twk: 'seratus', tiu: 120, tkp: 190 },
        { applicationId: 'A-3', twk: 100, tiu: 120, tkp: 190, hobby: 'catur' },
        { applicationId: 'A-1', twk: 90, tiu: 120, tkp: 190 },
        { applicationId: 'A-4', twk: 95, tiu: 999, tkp: 190 },
      ],
      skdResultRowSchema,
    );
    expect(rows.map((r) => r.index)).toEqual([0, 4]);
    expect(found).toEqual([
      { index: 1, path: ['twk'], message: 'a score must be a number' },
      { index: 2, path: ['hobby'], message: 'unknown field' },
      { index: 3, path: ['applicationId'], message: 'application A-1 appears more than once' },
    ]);
  });
});
