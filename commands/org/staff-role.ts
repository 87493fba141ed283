// A staff member's role by the organisation registry, not by their token: whoever has active employees
// reporting to them (`supervisorNip`) is a supervisor, any other active employee an employee. Someone
// the registry does not hold as active (never imported, or departed) has no role.
import type { Models } from '../../db/connection';

export type StaffRole = 'employee' | 'supervisor';

export function staffRoles(models: Models) {
  return {
    async roleOf(nip: string): Promise<StaffRole | undefined> {
      const employee = await models.employees.findById(nip, { active: 1 }).lean();
      if (!employee?.active) return undefined;
      const reports = await models.employees.exists({ supervisorNip: nip, active: true });
      return reports ? 'supervisor' : 'employee';
    },
  };
}

export type StaffRoles = ReturnType<typeof staffRoles>;
