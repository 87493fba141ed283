import {
  appraiserOf,
  appraisersSuperiorOf,
  directoryOf,
  headOfRegion,
  ReportingLineError,
} from '../../../domain/org/reporting-line';
import type { EmployeeImport } from '../../../domain/org/schemas';

const employee = (nip: string, name: string, level: EmployeeImport['level'], supervisorNip: string | null) =>
  ({
    nip,
    name,
    level,
    supervisorNip,
    unitCode: 'BKPSDM',
    position: name,
    email: `${nip}@kupangkota.go.id`,
  }) as EmployeeImport;

// BKPSDM Kota Kupang: the head of the agency (JPT) → head of division (administrator) → sub-division head
// (pengawas) → an analyst (functional).
const kepalaBadan = employee('197106061996031001', 'Kepala BKPSDM', 'jpt', null);
const kepalaBidang = employee(
  '197807072003122002',
  'Kepala Bidang Mutasi dan Promosi',
  'administrator',
  kepalaBadan.nip,
);
const kepalaSubbidang = employee(
  '198408082009031003',
  'Kepala Subbidang Mutasi',
  'pengawas',
  kepalaBidang.nip,
);
const analis = employee(
  '199509092020122004',
  'Analis SDM Aparatur Ahli Pertama',
  'fungsional',
  kepalaSubbidang.nip,
);
const directory = directoryOf([kepalaBadan, kepalaBidang, kepalaSubbidang, analis]);

describe('pejabat penilai kinerja (appraiser), PermenPANRB 6/2022', () => {
  it('is the direct supervisor of an employee', () => {
    expect(appraiserOf(analis.nip, directory)).toEqual({ kind: 'employee', employee: kepalaSubbidang });
  });
  it('is the Wali Kota Kupang for a head of agency (JPT) without a supervisor', () => {
    expect(appraiserOf(kepalaBadan.nip, directory)).toEqual({
      kind: 'head-of-region',
      name: 'Wali Kota Kupang',
    });
  });
  it('is the head of agency for a head of division', () => {
    expect(appraiserOf(kepalaBidang.nip, directory)).toEqual({ kind: 'employee', employee: kepalaBadan });
  });
});

describe("atasan pejabat penilai (the appraiser's superior, who decides objections)", () => {
  it("is the supervisor's own supervisor", () => {
    expect(appraisersSuperiorOf(analis.nip, directory)).toEqual({ kind: 'employee', employee: kepalaBidang });
  });
  it('is the Wali Kota when the appraiser is the head of agency', () => {
    expect(appraisersSuperiorOf(kepalaBidang.nip, directory)).toEqual(headOfRegion);
  });
  it('is the Wali Kota again for a head of agency, there being no one above within the city', () => {
    expect(appraisersSuperiorOf(kepalaBadan.nip, directory)).toEqual(headOfRegion);
  });
});

describe('a reporting line that cannot be resolved', () => {
  it('names an unknown employee without writing the NIP in the message', () => {
    const error = (() => {
      try {
        appraiserOf('199901012024011999', directory);
      } catch (e) {
        return e;
      }
    })() as ReportingLineError;
    expect(error).toBeInstanceOf(ReportingLineError);
    expect(error.message).toBe('unknown employee');
    expect(error.nip).toBe('199901012024011999');
  });
  it('refuses a staff member without a supervisor: only a JPT may have none', () => {
    const orphan = employee('199202022018032001', 'Pengelola Data', 'pelaksana', null);
    expect(() => appraiserOf(orphan.nip, directoryOf([orphan]))).toThrow('missing supervisor');
  });
  it('refuses a supervisor who is not in the directory', () => {
    expect(() => appraiserOf(analis.nip, directoryOf([analis]))).toThrow('missing supervisor');
  });
});
