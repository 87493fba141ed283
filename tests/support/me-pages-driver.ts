// What the `/me` browser tests share: the API as a staff member or HR calls it (for the steps a test does not
// take through the pages), a compressed appraisal year opened for one unit, a page reloaded until what the
// workflows do next shows on it, and one appraisal driven over the API to its objection window.
import type { Locator, Page } from 'playwright-core';
import { answer, createApiClient, must, type ApiClient } from '../../api/client';
import { eventually } from './eventually';
import { staffToken } from './identity';

const clients = new Map<string, ApiClient>();

/** The API as this employee (by NIP), or as HR, with a token of the embedded provider. */
export async function apiAs(baseUrl: string, who: string | 'hr'): Promise<ApiClient> {
  const key = `${baseUrl} ${who}`;
  if (!clients.has(key)) {
    const token = await staffToken(who === 'hr' ? { role: 'hr', sub: 'hr-kinerja' } : { nip: who });
    clients.set(key, createApiClient({ baseUrl, token }));
  }
  return clients.get(key)!;
}

/**
 * Opens a compressed year for `unitCode`: planning until `planningMs` from now, then four quarters of
 * `periodMs` each; SKPs due at the end of planning, escalated 3 s after a due date. Rating windows and the
 * objection window are an hour, so that no step of the test can miss one.
 */
export async function openCompressedYear(
  baseUrl: string,
  opts: { year: number; unitCode: string; planningMs: number; periodMs: number },
): Promise<{ skpDueAt: string }> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const start = Date.now() + opts.planningMs;
  const hr = await apiAs(baseUrl, 'hr');
  await must(
    202,
    hr.POST('/api/v1/appraisal/years', {
      body: {
        year: opts.year,
        units: [opts.unitCode],
        compressedCalendar: { startsAt: iso(start), periodLength: `PT${opts.periodMs / 1000}S` },
        deadlines: {
          skpDueAt: iso(start),
          periodRatingWindow: 'PT1H',
          annualDueAt: iso(start + 4 * opts.periodMs + 3_600_000),
          objectionWindow: 'PT1H',
        },
        reminderBefore: 'PT2S',
        escalationAfter: 'PT3S',
      },
    }),
  );
  return { skpDueAt: iso(start) };
}

/** Reloads `page` (at `url`) until `locator` is on it, for what a workflow does next (a task, a phase). */
export async function reloadUntil(
  page: Page,
  url: string,
  locator: (p: Page) => Locator,
  timeoutMs = 60_000,
) {
  const found = await eventually(
    async () => {
      await page.goto(url);
      return locator(page).count();
    },
    (n) => n > 0,
    timeoutMs,
  );
  if (found === 0) throw new Error(`gave up waiting at ${url} for ${String(locator(page))}`);
}

/** The open tasks of one employee's year, as HR's inbox lists them. */
export async function openTasksOf(baseUrl: string, year: number, nip: string) {
  const hr = await apiAs(baseUrl, 'hr');
  const r = await must(
    200,
    hr.GET('/api/v1/tasks', { params: { query: { status: 'open', year, limit: 1000 } } }),
  );
  return r.tasks.filter((t) => t.subjectNip === nip);
}

/**
 * Drives one employee's year over the API, each step by its assignee (an SKP, its approval, every rating
 * as `rating`), until the annual result is out and the objection window open.
 */
export async function driveToObjectionWindow(
  baseUrl: string,
  year: number,
  nip: string,
  rating: { hasilKerja: 'di-atas' | 'sesuai' | 'di-bawah'; perilakuKerja: 'di-atas' | 'sesuai' | 'di-bawah' },
): Promise<void> {
  const deadline = Date.now() + 120_000;
  const self = await apiAs(baseUrl, nip);
  const skp = {
    results: [{ description: 'Layanan kepegawaian', indicator: 'Berkas selesai', target: '100%' }],
  };
  while (Date.now() < deadline) {
    const rec = await answer(
      self.GET('/api/v1/appraisal/{year}/employees/{nip}', { params: { path: { year, nip } } }),
    );
    if (rec.status === 200 && rec.json.record.phase === 'objection-window') return;
    const tasks = await openTasksOf(baseUrl, year, nip);
    for (const t of tasks) {
      const payload =
        t.type === 'skp-draft' ? skp : t.type === 'skp-approval' ? { approved: true } : { ...rating };
      const r = await answer(
        (await apiAs(baseUrl, t.assigneeNip!)).POST('/api/v1/tasks/{id}/complete', {
          params: { path: { id: t.id } },
          body: payload,
        }),
      );
      if (r.status !== 200) throw new Error(`${t.type}: ${r.status} ${JSON.stringify(r.json)}`);
    }
    if (tasks.length === 0) await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the appraisal of ${nip} did not reach its objection window`);
}
