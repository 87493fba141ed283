import { validateOrgImport } from '../../../domain/org/reporting-line';

// A small import of Kota Kupang: BKPSDM with one division, and Dinas Kesehatan.
const units = () => [
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    parentCode: null,
    headNip: NIP.kepala,
  },
  { code: 'BKPSDM-MUTASI', name: 'Bidang Mutasi dan Promosi', parentCode: 'BKPSDM', headNip: NIP.kabid },
  { code: 'DINKES', name: 'Dinas Kesehatan' },
];
const NIP = {
  kepala: '197106061996031001',
  kabid: '197807072003122002',
  kasubbid: '198408082009031003',
  analis: '199509092020122004',
  pelaksana: '199610102021032005',
};
const employees = () => [
  {
    nip: NIP.kepala,
    name: 'Kepala BKPSDM',
    email: 'kepala@bkpsdm.kupangkota.go.id',
    unitCode: 'BKPSDM',
    position: 'Kepala Badan',
    level: 'jpt',
    supervisorNip: null,
  },
  {
    nip: NIP.kabid,
    name: 'Kepala Bidang Mutasi',
    email: 'kabid@bkpsdm.kupangkota.go.id',
    unitCode: 'BKPSDM-MUTASI',
    position: 'Kepala Bidang',
    level: 'administrator',
    supervisorNip: NIP.kepala,
  },
  {
    nip: NIP.kasubbid,
    name: 'Kepala Subbidang Mutasi',
    email: 'kasub@bkpsdm.kupangkota.go.id',
    unitCode: 'BKPSDM-MUTASI',
    position: 'Kepala Subbidang',
    level: 'pengawas',
    supervisorNip: NIP.kabid,
  },
  {
    nip: NIP.analis,
    name: 'Analis SDM',
    email: 'analis@bkpsdm.kupangkota.go.id',
    unitCode: 'BKPSDM-MUTASI',
    position: 'Analis SDM Aparatur',
    level: 'fungsional',
    functionalGrade: 'ahli-pertama',
    supervisorNip: NIP.kasubbid,
  },
  {
    nip: NIP.pelaksana,
    name: 'Pengadministrasi',
    email: 'admin@bkpsdm.kupangkota.go.id',
    unitCode: 'BKPSDM-MUTASI',
    position: 'Pengadministrasi Umum',
    level: 'pelaksana',
    supervisorNip: NIP.kasubbid,
  },
];
const errorsOf = (result: ReturnType<typeof validateOrgImport>) => (result.ok ? [] : result.errors);

describe('bulk import of units and employees', () => {
  it('accepts a sound organisation and returns its rows', () => {
    const result = validateOrgImport(units(), employees());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.employees).toHaveLength(5);
  });

  it('flags every row of a duplicate unit code', () => {
    const rows = [...units(), { code: 'DINKES', name: 'Dinas Kesehatan (lama)' }];
    expect(errorsOf(validateOrgImport(rows, employees()))).toEqual([
      { sheet: 'units', index: 2, field: 'code', reason: 'duplicate code DINKES (rows 2, 3)' },
      { sheet: 'units', index: 3, field: 'code', reason: 'duplicate code DINKES (rows 2, 3)' },
    ]);
  });

  it('flags every row of a duplicate NIP', () => {
    const rows = [...employees(), { ...employees()[4], name: 'Pengadministrasi (ganda)' }];
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      { sheet: 'employees', index: 4, field: 'nip', reason: `duplicate nip ${NIP.pelaksana} (rows 4, 5)` },
      { sheet: 'employees', index: 5, field: 'nip', reason: `duplicate nip ${NIP.pelaksana} (rows 4, 5)` },
    ]);
  });

  it('flags an employee of an unknown unit', () => {
    const rows = employees();
    rows[4].unitCode = 'DISDIK';
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      { sheet: 'employees', index: 4, field: 'unitCode', reason: 'unknown unit DISDIK' },
    ]);
  });

  it('flags a unit with an unknown parent', () => {
    const rows = [...units(), { code: 'DINKES-P2P', name: 'Bidang P2P', parentCode: 'DINKESS' }];
    expect(errorsOf(validateOrgImport(rows, employees()))).toEqual([
      { sheet: 'units', index: 3, field: 'parentCode', reason: 'unknown parent DINKESS' },
    ]);
  });

  it('accepts a parent unit and a supervisor that already exist in the registry', () => {
    const newcomer = {
      ...employees()[4],
      nip: '199803032024212001',
      unitCode: 'DINKES-P2P',
      supervisorNip: '197505051999031002',
    };
    const result = validateOrgImport(
      [{ code: 'DINKES-P2P', name: 'Bidang P2P', parentCode: 'DINKES' }],
      [newcomer],
      {
        unit: (code) => (code === 'DINKES' ? { code, parentCode: null } : undefined),
        employee: (nip) =>
          nip === '197505051999031002'
            ? {
                nip,
                name: 'Kepala Bidang P2P',
                level: 'administrator',
                supervisorNip: null,
                unitCode: 'DINKES-P2P',
              }
            : undefined,
      },
    );
    expect(result.ok).toBe(true);
  });

  it('flags a missing supervisor: a supervisorNip neither imported nor existing', () => {
    const rows = employees();
    rows[4].supervisorNip = '198001012005011099';
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      {
        sheet: 'employees',
        index: 4,
        field: 'supervisorNip',
        reason: 'missing supervisor 198001012005011099: neither imported nor existing',
      },
    ]);
  });

  it('flags every row of a cycle in the reporting line and names the NIPs in it', () => {
    const rows = employees();
    rows[1].supervisorNip = NIP.analis; // kabid → analis → kasubbid → kabid
    const cycle = `reporting-line cycle: ${NIP.kabid} → ${NIP.analis} → ${NIP.kasubbid} → ${NIP.kabid}`;
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      { sheet: 'employees', index: 1, field: 'supervisorNip', reason: cycle },
      { sheet: 'employees', index: 2, field: 'supervisorNip', reason: cycle },
      { sheet: 'employees', index: 3, field: 'supervisorNip', reason: cycle },
    ]);
  });

  it('flags an employee who supervises themselves as a cycle of one', () => {
    const rows = employees();
    rows[4].supervisorNip = NIP.pelaksana;
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      expect.objectContaining({
        index: 4,
        reason: `reporting-line cycle: ${NIP.pelaksana} → ${NIP.pelaksana}`,
      }),
    ]);
  });

  it('flags a cycle of units', () => {
    const rows = units();
    rows[0].parentCode = 'BKPSDM-MUTASI';
    expect(errorsOf(validateOrgImport(rows, employees())).map((e) => [e.index, e.reason])).toEqual([
      [0, 'unit cycle: BKPSDM → BKPSDM-MUTASI → BKPSDM'],
      [1, 'unit cycle: BKPSDM → BKPSDM-MUTASI → BKPSDM'],
    ]);
  });

  it('flags a unit head who is an employee of another unit', () => {
    const rows = units();
    rows[1].headNip = NIP.kepala;
    expect(errorsOf(validateOrgImport(rows, employees()))).toEqual([
      {
        sheet: 'units',
        index: 1,
        field: 'headNip',
        reason: `unit head ${NIP.kepala} is an employee of BKPSDM, not of BKPSDM-MUTASI`,
      },
    ]);
  });

  it('flags a unit head who is not an employee at all', () => {
    const rows = [...units(), { code: 'DISHUB', name: 'Dinas Perhubungan', headNip: '197001012000031001' }];
    expect(errorsOf(validateOrgImport(rows, employees()))).toEqual([
      {
        sheet: 'units',
        index: 3,
        field: 'headNip',
        reason: 'unit head 197001012000031001 is not an employee',
      },
    ]);
  });

  it('flags an employee below JPT level without a supervisor', () => {
    const rows = employees();
    rows[1].supervisorNip = null;
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      {
        sheet: 'employees',
        index: 1,
        field: 'supervisorNip',
        reason: 'missing supervisor: only a JPT (head of agency) may have none',
      },
    ]);
  });

  it('warns, without refusing, when the appraiser is below pengawas level', () => {
    const rows = employees();
    rows[4].supervisorNip = NIP.analis;
    const result = validateOrgImport(units(), rows);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        sheet: 'employees',
        index: 4,
        field: 'supervisorNip',
        reason: `appraiser ${NIP.analis} is at level fungsional, not jpt, administrator, pengawas`,
      },
    ]);
  });

  it('needs a grade for a functional position and refuses one for any other', () => {
    const rows = employees();
    delete (rows[3] as { functionalGrade?: string }).functionalGrade;
    (rows[4] as { functionalGrade?: string }).functionalGrade = 'terampil';
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      {
        sheet: 'employees',
        index: 3,
        field: 'functionalGrade',
        reason: 'required for a functional position',
      },
      {
        sheet: 'employees',
        index: 4,
        field: 'functionalGrade',
        reason: 'only a functional position has a grade',
      },
    ]);
  });

  it('refuses a NIP that is not exactly 18 digits', () => {
    const rows = employees();
    rows[4].nip = '19961010202103200';
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      { sheet: 'employees', index: 4, field: 'nip', reason: 'must be exactly 18 digits' },
    ]);
  });

  it('does not report again a reference to a row its schema refused', () => {
    const rows = employees();
    rows[2].email = 'kasubbid at bkpsdm';
    expect(errorsOf(validateOrgImport(units(), rows))).toEqual([
      { sheet: 'employees', index: 2, field: 'email', reason: expect.any(String) },
    ]);
  });

  it('returns every bad row of the import at once, units first, each with its index', () => {
    const unitRows = [...units(), { code: 'dinsos', name: 'Dinas Sosial' }];
    const employeeRows = employees();
    employeeRows[0].email = 'not-an-email';
    employeeRows[4].unitCode = 'DISDIK';
    expect(
      errorsOf(validateOrgImport(unitRows, employeeRows)).map((e) => `${e.sheet}[${e.index}].${e.field}`),
    ).toEqual(['units[3].code', 'employees[0].email', 'employees[4].unitCode']);
  });
});
