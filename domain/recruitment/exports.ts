// What HR's exports hold: for each kind (the applicants, a stage's rankings, the final results) its columns,
// named in Indonesian as the results files and BKN's lists name them (NO_PESERTA, NIK, NAMA, TWK, TIU, TKP,
// …: the same names the upload reads, domain/recruitment/result-files.ts), and one row per application.
// Pure: the command opens the NIK and streams the records (commands/recruitment/exports.ts).
import { finalResultOf } from './views';
import { stageResult, type CodedApplication } from './result-codes';
import { statusLabels, type ApplicationStatus } from './stages';
import type { CycleKind } from './rule-sets';

export const exportKinds = ['applicants', 'rankings', 'results'] as const;
export type ExportKind = (typeof exportKinds)[number];

export type Cell = string | number | null;

/** An application as the exports read it: the stored record, its NIK opened ('' once erased). */
export interface ExportedApplication extends CodedApplication {
  _id: string;
  nik: string;
  name: string;
  formationCode: string;
  formationType: string;
  registrationNumber?: string | null;
  education?: { level?: string | null; gpa?: number | null } | null;
  skd?: {
    twk?: number | null;
    tiu?: number | null;
    tkp?: number | null;
    total?: number | null;
    passed?: boolean | null;
  } | null;
  skdRank?: number | null;
  skb?: { score?: number | null; components?: unknown } | null;
  competency?: {
    technical?: number | null;
    managerial?: number | null;
    interview?: number | null;
    total?: number | null;
  } | null;
  final?: { score?: number | null; rank?: number | null; outcome?: string | null } | null;
}

/** The fields each export reads from the database (a projection: nothing else leaves it). */
export const exportProjection = {
  nik: 1,
  name: 1,
  formationCode: 1,
  formationType: 1,
  registrationNumber: 1,
  education: 1,
  status: 1,
  screening: 1,
  skd: 1,
  skdAbsent: 1,
  skdRank: 1,
  skb: 1,
  competency: 1,
  final: 1,
  withdrawal: 1,
  replacementOf: 1,
} as const;

export interface Formation {
  code: string;
  title: string;
  unit: string;
}

const n = (v: number | null | undefined): Cell => (v == null ? null : v);

/** "CAT 80; PRAKTIK 85": the SKB components as one cell, since each cycle has its own. */
function skbComponents(c: unknown): Cell {
  if (!c || typeof c !== 'object') return null;
  const parts = Object.entries(c as Record<string, unknown>).filter(([, v]) => typeof v === 'number');
  return parts.length ? parts.map(([k, v]) => `${k} ${String(v)}`).join('; ') : null;
}

const statusLabel = (s: string) => statusLabels[s as ApplicationStatus]?.id ?? s;

export const applicantColumns = [
  'NO_PESERTA',
  'NIK',
  'NAMA',
  'KODE_FORMASI',
  'JENIS_FORMASI',
  'PENDIDIKAN',
  'IPK',
  'STATUS',
  'KETERANGAN_STATUS',
  'ADMINISTRASI',
  'TWK',
  'TIU',
  'TKP',
  'TOTAL_SKD',
  'PERINGKAT_SKD',
  'SKB',
  'KOMPONEN_SKB',
  'TEKNIS',
  'MANAJERIAL',
  'WAWANCARA',
  'TOTAL_KOMPETENSI',
  'NILAI_AKHIR',
  'PERINGKAT_AKHIR',
  'ID_LAMARAN',
] as const;

/** An applicant with everything HR holds of their selection (the NIK opened). */
export function applicantRow(a: ExportedApplication): Cell[] {
  const final = finalResultOf(a as never);
  return [
    a.registrationNumber ?? null,
    a.nik || null,
    a.name,
    a.formationCode,
    a.formationType,
    a.education?.level ?? null,
    n(a.education?.gpa),
    a.status,
    statusLabel(a.status),
    a.screening?.decision ?? null,
    n(a.skd?.twk),
    n(a.skd?.tiu),
    n(a.skd?.tkp),
    n(a.skd?.total),
    n(a.skdRank),
    n(a.skb?.score),
    skbComponents(a.skb?.components),
    n(a.competency?.technical),
    n(a.competency?.managerial),
    n(a.competency?.interview),
    n(a.competency?.total),
    n(final?.score),
    n(final?.rank),
    a._id,
  ];
}

export const rankingColumns = {
  skd: [
    'KODE_FORMASI',
    'PERINGKAT',
    'NO_PESERTA',
    'NAMA',
    'TWK',
    'TIU',
    'TKP',
    'TOTAL_SKD',
    'KODE',
    'KETERANGAN',
  ],
  final: {
    CPNS: [
      'KODE_FORMASI',
      'PERINGKAT',
      'NO_PESERTA',
      'NAMA',
      'TOTAL_SKD',
      'SKB',
      'NILAI_AKHIR',
      'KODE',
      'KETERANGAN',
    ],
    PPPK: [
      'KODE_FORMASI',
      'PERINGKAT',
      'NO_PESERTA',
      'NAMA',
      'TEKNIS',
      'MANAJERIAL',
      'WAWANCARA',
      'NILAI_AKHIR',
      'KODE',
      'KETERANGAN',
    ],
  },
} as const;

export function rankingHeaders(kind: CycleKind, stage: 'skd' | 'final'): readonly string[] {
  return stage === 'skd' ? rankingColumns.skd : rankingColumns.final[kind];
}

/** One line of a formation's SKD or final ranking, with the result code the announcement prints. */
export function rankingRow(kind: CycleKind, stage: 'skd' | 'final', a: ExportedApplication): Cell[] {
  const result = stageResult(kind, stage, a);
  const coded = [result?.code ?? null, result?.note ?? null];
  if (stage === 'skd')
    return [
      a.formationCode,
      n(a.skdRank),
      a.registrationNumber ?? null,
      a.name,
      n(a.skd?.twk),
      n(a.skd?.tiu),
      n(a.skd?.tkp),
      n(a.skd?.total),
      ...coded,
    ];
  const final = finalResultOf(a as never);
  const head = [a.formationCode, n(final?.rank), a.registrationNumber ?? null, a.name];
  return kind === 'CPNS'
    ? [...head, n(a.skd?.total), n(a.skb?.score), n(final?.score), ...coded]
    : [
        ...head,
        n(a.competency?.technical),
        n(a.competency?.managerial),
        n(a.competency?.interview),
        n(final?.score),
        ...coded,
      ];
}

export const resultColumns = [
  'KODE_FORMASI',
  'JABATAN',
  'UNIT_KERJA',
  'PERINGKAT',
  'NO_PESERTA',
  'NIK',
  'NAMA',
  'NILAI_AKHIR',
  'KODE',
  'KETERANGAN',
  'STATUS',
] as const;

/** A finalist's final result, as the list for the NIP proposal needs it (the NIK opened). */
export function resultRow(kind: CycleKind, formation: Formation, a: ExportedApplication): Cell[] {
  const final = finalResultOf(a as never);
  const result = stageResult(kind, 'final', a);
  return [
    formation.code,
    formation.title,
    formation.unit,
    n(final?.rank),
    a.registrationNumber ?? null,
    a.nik || null,
    a.name,
    n(final?.score),
    result?.code ?? null,
    result?.note ?? null,
    statusLabel(a.status),
  ];
}
