// The awards' columns of a year's tables, in one place: the awards list HR downloads and the year's
// results export (web/staff/appraisal, helper B's, appends `awardHeaders` and, per employee, `awardCells`
// of their award record or null). Pure: the command streams the rows.
import type { Language } from '../language';
import { translator } from '../messages';
import { predikatNames, type Predikat } from './rule-sets';

/** What one employee's award record holds, as the tables show it. */
export interface AwardCellsInput {
  status: 'eligible' | 'nominated' | 'awarded' | 'not-awarded';
  nomination: { byName: string; reason: string } | null;
  decision: { reason: string } | null;
}

/** The award columns appended to each row of the year's results: status, both reasons. */
export function awardHeaders(lang: Language = 'id'): string[] {
  const tr = translator(lang);
  return [
    tr('awards.column.status'),
    tr('awards.column.nominationReason'),
    tr('awards.column.decisionReason'),
  ];
}

/** The award cells of one employee (empty when they were on no list, or only eligible). */
export function awardCells(award: AwardCellsInput | null, lang: Language = 'id'): string[] {
  if (!award || award.status === 'eligible') return ['', '', ''];
  const tr = translator(lang);
  return [tr(`awards.status.${award.status}`), award.nomination?.reason ?? '', award.decision?.reason ?? ''];
}

/** The awards list's own columns: who, where, the predikat, then the award columns. */
export function awardListHeaders(lang: Language = 'id'): string[] {
  const tr = translator(lang);
  return [
    tr('awards.nip'),
    tr('awards.name'),
    tr('awards.unit'),
    tr('awards.predikat'),
    tr('awards.status'),
    ...awardHeaders(lang).slice(1),
  ];
}

export function awardListRow(
  r: AwardCellsInput & { nip: string; name: string; unitCode: string; predikat: string },
  lang: Language = 'id',
): string[] {
  const tr = translator(lang);
  return [
    r.nip,
    r.name,
    r.unitCode,
    predikatNames[r.predikat as Predikat] ?? r.predikat,
    tr(`awards.status.${r.status}`),
    r.nomination?.reason ?? '',
    r.decision?.reason ?? '',
  ];
}

/**
 * The award columns in the shape of the year's results export (domain/appraisal/result-columns.ts,
 * SIASN-style headers), reading `award` on the record: append them to `resultColumns` and attach each
 * record's award as it streams (commands/appraisal/award-exports.ts `withAwards`).
 */
export const awardResultColumns: readonly {
  header: string;
  cell: (r: { award?: AwardCellsInput | null }) => string | null;
}[] = [
  { header: 'PENGHARGAAN', cell: (r) => awardCells(r.award ?? null)[0] || null },
  { header: 'ALASAN_USULAN_PENGHARGAAN', cell: (r) => awardCells(r.award ?? null)[1] || null },
  { header: 'ALASAN_KEPUTUSAN_PENGHARGAAN', cell: (r) => awardCells(r.award ?? null)[2] || null },
];
