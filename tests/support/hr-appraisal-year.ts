// The drivers of HR's year-desk browser tests (tests/e2e/hr-appraisal-*.test.ts): a small organisation of
// one unit written as a SIASN-shaped XLSX, and the people of the year acting over the API (drafting and
// approving SKPs, rating, accepting or objecting), each with their own token, as the pages for them are
// /me's (another part of issue 12).
import ExcelJS from 'exceljs';
import { answer, createApiClient, must, type ApiClient, type ResponseBody } from '../../api/client';
import { inParallel } from '../../api/client/parallel';
import { orgTemplateHeaders } from '../../domain/org/import-file';
import { eventually } from './eventually';
import { staffToken } from './identity';
import { uniqueEmail } from './servers';

export interface Person {
  nip: string;
  name: string;
  email: string;
  position: string;
  level: 'JPT Pratama' | 'Pengawas' | 'Pelaksana';
  supervisorNip: string;
}

/** One unit: its head (JPT, appraised by the Wali Kota: HR acts), a kasubbag and four staff under them. */
export function smallUnit(unitCode: string) {
  const stamp = `${Date.now() % 1e6}`.padStart(6, '0');
  let seq = 0;
  const person = (name: string, level: Person['level'], supervisorNip: string): Person => ({
    nip: `198703${stamp}${String(++seq).padStart(6, '0')}`,
    name,
    email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
    position: level === 'Pelaksana' ? 'Pengadministrasi Umum' : `Jabatan ${name}`,
    level,
    supervisorNip,
  });
  const head = person('Welhelmina Pah', 'JPT Pratama', '');
  const kasubbag = person('Yakobus Sine', 'Pengawas', head.nip);
  const staff = ['Agustina Benu', 'Markus Lay', 'Paulina Manu', 'Simon Tallo'].map((n) =>
    person(n, 'Pelaksana', kasubbag.nip),
  );
  return { unitCode, head, kasubbag, staff, everyone: [head, kasubbag, ...staff] };
}

/** People as the rows of a SIASN employee export, in the template's columns. */
export function employeeRows(unitCode: string, people: Person[]): string[][] {
  return people.map((p) => [p.nip, p.name, p.email, unitCode, p.position, p.level, '', p.supervisorNip]);
}

export async function employeesXlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Pegawai');
  sheet.addRow(orgTemplateHeaders('employees'));
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type Task = ResponseBody<'/api/v1/tasks', 'get'>['tasks'][number];

/** The year's people over the API: HR, and each employee or supervisor with their own token. */
export class YearActors {
  private readonly clients = new Map<string, ApiClient>();
  private constructor(
    private readonly baseUrl: string,
    readonly hr: ApiClient,
    readonly year: number,
  ) {}

  static async connect(baseUrl: string, year: number): Promise<YearActors> {
    const token = await staffToken({ role: 'hr', sub: 'hr-1' });
    return new YearActors(baseUrl, createApiClient({ baseUrl, token }), year);
  }

  async as(nip: string): Promise<ApiClient> {
    if (!this.clients.has(nip))
      this.clients.set(nip, createApiClient({ baseUrl: this.baseUrl, token: await staffToken({ nip }) }));
    return this.clients.get(nip)!;
  }

  async openTasks(type: Task['type']): Promise<Task[]> {
    const r = await must(
      200,
      this.hr.GET('/api/v1/tasks', {
        params: { query: { type, status: 'open', year: this.year, limit: 1000 } },
      }),
    );
    return r.tasks;
  }

  /** Completes a task as its assignee (HR for the Wali Kota's); fails on any refusal. */
  async complete(t: Task, payload: Record<string, unknown>): Promise<void> {
    const client = t.assigneeNip ? await this.as(t.assigneeNip) : this.hr;
    const r = await answer(
      client.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: t.id } }, body: payload }),
    );
    if (r.status !== 200) throw new Error(`${t.type} ${t.id}: ${r.status} ${JSON.stringify(r.json)}`);
  }

  /**
   * Completes the open tasks of `type` that `pick` chooses (with its payload) until `count` are done,
   * waiting for them to open; fails if they never do.
   */
  async completeAll(
    type: Task['type'],
    count: number,
    pick: (t: Task) => Record<string, unknown> | undefined,
  ): Promise<void> {
    const done = new Set<string>();
    const deadline = Date.now() + 120_000;
    while (done.size < count && Date.now() < deadline) {
      const open = (await this.openTasks(type)).filter((t) => !done.has(t.id) && pick(t) !== undefined);
      await inParallel(open, 4, async (t) => {
        await this.complete(t, pick(t)!);
        done.add(t.id);
      });
      if (open.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    if (done.size !== count) throw new Error(`${type}: ${done.size} of ${count} completed in time`);
  }

  /** Waits for `probe` to satisfy `accept` (two minutes at most on a loaded machine). */
  async waitFor<T>(probe: () => Promise<T>, accept: (v: T) => boolean): Promise<T> {
    const v = await eventually(probe, accept, 120_000);
    if (!accept(v)) throw new Error(`gave up waiting; last seen: ${JSON.stringify(v).slice(0, 300)}`);
    return v;
  }

  /** The employee's own record of the year. */
  async record(nip: string) {
    const r = await answer(
      (await this.as(nip)).GET('/api/v1/appraisal/{year}/employees/{nip}', {
        params: { path: { year: this.year, nip } },
      }),
    );
    return r.json?.record as { phase?: string; predikat?: string } | undefined;
  }

  async accept(nip: string): Promise<void> {
    const r = await answer(
      (await this.as(nip)).POST('/api/v1/appraisal/{year}/employees/{nip}/acceptance', {
        params: { path: { year: this.year, nip } },
        body: { note: 'Setuju' },
      }),
    );
    if (r.status !== 200) throw new Error(`acceptance ${nip}: ${r.status} ${JSON.stringify(r.json)}`);
  }

  async object(nip: string, reason: string): Promise<void> {
    const r = await answer(
      (await this.as(nip)).POST('/api/v1/appraisal/{year}/employees/{nip}/objection', {
        params: { path: { year: this.year, nip } },
        body: { reason },
      }),
    );
    if (r.status !== 201) throw new Error(`objection ${nip}: ${r.status} ${JSON.stringify(r.json)}`);
  }
}

export const skp = {
  results: [{ description: 'Pelayanan administrasi', indicator: 'Surat selesai tepat waktu', target: '95%' }],
};
export const SB = { hasilKerja: 'di-atas', perilakuKerja: 'di-atas' };
export const BAIK = { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' };
