// A small organisation of Kota Kupang for appraisal tests: one agency (BKPSDM) with its head (JPT, appraised
// by the Wali Kota), a head of division, two heads of sub-division and their staff, each with a unique
// email so that every test reads only its own mail.
import { importOrg } from '../../../db/models/org-import';
import type { Models } from '../../../db/connection';
import type { EmployeeImport, UnitImport } from '../../../domain/org/schemas';
import { uniqueEmail } from '../../support/servers';

let counter = 0;
const runPrefix = `19${`${process.pid % 1000}`.padStart(3, '0')}${`${Date.now() % 1e8}`.padStart(8, '0')}`;
/** An 18-digit NIP that no other test of this run uses (workflow IDs carry it). */
export function nextNip(): string {
  counter += 1;
  return `${runPrefix}${`${counter}`.padStart(5, '0')}`;
}

export interface TestOrg {
  unitCode: string;
  head: EmployeeImport;
  kabid: EmployeeImport;
  kasubbid: EmployeeImport;
  kasubbid2: EmployeeImport;
  staff: EmployeeImport[];
  all: EmployeeImport[];
}

export async function seedOrg(models: Models, label: string, staffCount = 2): Promise<TestOrg> {
  const unitCode = `BKPSDM-${label.toUpperCase()}`.slice(0, 32);
  const person = (
    name: string,
    level: EmployeeImport['level'],
    supervisorNip: string | null,
    extra: Partial<EmployeeImport> = {},
  ): EmployeeImport => ({
    nip: nextNip(),
    name,
    email: uniqueEmail(name.toLowerCase().replace(/[^a-z]+/g, '.')),
    unitCode,
    position: `Jabatan ${name}`,
    level,
    supervisorNip,
    ...extra,
  });
  const head = person('Drs Paulus Bria', 'jpt', null);
  const kabid = person('Ir Maria Fernandez', 'administrator', head.nip);
  const kasubbid = person('Yohanes Nenobais', 'pengawas', kabid.nip);
  const kasubbid2 = person('Agustina Tefa', 'pengawas', kabid.nip);
  const staff = Array.from({ length: staffCount }, (_, i) =>
    person(
      `Staf ${String.fromCharCode(65 + i)} Lede`,
      i % 2 === 0 ? 'fungsional' : 'pelaksana',
      kasubbid.nip,
      i % 2 === 0 ? { functionalGrade: 'ahli-muda' } : {},
    ),
  );
  const all = [head, kabid, kasubbid, kasubbid2, ...staff];
  const units: UnitImport[] = [
    { code: unitCode, name: `BKPSDM ${label}`, parentCode: null, headNip: head.nip },
  ];
  const r = await importOrg(models, units, all);
  if (!r.result.ok) throw new Error(`bad test org: ${JSON.stringify(r.result.errors)}`);
  return { unitCode, head, kabid, kasubbid, kasubbid2, staff, all };
}
