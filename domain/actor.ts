// Who acts: the roles, the caller as a token or session names them (`Principal`), and the actor a process
// records for each decision (`Actor`: the caller, or the system itself for a timer or a rule).
import { z } from 'zod';

export const roleSchema = z.enum(['hr', 'supervisor', 'employee', 'candidate']);
export type Role = z.infer<typeof roleSchema>;

export const principalSchema = z
  .object({
    sub: z.string().min(1).max(200),
    role: roleSchema,
    nip: z
      .string()
      .regex(/^\d{18}$/, 'must be 18 digits')
      .optional(),
    app: z.string().min(1).max(100).optional(),
    /** A candidate's link version: a renewal of their links raises it (commands/recruitment/candidate-links.ts). */
    ver: z.number().int().min(0).max(1_000_000).optional(),
  })
  .refine((p) => !['employee', 'supervisor'].includes(p.role) || p.nip, {
    message: 'employees and supervisors carry their nip',
    path: ['nip'],
  })
  .refine((p) => p.role !== 'candidate' || p.app, {
    message: 'candidates carry their application id',
    path: ['app'],
  });
/** The caller: `nip` for employees and supervisors, `app` (their application id) for candidates. */
export type Principal = z.infer<typeof principalSchema>;

/** Who decided, as a process records it. */
export interface Actor {
  sub: string;
  role: Role | 'system';
  nip?: string | null;
}

export const systemActor: Actor = { sub: 'system', role: 'system' };

export function actorOf(p: Principal): Actor {
  return { sub: p.sub, role: p.role, nip: p.nip ?? null };
}
