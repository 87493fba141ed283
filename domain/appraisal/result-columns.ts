// The columns of a year's results export (XLSX or CSV), in one list: each column's header (Indonesian, as
// HR's spreadsheets name them) and how its cell is read from an appraisal record. A new column (the awards,
// say) is one more entry here; the export and its tests read this list.
import { predikatNames, type Predikat } from './rule-sets';

/** The fields of an appraisal record the export reads (db/models/appraisal.ts). */
export interface ResultRecord {
  nip: string;
  name: string;
  unitCode: string;
  level: string;
  functionalGrade?: string | null;
  phase: string;
  annual?: unknown;
  predikat?: string | null;
  objection?: unknown;
  acceptance?: unknown;
  followUp?: unknown;
}

export type ResultCell = string | number | null;

export interface ResultColumn {
  header: string;
  cell: (r: ResultRecord) => ResultCell;
}

const field = (o: unknown, key: string): unknown =>
  o !== null && typeof o === 'object' && Object.hasOwn(o, key)
    ? (o as Record<string, unknown>)[key]
    : undefined;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const predikatName = (v: unknown): string | null =>
  typeof v === 'string' && Object.hasOwn(predikatNames, v) ? predikatNames[v as Predikat] : null;
const yesNo = (v: unknown): string | null => (v === true ? 'Ya' : v === false ? 'Tidak' : null);

export const resultColumns: readonly ResultColumn[] = [
  { header: 'NIP', cell: (r) => r.nip },
  { header: 'NAMA', cell: (r) => r.name },
  { header: 'KODE_UNOR', cell: (r) => r.unitCode },
  { header: 'JENIS_JABATAN', cell: (r) => r.level },
  { header: 'JENJANG_JABATAN', cell: (r) => r.functionalGrade ?? null },
  { header: 'TAHAP', cell: (r) => r.phase },
  { header: 'RATING_HASIL_KERJA', cell: (r) => text(field(r.annual, 'hasilKerja')) },
  { header: 'RATING_PERILAKU_KERJA', cell: (r) => text(field(r.annual, 'perilakuKerja')) },
  { header: 'PREDIKAT_AWAL', cell: (r) => predikatName(field(r.annual, 'predikat')) },
  { header: 'PREDIKAT', cell: (r) => predikatName(r.predikat) },
  { header: 'KEBERATAN', cell: (r) => (r.objection ? 'Ya' : 'Tidak') },
  { header: 'DITERIMA_PEGAWAI', cell: (r) => (r.acceptance ? 'Ya' : 'Tidak') },
  {
    header: 'ANGKA_KREDIT',
    cell: (r) => {
      const v = field(r.followUp, 'creditPoints');
      return typeof v === 'number' ? v : null;
    },
  },
  { header: 'LAYAK_KENAIKAN_PANGKAT', cell: (r) => yesNo(field(field(r.followUp, 'promotion'), 'eligible')) },
  {
    header: 'PERLU_PERBAIKAN_KINERJA',
    cell: (r) => yesNo(field(field(r.followUp, 'improvement'), 'needed')),
  },
];

/** A record as the export's row, cell by cell in the columns' order. */
export const resultRow = (r: ResultRecord): ResultCell[] => resultColumns.map((c) => c.cell(r));
