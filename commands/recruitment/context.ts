// What the recruitment commands share: their dependencies, the records they start from (a cycle, an
// application: 404 when absent), who may touch an application, and the one way they send an Update.
import { createHmac } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Auth } from '../../api/auth';
import type { AuditTrail } from '../../db/audit-trail';
import type { Models } from '../../db/connection';
import type { Actor, Principal } from '../../domain/actor';
import type { FieldCrypto } from '../../runtime/field-crypto';
import type { Letterhead } from '../../domain/recruitment/announcement-layout';
import { forbidden, notFound } from '../errors';
import { viaUpdate } from '../updates';

export interface RecruitmentDeps {
  client: Client;
  models: Models;
  auth: Auth;
  /** Seals the NIK and the email of an application where they rest, opens them for its readers. */
  fields: FieldCrypto;
  /** The audit trail: a candidate's decisions, their personal data, retention's erasure. */
  audit: AuditTrail;
  taskQueue: string;
  applicantKeySecret: string;
  hr: { email: string; headEmail: string };
  /** RECRUITMENT_RETENTION; the default of domain/recruitment/retention.ts when not given. */
  retention?: string;
  clock?: () => Date;
  /** The agency signing the printed announcements; runtime/config.ts's defaultLetterhead when not given. */
  letterhead?: Letterhead;
}

/** The applicant key: a keyed hash of the NIK, so no id, URL or workflow history carries the NIK. */
export function applicantKeyOf(nik: string, secret: string): string {
  return createHmac('sha256', secret).update(`nik:${nik}`).digest('hex');
}

/** A candidate acts on their own application, named by it (the audit trail holds no NIK). */
export const candidateActor = (applicationId: string): Actor => ({ sub: applicationId, role: 'candidate' });

/** Runs an Update on a recruitment process whose record exists, with the one mapping of its refusal. */
export const step = <T>(run: () => Promise<T>) => viaUpdate('this process', run, { existed: true });

/** A sealed field opened; empty once retention erased it. */
export const openField = (fields: FieldCrypto, sealed: string | null | undefined) =>
  sealed ? fields.open(sealed) : '';

/** HR may touch every application; a candidate only their own. */
export function mayTouchApplication(principal: Principal, applicationId: string): void {
  if (principal.role !== 'hr' && principal.app !== applicationId)
    throw forbidden('this record belongs to someone else');
}

export function records({ models }: RecruitmentDeps) {
  return {
    async cycleOrThrow(code: string) {
      const cycle = await models.cycles.findById(code).lean();
      if (!cycle) throw notFound(`no recruitment cycle ${code}`);
      return cycle;
    },
    async applicationOrThrow(id: string) {
      const app = await models.applications.findById(id).lean();
      if (!app) throw notFound(`no application ${id}`);
      return app;
    },
  };
}
