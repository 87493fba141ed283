// HR's exports (issue 11): a cycle's applicants, a stage's rankings per formation, the final results, as
// XLSX or CSV, streamed from the database into any Writable (an Express response, a file) so that a cycle
// of any size never sits in memory: each formation's records come through a mongoose cursor in batches
// (applicants in `_id` order, rankings and results in rank order) and leave as rows at once
// (commands/files/table-stream.ts). HR only; every export is audited before its first row (who, what,
// when), since it takes personal data (names, NIKs) out of the system.
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { Principal } from '../../domain/actor';
import {
  applicantColumns,
  applicantRow,
  exportProjection,
  rankingHeaders,
  rankingRow,
  resultColumns,
  resultRow,
  type ExportKind,
  type ExportedApplication,
} from '../../domain/recruitment/exports';
import { rankingStages } from '../../domain/recruitment/views';
import type { CycleKind } from '../../domain/recruitment/rule-sets';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import type { FormationConfig } from '../../workflows/recruitment/messages';
import { forbidden, notFound } from '../errors';
import { streamTable, type SheetSource } from '../files/table-stream';
import { tableContentTypes, type TableFormat } from '../files/tables';
import { openField, records, type RecruitmentDeps } from './context';

/** The projection of the exports that show no NIK (rankings). */
const { nik: _nik, ...withoutNik } = exportProjection;

/** Records fetched from the database per round trip. */
export const EXPORT_BATCH = 1_000;

export interface ExportRequest {
  what: ExportKind;
  format: TableFormat;
  /** Rankings: the stage (a PPPK cycle has only `final`). */
  stage?: 'skd' | 'final';
  /** One formation only; all of them by default. */
  formation?: string;
}

/** A checked export, ready to write: what the response says about it, and the writing itself. */
export interface PreparedFile {
  fileName: string;
  contentType: string;
  /** Streams the file into `out` and ends it; answers the number of rows (or candidates) written. */
  write(out: Writable): Promise<number>;
}

/** HR only: the command refuses anyone else, whatever the route let through. */
export function mustBeHr(principal: Principal | undefined, what: string) {
  if (principal?.role !== 'hr') throw forbidden(`only HR may ${what}`);
}

/**
 * Applications through a batched cursor in the given order, the unconfirmed left out, the NIK opened when
 * asked (and not read at all otherwise).
 */
export async function* exportedApplications(
  deps: RecruitmentDeps,
  filter: Record<string, unknown>,
  sort: Record<string, 1>,
  withNik: boolean,
): AsyncGenerator<ExportedApplication> {
  const cursor = deps.models.applications
    .find(filter, withNik ? exportProjection : withoutNik)
    .sort(sort)
    .lean()
    .cursor({ batchSize: EXPORT_BATCH });
  try {
    for await (const doc of cursor) {
      const a = doc as unknown as ExportedApplication;
      if (a.status === 'unconfirmed' || a.status === 'expired') continue;
      yield { ...a, nik: withNik ? openField(deps.fields, a.nik) : '' };
    }
  } finally {
    await cursor.close();
  }
}

export function exportCommands(deps: RecruitmentDeps) {
  const { cycleOrThrow } = records(deps);
  const applicationsOf = (filter: Record<string, unknown>, sort: Record<string, 1>, withNik: boolean) =>
    exportedApplications(deps, filter, sort, withNik);

  return {
    /**
     * Checks an export (HR, the cycle, the formation, the stage) and audits it; the caller sets its headers
     * and then writes it.
     */
    async prepareExport(
      principal: Principal | undefined,
      code: string,
      req: ExportRequest,
    ): Promise<PreparedFile> {
      mustBeHr(principal, "export a cycle's records");
      const cycle = await cycleOrThrow(code);
      const kind = cycle.kind as CycleKind;
      const all = cycle.formations as FormationConfig[];
      const formations = req.formation ? all.filter((f) => f.code === req.formation) : all;
      if (req.formation && formations.length === 0)
        throw notFound(`cycle ${code} has no formation ${req.formation}`);
      const stage = req.what === 'rankings' ? (req.stage ?? 'final') : undefined;
      if (stage && !rankingStages(kind).includes(stage))
        throw notFound(`a ${kind} cycle has no ${stage} ranking`);

      const sheets = (): SheetSource[] => {
        if (req.what === 'applicants')
          return [
            {
              name: 'Pelamar',
              headers: applicantColumns,
              rows: rows(
                applicationsOf(
                  { cycleCode: code, ...(req.formation ? { formationCode: req.formation } : {}) },
                  { _id: 1 },
                  true,
                ),
                applicantRow,
              ),
            },
          ];
        if (req.what === 'rankings') {
          const rankField = stage === 'skd' ? 'skdRank' : 'final.rank';
          return formations.map((f) => ({
            name: `${stage === 'skd' ? 'SKD' : 'Akhir'} ${f.code}`,
            headers: rankingHeaders(kind, stage!),
            rows: rows(
              applicationsOf(
                { cycleCode: code, formationCode: f.code, [rankField]: { $exists: true } },
                { [rankField]: 1, _id: 1 },
                false,
              ),
              (a) => rankingRow(kind, stage!, a),
            ),
          }));
        }
        return [
          {
            name: 'Hasil Akhir',
            headers: resultColumns,
            rows: (async function* () {
              for (const f of formations)
                yield* rows(
                  applicationsOf(
                    { cycleCode: code, formationCode: f.code, 'final.rank': { $exists: true } },
                    { 'final.rank': 1, _id: 1 },
                    true,
                  ),
                  (a) => resultRow(kind, f, a),
                );
            })(),
          },
        ];
      };

      const parts = [code, req.what, stage, req.formation].filter(Boolean).join('-');
      await deps.audit.append({
        key: `recruitment-cycle/${code}/export/${randomUUID()}`,
        at: (deps.clock?.() ?? new Date()).toISOString(),
        actor: principal!.sub,
        role: principal!.role,
        action: 'cycle.exported',
        subject: cycleWorkflowId(code),
        reason: `${req.what} exported as ${req.format.toUpperCase()}`,
        after: { what: req.what, format: req.format, stage, formation: req.formation },
      });
      return {
        fileName: `${parts.toLowerCase()}.${req.format}`,
        contentType: tableContentTypes[req.format],
        write: (out) => streamTable(req.format, sheets(), out),
      };
    },
  };
}

async function* rows<T>(source: AsyncIterable<T>, toRow: (a: T) => (string | number | null)[]) {
  for await (const a of source) yield toRow(a);
}
