// Drives recruitment cycles in tests through the same commands the API uses: people, a cycle with two
// formations, and the steps from registration to the document stage, on whichever Temporal environment
// the test runs (time-skipping or dev server).
import type { Actor, Principal } from '../../domain/actor';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createAuth } from '../../api/auth';
import { recruitmentCommands } from '../../commands/recruitment/commands';
import type { Database } from '../../db/connection';
import type { AnnouncementStage, ApplicationStatus } from '../../domain/recruitment/stages';
import { documentKinds } from '../../domain/recruitment/documents';
import { testAuthSecret } from './activities';
import { sampleDocument } from './documents';
import { testAuditTrail, testFields } from './crypto';
import { eventually } from './eventually';
import { nikFor } from './nik';
import { uniqueEmail } from './servers';

export const DAY = 24 * 3600 * 1000;
export const hrActor: Actor = { sub: 'hr-1', role: 'hr' };
const hrPrincipal: Principal = { sub: 'hr-1', role: 'hr' };
export const iso = (ms: number) => new Date(ms).toISOString();

export function commandsFor(env: TestWorkflowEnvironment, db: Database, taskQueue: string) {
  const hr = { email: uniqueEmail('hr'), headEmail: uniqueEmail('hr-head') };
  const commands = recruitmentCommands({
    client: env.client,
    models: db.models,
    auth: createAuth(testAuthSecret),
    fields: testFields,
    audit: testAuditTrail(db.models),
    taskQueue,
    applicantKeySecret: 'k'.repeat(40),
    hr,
  });
  // HR reads; each candidate acts on their own application.
  const candidate = (id: string): Principal => ({ sub: id, role: 'candidate', app: id });
  const cmd = {
    ...commands,
    /** Applies and confirms, as a candidate who opens the confirmation link at once does. */
    async apply(code: string, body: Parameters<typeof commands.apply>[1]) {
      const r = await commands.apply(code, body);
      if (r.created) await commands.confirm(candidate(r.applicationId), r.applicationId);
      return r;
    },
    /** Applies and leaves the confirmation link unopened. */
    applyUnconfirmed: commands.apply,
    confirm: (id: string) => commands.confirm(candidate(id), id),
    getApplication: (id: string) => commands.getApplication(hrPrincipal, id),
    appeal: (id: string, stage: AnnouncementStage, reason: string) =>
      commands.appeal(candidate(id), id, stage, reason),
    /** Uploads a sample of every document kind, then submits them, as the candidate. */
    async submitDocuments(id: string) {
      const documents = [];
      for (const kind of documentKinds) {
        const { bytes } = sampleDocument(kind);
        const r = await commands.uploadDocument(candidate(id), id, kind, bytes);
        documents.push({ kind, reference: r.reference });
      }
      return commands.submitDocuments(candidate(id), id, documents);
    },
    withdraw: (id: string, reason: string) => commands.withdraw(candidate(id), id, reason),
  };
  return { cmd, hr };
}

export type TestCommands = ReturnType<typeof commandsFor>['cmd'];

export function person(
  name: string,
  formationCode: string,
  extra: Partial<{ birthDate: string; gpa: number }> = {},
) {
  const birthDate = extra.birthDate ?? '1996-05-17';
  return {
    nik: nikFor(birthDate),
    name,
    email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
    birthDate,
    education: { level: 'S1' as const, major: 'Ilmu Komputer', gpa: extra.gpa ?? 3.4 },
    formationCode,
    language: 'id' as const,
  };
}

export function cycleCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`;
}

export function expectations(cmd: TestCommands) {
  const phaseOf = (code: string) => cmd.getCycle(code).then((c) => c.phase);
  const statusOf = (id: string) => cmd.getApplication(id).then((a) => a.status as ApplicationStatus);
  return {
    phaseOf,
    statusOf,
    async untilPhase(code: string, phase: string) {
      const seen = await eventually(
        () => phaseOf(code),
        (p) => p === phase,
        60_000,
      );
      if (seen !== phase) throw new Error(`cycle ${code} is in ${seen}, expected ${phase}`);
    },
    async untilStatuses(ids: string[], want: ApplicationStatus[]) {
      const seen = await eventually(
        () => Promise.all(ids.map(statusOf)),
        (v) => v.join() === want.join(),
        60_000,
      );
      if (seen.join() !== want.join())
        throw new Error(`statuses are ${seen.join()}, expected ${want.join()}`);
    },
    async until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string) {
      const seen = await eventually(probe, ok, 60_000);
      if (!ok(seen)) throw new Error(`still waiting for ${what}; saw ${JSON.stringify(seen)}`);
      return seen;
    },
  };
}
