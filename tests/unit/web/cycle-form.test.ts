// The form that opens a cycle, as pure functions: WITA date-times to instants, a count and a unit to an ISO
// duration, empty fields and rows left out, each issue of the API's schema mapped back to its field, and
// hostile input (over-long strings, too many rows, a field sent twice) refused beside its field.
import { translator } from '../../../domain/messages';
import { createCycleSchema } from '../../../domain/recruitment/schemas';
import {
  cycleBodyOf,
  durationFields,
  emptyForm,
  FIELD_MAX,
  fieldOfPath,
  fieldOfProblemPath,
  formRows,
  isoDuration,
  issuesByField,
  readCycleForm,
  witaInstant,
  witaLocal,
} from '../../../web/staff/cycle-form';

const t = translator('id');

/** A filled form as the browser posts it: two formations in rows 0 and 2, row 1 left empty. */
function posted(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    _csrf: 'x',
    action: 'create',
    shownKind: 'CPNS',
    kind: 'CPNS',
    rows: '3',
    code: 'CPNS-2027',
    title: 'Seleksi CPNS Kota Kupang 2027',
    budgetYear: '',
    'f0-code': 'PRANATA-KOMPUTER',
    'f0-title': 'Pranata Komputer Ahli Pertama',
    'f0-unit': 'DISKOMINFO',
    'f0-type': 'umum',
    'f0-vacancies': '2',
    'f1-code': '',
    'f1-title': '',
    'f1-unit': '',
    'f1-type': 'umum',
    'f1-vacancies': '',
    'f2-code': 'DOKTER',
    'f2-title': 'Dokter Ahli Pertama',
    'f2-unit': 'DINKES',
    'f2-type': 'cumlaude',
    'f2-vacancies': '1',
    opensAt: '2027-03-01T08:00',
    closesAt: '2027-03-21T23:59:30',
    appealWindow: '',
    'appealWindow-unit': 'hari',
    appealAnswerWindow: '10',
    'appealAnswerWindow-unit': 'detik',
    documentWindow: '10',
    'documentWindow-unit': 'menit',
    appealAnswerReminderBefore: '5',
    'appealAnswerReminderBefore-unit': 'detik',
    documentReminderBefore: '2',
    'documentReminderBefore-unit': 'menit',
    'passing-twk': '',
    'passing-tiu': '',
    'passing-tkp': '170',
    skbCutMultiplier: '',
    skdWeight: '0,4',
    skbWeight: '0.6',
    ageMax: '',
    ...extra,
  };
}

const bodyOf = (form: Record<string, unknown>) => {
  const { values, issues } = readCycleForm(form, 'CPNS', t);
  return { ...cycleBodyOf(values, t), read: issues };
};

describe('WITA date-times', () => {
  it('reads a datetime-local value as WITA, UTC+8, with or without seconds', () => {
    expect(witaInstant('2027-03-01T08:00')).toBe('2027-03-01T08:00:00+08:00');
    expect(witaInstant('2027-03-21T23:59:30')).toBe('2027-03-21T23:59:30+08:00');
    expect(Date.parse(witaInstant('2027-01-01T00:00')!)).toBe(Date.parse('2026-12-31T16:00:00Z'));
  });

  it('refuses a date that does not exist and anything not a datetime-local value', () => {
    for (const v of ['2027-04-31T08:00', '2027-03-01', '01/03/2027 08:00', '2027-03-01T25:00', ''])
      expect(witaInstant(v)).toBeUndefined();
  });

  it('writes an instant back as the WITA value the field shows, to the second', () => {
    expect(witaLocal('2026-12-31T16:00:05Z')).toBe('2027-01-01T00:00:05');
    expect(witaInstant(witaLocal(1_800_000_000_000))).toBe('2027-01-15T16:00:00+08:00');
  });
});

describe('windows as a count and a unit', () => {
  it.each([
    ['3', 'hari', 'P3D'],
    ['10', 'menit', 'PT10M'],
    ['3', 'detik', 'PT3S'],
    ['12', 'jam', 'PT12H'],
    ['007', 'hari', 'P7D'],
  ])('maps %s %s to %s', (n, unit, iso) => expect(isoDuration(n, unit)).toBe(iso));

  it('refuses a count that is not a whole number, and an unknown unit', () => {
    expect(isoDuration('1.5', 'hari')).toBeUndefined();
    expect(isoDuration('-3', 'hari')).toBeUndefined();
    expect(isoDuration('3', 'weeks')).toBeUndefined();
  });

  it('shows a duration in its largest whole unit', () => {
    expect(durationFields('P3D')).toEqual({ n: '3', unit: 'hari' });
    expect(durationFields('PT36H')).toEqual({ n: '36', unit: 'jam' });
    expect(durationFields('PT90S')).toEqual({ n: '90', unit: 'detik' });
    expect(durationFields('PT10M')).toEqual({ n: '10', unit: 'menit' });
  });
});

describe('the body of createCycleSchema from the form', () => {
  it('builds a body the API accepts, empty rows and fields left out', () => {
    const { body, rowOf, issues, read } = bodyOf(posted());
    expect([issues, read]).toEqual([[], []]);
    expect(body).toEqual({
      code: 'CPNS-2027',
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang 2027',
      formations: [
        {
          code: 'PRANATA-KOMPUTER',
          title: 'Pranata Komputer Ahli Pertama',
          unit: 'DISKOMINFO',
          type: 'umum',
          vacancies: 2,
        },
        { code: 'DOKTER', title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
      ],
      schedule: {
        registrationOpensAt: '2027-03-01T08:00:00+08:00',
        registrationClosesAt: '2027-03-21T23:59:30+08:00',
        appealAnswerWindow: 'PT10S',
        documentWindow: 'PT10M',
      },
      rules: {
        windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' },
        skd: { passing: { umum: { tkp: 170 } } },
        final: { skdWeight: 0.4, skbWeight: 0.6 },
      },
    });
    expect(rowOf).toEqual([0, 2]);
    expect(createCycleSchema.safeParse(body).success).toBe(true);
  });

  it('leaves out rules, budget year and windows altogether when none is given', () => {
    const blank = Object.fromEntries(
      Object.entries(posted()).filter(
        ([k]) => !/Window$|Before$|^passing|Weight$|Multiplier$/.test(k) && !k.endsWith('-unit'),
      ),
    );
    const { body } = bodyOf(blank);
    expect(body).not.toHaveProperty('rules');
    expect(body).not.toHaveProperty('budgetYear');
    expect(Object.keys(body.schedule as object)).toEqual(['registrationOpensAt', 'registrationClosesAt']);
  });

  it('does not read the CPNS rules for a PPPK cycle', () => {
    const { values } = readCycleForm(posted({ kind: 'PPPK', ageMax: '40' }), 'PPPK', t);
    const { body } = cycleBodyOf(values, t);
    expect(body.rules).toEqual({
      windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' },
      age: { max: 40 },
    });
  });

  it('names a field that is not a number, a date-time or a count beside it, and keeps it out', () => {
    const { body, issues } = bodyOf(
      posted({ 'f2-vacancies': 'dua', opensAt: '1 Maret', appealWindow: 'tiga', skdWeight: '40%' }),
    );
    expect(issues).toEqual([
      { field: 'f2-vacancies', message: t('hr.cycles.error.number') },
      { field: 'opensAt', message: t('hr.cycles.error.dateTime') },
      { field: 'appealWindow', message: t('hr.cycles.error.count') },
      { field: 'skdWeight', message: t('hr.cycles.error.number') },
    ]);
    expect((body.formations as { vacancies?: number }[])[1]!.vacancies).toBeUndefined();
    expect(body.rules).not.toHaveProperty('final.skdWeight');
  });
});

describe("the API's issues beside their fields", () => {
  it('maps each issue of a bad submission to the form field it is about', () => {
    const { body, rowOf } = bodyOf(
      posted({
        'f2-code': 'PRANATA-KOMPUTER',
        'f2-vacancies': '0',
        closesAt: '2027-02-01T08:00',
        title: 'x'.repeat(201),
      }),
    );
    const parsed = createCycleSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((i) => [fieldOfPath(i.path, rowOf), i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['title', 'title must be at most 200 characters'],
        ['f2-vacancies', 'vacancies must be a whole number above 0'],
        ['f2-code', 'formation code PRANATA-KOMPUTER appears more than once'],
        ['closesAt', 'registration must close after it opens'],
      ]),
    );
  });

  it.each([
    [['schedule', 'registrationOpensAt'], 'opensAt'],
    [['schedule', 'appealWindow'], 'appealWindow'],
    [['rules', 'windows', 'documentReminderBefore'], 'documentReminderBefore'],
    [['rules', 'windows', 'confirmationWindow'], 'rules'],
    [['rules', 'skd', 'passing', 'umum', 'tiu'], 'passing-tiu'],
    [['rules', 'final', 'skbWeight'], 'skbWeight'],
    [['rules'], 'rules'],
    [['formations'], 'formations'],
    [['formations', 7, 'code'], 'formations'],
    [['budgetYear'], 'budgetYear'],
    [['somethingElse'], 'form'],
  ] as [PropertyKey[], string][])('maps %j to %s', (path, field) => {
    expect(fieldOfPath(path, [0, 2])).toBe(field);
  });

  it("maps a command's refusal by its path in the request", () => {
    expect(fieldOfProblemPath('body.rules', [0])).toBe('rules');
    expect(fieldOfProblemPath('body.formations.1.unit', [0, 2])).toBe('f2-unit');
  });

  it("shows the form's own message and not the API's on the same field", () => {
    const by = issuesByField(
      [{ field: 'f0-vacancies', message: 'Tulis sebuah angka' }],
      [
        { field: 'f0-vacancies', message: 'expected number' },
        { field: 'code', message: 'code must be…' },
        { field: 'code', message: 'code must be…' },
      ],
    );
    expect([...by]).toEqual([
      ['f0-vacancies', ['Tulis sebuah angka']],
      ['code', ['code must be…']],
    ]);
  });
});

describe('hostile input', () => {
  it('refuses an over-long field beside it and keeps only its first characters', () => {
    const { values, issues } = readCycleForm(posted({ title: 'A'.repeat(50_000) }), 'CPNS', t);
    expect(issues).toEqual([{ field: 'title', message: t('hr.cycles.error.tooLong', { max: FIELD_MAX }) }]);
    expect(values.title).toHaveLength(FIELD_MAX);
  });

  it('refuses more rows than the form has, beside the formations', () => {
    const { values, issues } = readCycleForm(posted({ rows: '100000' }), 'CPNS', t);
    expect(issues).toEqual([
      { field: 'formations', message: t('hr.cycles.error.tooManyRows', { max: formRows.max }) },
    ]);
    expect(values.rows).toHaveLength(formRows.max);
  });

  it('refuses a field sent twice', () => {
    const { values, issues } = readCycleForm(posted({ code: ['A', 'B'] }), 'CPNS', t);
    expect(issues).toEqual([{ field: 'code', message: t('hr.cycles.error.repeated') }]);
    expect(values.code).toBe('');
  });

  it('reads only its own fields: a posted __proto__ or unknown field reaches nothing', () => {
    const form = JSON.parse('{"__proto__": {"polluted": true}, "f9-code": "X", "rows": "2"}') as Record<
      string,
      unknown
    >;
    const { values } = readCycleForm(form, 'CPNS', t);
    expect(values.rows).toHaveLength(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(cycleBodyOf(values, t).body.formations).toEqual([]);
  });

  it('starts an empty form with three rows and every window at its default', () => {
    const form = emptyForm();
    expect(form.rows).toHaveLength(formRows.initial);
    expect(cycleBodyOf(form, t).body).not.toHaveProperty('rules');
  });
});
