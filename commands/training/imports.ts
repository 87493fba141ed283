// HR's import of development records from a CSV or XLSX file, validated as a whole: every bad row is
// named with its line and reason (a malformed cell, an unknown NIP, an activity not ended, a year whose
// entries closed) and nothing is applied while any row is bad. Imported records are verified by HR, the
// importer; the same file twice makes the same records (each record's id is what it is of).
import { listLimits, textLimits } from '../../domain/text';
import type { Principal } from '../../domain/actor';
import { mapImportRows, type ImportIssue } from '../../domain/training/import-rows';
import { minutesToJp } from '../../domain/training/jp';
import { dateInWita } from '../../domain/time';
import { Problem } from '../errors';
import { readTable } from '../files/tables';
import type { TrainingDeps } from './deps';
import { recordIdOf } from './records';
import { yearSetting, type YearSetting } from './year-config';

/** The largest import read: 10 MB (about 80,000 rows of CSV). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const LIMITS = { maxRows: listLimits.rows, maxColumns: 30, maxCell: textLimits.title };

export function importCommands(deps: TrainingDeps) {
  const { models } = deps;
  const clock = deps.clock ?? (() => new Date());

  return {
    async importRecords(principal: Principal, bytes: Buffer) {
      const table = await readTable(bytes, LIMITS);
      const { rows, issues } = mapImportRows(table);
      const all: ImportIssue[] = [...issues];
      const nips = [...new Set(rows.map((r) => r.record.nip))];
      const employees = new Map(
        (await models.employees.find({ _id: { $in: nips } }, { unitCode: 1 }).lean()).map((e) => [
          e._id,
          e.unitCode,
        ]),
      );
      const now = clock();
      const today = dateInWita(now);
      // Each year's setting, read once (a file may span a year's turn).
      const settings = new Map<number, YearSetting>();
      const settingOf = async (year: number) => {
        if (!settings.has(year)) settings.set(year, await yearSetting(models, year));
        return settings.get(year)!;
      };
      for (const r of rows) {
        const year = Number(r.record.startDate.slice(0, 4));
        const closesAt = Date.parse((await settingOf(year)).entriesCloseAt);
        if (!employees.has(r.record.nip))
          all.push({ line: r.line, column: 'NIP', message: 'no employee with this NIP on the registry' });
        if (r.record.endDate > today) all.push({ line: r.line, message: 'the activity has not ended yet' });
        if (now.getTime() >= closesAt)
          all.push({ line: r.line, message: `the records of ${year} are closed` });
      }
      if (all.length) {
        all.sort((a, b) => a.line - b.line);
        throw new Problem(
          400,
          'Bad Request',
          `${all.length} problem(s) in the file; nothing was imported`,
          all.slice(0, 500).map((i) => ({
            path: `file.line.${i.line}${i.column ? `.${i.column}` : ''}`,
            message: i.message,
          })),
          { issues: all.slice(0, 500) },
        );
      }
      let created = 0;
      for (const r of rows) {
        const year = Number(r.record.startDate.slice(0, 4));
        const { rules } = await settingOf(year);
        const jp = r.record.jp ?? minutesToJp(r.record.minutes!, rules);
        const id = recordIdOf(r.record.nip, r.record);
        const res = await models.trainingRecords.updateOne(
          { _id: id },
          {
            $setOnInsert: {
              year,
              nip: r.record.nip,
              unitCode: employees.get(r.record.nip)!,
              kind: r.record.kind,
              title: r.record.title,
              provider: r.record.provider,
              startDate: r.record.startDate,
              endDate: r.record.endDate,
              jp,
              source: 'import',
              programmeCode: null,
              status: 'verified',
              enteredBy: principal.sub,
              decidedBy: principal.sub,
              decidedAt: now,
              note: null,
              certificate: null,
              taskId: null,
            },
          },
          { upsert: true },
        );
        created += res.upsertedCount;
      }
      await deps.audit.append({
        key: `training-import/${principal.sub}/${now.getTime()}`,
        at: now.toISOString(),
        actor: principal.sub,
        role: principal.role,
        action: 'training.records-imported',
        subject: 'training-import',
        after: { rows: rows.length, created, format: table.format },
      });
      return { rows: rows.length, created, unchanged: rows.length - created };
    },
  };
}
