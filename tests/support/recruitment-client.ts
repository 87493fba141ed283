// The recruitment API as the end-to-end and crash tests talk to it: the typed client (api/client) for HR,
// for each candidate and for the public, and the waits on what the engine does next (a phase, the
// statuses of applications, a candidate's deadline, the end).
import type { Client } from '@temporalio/client';
import { createApiClient, must, type ApiClient, type Query, type ResponseBody } from '../../api/client';
import type { Database } from '../../db/connection';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { eventually } from './eventually';
import { staffToken } from './identity';
import type { Applicant } from './recruitment-plans';

export type ApplicationRecord = ResponseBody<'/api/v1/recruitment/applications/{id}', 'get'>;
export type ApplicationListItem = ResponseBody<
  '/api/v1/recruitment/cycles/{code}/applications',
  'get'
>['items'][number];
export type ApplicationFilter = Omit<
  Query<'/api/v1/recruitment/cycles/{code}/applications', 'get'>,
  'page' | 'pageSize'
>;

/** HR's, the candidates' and the public's clients of one API, and the waits on the engine. */
export class RecruitmentApi {
  /** How long a wait on the engine lasts before it fails (longer when workers are being killed). */
  patience = 90_000;
  /** HR's client. */
  readonly hr: ApiClient;
  /** The client without a token: applications, public rankings. */
  readonly anonymous: ApiClient;

  constructor(
    readonly baseUrl: string,
    hrToken: string,
    /** The fetch of every client (the fault test's waits out 503s). */
    private readonly fetch?: (request: Request) => Promise<Response>,
  ) {
    this.hr = createApiClient({ baseUrl, token: hrToken, fetch });
    this.anonymous = createApiClient({ baseUrl, fetch });
  }

  static async connect(
    baseUrl: string,
    fetch?: (request: Request) => Promise<Response>,
  ): Promise<RecruitmentApi> {
    return new RecruitmentApi(baseUrl, await staffToken({ role: 'hr', sub: 'hr-1' }), fetch);
  }

  /** The client of a candidate, with the token their application gave them. */
  as(token: string): ApiClient {
    return createApiClient({ baseUrl: this.baseUrl, token, fetch: this.fetch });
  }

  cycle(code: string) {
    return must(200, this.hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code } } }));
  }

  /** One application as HR sees it, or as its candidate does with their token. */
  application(id: string, token?: string): Promise<ApplicationRecord> {
    const client = token ? this.as(token) : this.hr;
    return must(200, client.GET('/api/v1/recruitment/applications/{id}', { params: { path: { id } } }));
  }

  async untilPhase(code: string, phase: string, timeoutMs = this.patience): Promise<void> {
    const seen = await eventually(
      () => this.cycle(code).then((c) => c.phase),
      (p) => p === phase,
      timeoutMs,
    );
    if (seen !== phase) throw new Error(`cycle ${code} is in its ${seen} phase, expected ${phase}`);
  }

  /** Every application of a cycle, as HR lists them (all pages). */
  async applications(code: string, filter: ApplicationFilter = {}): Promise<ApplicationListItem[]> {
    const items: ApplicationListItem[] = [];
    for (let page = 1; ; page++) {
      const r = await must(
        200,
        this.hr.GET('/api/v1/recruitment/cycles/{code}/applications', {
          params: { path: { code }, query: { ...filter, pageSize: 500, page } },
        }),
      );
      items.push(...r.items);
      if (items.length >= r.total || r.items.length === 0) return items;
    }
  }

  /** Waits until every listed application has its expected status. */
  async untilStatuses(
    code: string,
    want: Map<string, ApplicationStatus>,
    what: string,
    timeoutMs = this.patience,
  ) {
    const wrong = (apps: ApplicationListItem[]) => {
      const status = new Map(apps.map((a) => [a.applicationId, a.status]));
      return [...want]
        .filter(([id, s]) => status.get(id) !== s)
        .map(([id, s]) => `${id}: ${status.get(id)}≠${s}`);
    };
    const seen = await eventually(
      () => this.applications(code),
      (apps) => wrong(apps).length === 0,
      timeoutMs,
    );
    const left = wrong(seen);
    if (left.length) throw new Error(`waiting for ${what}: ${left.join(', ')}`);
  }

  /** Waits until a candidate's own application shows a deadline (their window is open). */
  async untilDeadline(a: Applicant, deadline: string, timeoutMs = this.patience): Promise<string> {
    const seen = await eventually(
      () => this.application(a.applicationId, a.token),
      (r) => Boolean(r.deadlines?.[deadline]),
      timeoutMs,
    );
    if (!seen.deadlines?.[deadline]) throw new Error(`${a.plan.key} has no ${deadline} deadline`);
    return seen.deadlines[deadline] as string;
  }
}

/**
 * Waits for a cycle and all its application workflows to end (after that no email is on its way). Fails
 * after `timeoutMs` naming each workflow still running and what its pending activities last failed with.
 * `client` decodes the workflows' results: the one with the worker's codec.
 */
export async function untilCycleEnded(
  client: Client,
  db: Database,
  code: string,
  timeoutMs: number,
): Promise<void> {
  const apps = await db.models.applications.find({ cycleCode: code }, { workflowId: 1 }).lean();
  const ids = [`recruitment-cycle/${code}`, ...apps.map((a) => a.workflowId)];
  const running = new Set(ids);
  const failed: string[] = [];
  const ended = Promise.all(
    ids.map((id) =>
      client.workflow
        .getHandle(id)
        .result()
        .then(
          () => running.delete(id),
          (err: Error) => running.delete(id) && failed.push(`${id}: ${err.message}`),
        ),
    ),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ended, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
  clearTimeout(timer);
  expect(failed).toEqual([]);
  if (running.size === 0) return;
  const stuck = await Promise.all(
    [...running].map(async (id) => {
      const { raw } = await client.workflow.getHandle(id).describe();
      const pending = (raw.pendingActivities ?? []).map(
        (p) => `${p.activityType?.name} attempt ${p.attempt}: ${p.lastFailure?.message ?? 'no failure yet'}`,
      );
      return `${id} (${pending.join('; ') || 'no pending activity'})`;
    }),
  );
  throw new Error(`still running after ${timeoutMs / 1000} s:\n${stuck.join('\n')}`);
}
