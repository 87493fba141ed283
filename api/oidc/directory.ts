// The embedded OpenID provider's accounts: the HR officers it is given, plus every active employee of
// the organisation registry, who signs in with their NIP. All share the one development password; the
// provider checks it (api/oidc/provider.ts). The tokens say who someone is (`nip`) and whether they are
// in HR (`roles`); whether they supervise anyone the API reads from the registry itself.
import type { Models } from '../../db/connection';
import { HR_ROLE } from '../auth';

export interface Account {
  /** The subject (`sub`) of their tokens: the HR officer's login, or the employee's NIP. */
  id: string;
  name: string;
  roles: string[];
  nip?: string;
}

export interface AccountDirectory {
  /** The account a login names (an HR officer's login or an 18-digit NIP), if it may sign in. */
  find(login: string): Promise<Account | undefined>;
}

export function registryDirectory(opts: {
  /** The registries to look employees up in (one in production; a test may start several engines). */
  registries: () => Models[];
  /** Whether a login is one of the HR officers'. */
  isHrOfficer: (login: string) => boolean;
}): AccountDirectory {
  return {
    async find(login) {
      if (login.length > 100) return undefined;
      if (opts.isHrOfficer(login)) return { id: login, name: `Petugas BKPSDM (${login})`, roles: [HR_ROLE] };
      if (!/^\d{18}$/.test(login)) return undefined;
      for (const models of opts.registries()) {
        const e = await models.employees.findById(login, { name: 1, active: 1 }).lean();
        if (e?.active) return { id: login, name: e.name, roles: [], nip: login };
      }
      return undefined;
    },
  };
}
