import { appraisalTasks, appraisalTaskTypes, assigneeOf } from '../../../domain/appraisal/tasks';
import { directoryOf, headOfRegion } from '../../../domain/org/reporting-line';
import type { EmployeeImport } from '../../../domain/org/schemas';

const employee = (nip: string, name: string, level: EmployeeImport['level'], supervisorNip: string | null) =>
  ({
    nip,
    name,
    level,
    supervisorNip,
    unitCode: 'DINKES',
    position: name,
    email: `${nip}@kupangkota.go.id`,
  }) as EmployeeImport;

// Dinas Kesehatan: the head (JPT) → a head of division (administrator) → a section head (pengawas) → staff.
const kepalaDinas = employee('197001011995031001', 'Kepala Dinas Kesehatan', 'jpt', null);
const kepalaBidang = employee(
  '197502022000032002',
  'Kepala Bidang Pelayanan',
  'administrator',
  kepalaDinas.nip,
);
const kepalaSeksi = employee('198003032005011003', 'Kepala Seksi Rujukan', 'pengawas', kepalaBidang.nip);
const staf = employee('199004042015032004', 'Pengadministrasi Umum', 'pelaksana', kepalaSeksi.nip);
const directory = directoryOf([kepalaDinas, kepalaBidang, kepalaSeksi, staf]);

describe('appraisal tasks and who does them', () => {
  it('has the six human steps of a year', () => {
    expect(appraisalTaskTypes).toEqual([
      'skp-draft',
      'skp-approval',
      'period-rating',
      'annual-rating',
      'objection-decision',
      'unit-result',
    ]);
  });
  it('gives the SKP draft to the employee', () => {
    expect(assigneeOf('skp-draft', staf.nip, directory)).toEqual({ kind: 'employee', employee: staf });
  });
  it('gives SKP approval, periodic and annual ratings to the direct supervisor', () => {
    for (const type of ['skp-approval', 'period-rating', 'annual-rating'] as const) {
      expect(assigneeOf(type, staf.nip, directory)).toEqual({ kind: 'employee', employee: kepalaSeksi });
    }
  });
  it("gives the objection decision to the appraiser's superior", () => {
    expect(assigneeOf('objection-decision', staf.nip, directory)).toEqual({
      kind: 'employee',
      employee: kepalaBidang,
    });
  });
  it("gives a unit's result to the unit head's superior", () => {
    expect(assigneeOf('unit-result', kepalaBidang.nip, directory)).toEqual({
      kind: 'employee',
      employee: kepalaDinas,
    });
  });
  it('gives the result of an agency headed by a JPT to the Wali Kota', () => {
    expect(assigneeOf('unit-result', kepalaDinas.nip, directory)).toEqual(headOfRegion);
  });
  it('completes each task with its own payload', () => {
    expect(appraisalTasks['skp-draft'].payload.safeParse({ results: [] }).success).toBe(false);
    expect(appraisalTasks['skp-approval'].payload.safeParse({ approved: true }).success).toBe(true);
    expect(
      appraisalTasks['period-rating'].payload.safeParse({ hasilKerja: 'sesuai', perilakuKerja: 'sesuai' })
        .success,
    ).toBe(true);
    expect(
      appraisalTasks['objection-decision'].payload.safeParse({ predikat: 'baik', reason: 'ok' }).success,
    ).toBe(true);
    expect(appraisalTasks['unit-result'].payload.safeParse({ period: 'Q1', result: 'baik' }).success).toBe(
      true,
    );
  });
});
