// What a printed announcement (pengumuman) of a stage says, in the form Indonesian agencies publish it: the
// letterhead, the number and date (WITA), the title, the opening, per formation a table of candidates
// (registration number, name, scores, the result code), the legend of the codes, the appeal window, the
// closing and the signature of the head of BKPSDM. Pure: the text and the table as data; drawing it is
// commands/files/pdf-announcement.ts. Two versions: `public` carries the registration number, the name,
// the scores and the result, which is what the national announcements publish (RULES.md 1.1 announces each
// stage's result; 1.4: each SKB component is published); `official`, HR's archive copy, adds the NIK. No
// version carries a birth date or an email address.
import { formatNumber } from '../numbers';
import { formatInstant, yearInWita } from '../time';
import { resultCodeLegend, stageResult, type ResultCode } from './result-codes';
import type { ExportedApplication } from './exports';
import type { CycleKind } from './rule-sets';
import type { AnnouncementStage } from './stages';

export const announcementVersions = ['official', 'public'] as const;
export type AnnouncementVersion = (typeof announcementVersions)[number];

/** The agency that signs, from configuration (runtime/config.ts, AGENCY_*). */
export interface Letterhead {
  government: string;
  agency: string;
  address: string;
  /** Where it is signed: "Kupang, 2 Desember 2026". */
  place: string;
  headName: string;
  headNip: string;
  /** The number's pattern: {cycle}, {stage} and {year} are filled in. */
  numberFormat: string;
}

export interface AnnouncementColumn {
  header: string;
  /** Share of the table's width. */
  width: number;
  align: 'left' | 'center' | 'right';
  /** A number that must stay on one line (registration number, NIK): its text shrinks to fit instead. */
  fit?: boolean;
}

export interface AnnouncementSection {
  heading: string;
  columns: AnnouncementColumn[];
}

const stageCodes: Record<AnnouncementStage, string> = { administration: 'ADM', skd: 'SKD', final: 'AKHIR' };

const stageTitles: Record<AnnouncementStage, string> = {
  administration: 'HASIL SELEKSI ADMINISTRASI',
  skd: 'HASIL SELEKSI KOMPETENSI DASAR (SKD)',
  final: 'HASIL AKHIR SELEKSI',
};

const kindTitles: Record<CycleKind, string> = {
  CPNS: 'PENGADAAN CALON PEGAWAI NEGERI SIPIL (CPNS)',
  PPPK: 'PENGADAAN PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA (PPPK)',
};

/** "800/CPNS-2026/SKD/BKPSDM/2026" with the default pattern. */
export function announcementNumber(
  format: string,
  at: { cycle: string; stage: AnnouncementStage; announcedAt: Date },
): string {
  const values = new Map([
    ['cycle', at.cycle],
    ['stage', stageCodes[at.stage]],
    ['year', String(yearInWita(at.announcedAt))],
  ]);
  return format.replace(/\{(cycle|stage|year)\}/g, (_, k: string) => values.get(k)!);
}

/** "2 Desember 2026": the date of a letter, in WITA. */
export function letterDate(at: Date): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Makassar',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

export interface AnnouncementHead {
  title: string;
  number: string;
  about: string[];
  opening: string;
}

export function announcementHead(o: {
  letterhead: Letterhead;
  kind: CycleKind;
  stage: AnnouncementStage;
  cycle: { code: string; title: string; budgetYear: number };
  announcedAt: Date;
}): AnnouncementHead {
  const about = [
    'TENTANG',
    `${stageTitles[o.stage]} ${kindTitles[o.kind]}`,
    `TAHUN ANGGARAN ${o.cycle.budgetYear}`,
  ];
  return {
    title: 'PENGUMUMAN',
    number: `NOMOR: ${announcementNumber(o.letterhead.numberFormat, { cycle: o.cycle.code, stage: o.stage, announcedAt: o.announcedAt })}`,
    about,
    opening:
      `Berdasarkan hasil ${stageTitles[o.stage].toLowerCase().replace('hasil ', '')} pada ${o.cycle.title}, ` +
      `dengan ini diumumkan ${o.stage === 'final' ? 'hasil akhir' : 'hasil'} seleksi peserta sebagaimana ` +
      'tercantum dalam daftar berikut.',
  };
}

const col = (
  header: string,
  width: number,
  align: AnnouncementColumn['align'] = 'left',
  fit = false,
): AnnouncementColumn => ({ header, width, align, ...(fit ? { fit } : {}) });

/** The table's columns of a stage's announcement, in this version. */
export function announcementColumns(
  kind: CycleKind,
  stage: AnnouncementStage,
  version: AnnouncementVersion,
): AnnouncementColumn[] {
  const person = [
    col('No.', 4, 'right'),
    ...(stage === 'final' ? [col('Peringkat', 6, 'right')] : []),
    col('Nomor Peserta', 14, 'left', true),
    ...(version === 'official' ? [col('NIK', 12, 'left', true)] : []),
    col('Nama', 22),
  ];
  const coded = [col('Kode', 6, 'center'), col('Keterangan', 16)];
  const score = (h: string, w = 6) => col(h, w, 'right');
  if (stage === 'administration') return [...person, ...coded];
  if (stage === 'skd')
    return [...person, score('TWK'), score('TIU'), score('TKP'), score('Total SKD', 7), ...coded];
  return kind === 'CPNS'
    ? [...person, score('SKD'), score('SKB'), col('Komponen SKB', 13), score('Nilai Akhir', 7), ...coded]
    : [
        ...person,
        score('Teknis'),
        score('Manajerial', 8),
        score('Wawancara', 8),
        score('Nilai Akhir', 7),
        ...coded,
      ];
}

const num = (v: number | null | undefined) => (v == null ? '–' : formatNumber(v, 'id'));

function skbParts(c: unknown): string {
  if (!c || typeof c !== 'object') return '–';
  const parts = Object.entries(c as Record<string, unknown>).filter(([, v]) => typeof v === 'number');
  return parts.length ? parts.map(([k, v]) => `${k} ${num(v as number)}`).join(', ') : '–';
}

export interface AnnouncementRow {
  code: ResultCode;
  cells: string[];
}

/**
 * One candidate's line (`no` is their place in the list), or undefined when the candidate is not in this
 * stage's announcement.
 */
export function announcementRow(
  kind: CycleKind,
  stage: AnnouncementStage,
  version: AnnouncementVersion,
  a: ExportedApplication,
  no: number,
): AnnouncementRow | undefined {
  const result = stageResult(kind, stage, a);
  if (!result) return undefined;
  const person = [
    String(no),
    ...(stage === 'final' ? [String(a.final?.rank ?? '–')] : []),
    a.registrationNumber ?? '–',
    ...(version === 'official' ? [a.nik || '–'] : []),
    a.name,
  ];
  const coded = [result.code, result.note ?? resultCodeLegend[result.code]];
  if (stage === 'administration') return { code: result.code, cells: [...person, ...coded] };
  if (stage === 'skd') {
    const s = a.skd;
    return {
      code: result.code,
      cells: [...person, num(s?.twk), num(s?.tiu), num(s?.tkp), num(s?.total), ...coded],
    };
  }
  const final = a.final?.score ?? (a.final?.rank != null ? 0 : null);
  const cells =
    kind === 'CPNS'
      ? [...person, num(a.skd?.total), num(a.skb?.score), skbParts(a.skb?.components), num(final), ...coded]
      : [
          ...person,
          num(a.competency?.technical),
          num(a.competency?.managerial),
          num(a.competency?.interview),
          num(final),
          ...coded,
        ];
  return { code: result.code, cells };
}

/** The section heading of a formation's table. */
export function formationHeading(f: {
  code: string;
  title: string;
  unit: string;
  vacancies: number;
}): string {
  return `Formasi: ${f.title} (${f.code}), unit kerja ${f.unit}, kebutuhan ${f.vacancies} orang`;
}

/** The codes a stage's announcement uses, with their meaning. */
export function legendOf(stage: AnnouncementStage): string[] {
  const codes: ResultCode[] =
    stage === 'administration'
      ? ['MS', 'TMS']
      : stage === 'skd'
        ? ['P/L', 'P', 'P/TL', 'TL', 'TH']
        : ['P/L', 'P/TL', 'TL', 'TH', 'APS'];
  return codes.map((c) => `${c}: ${resultCodeLegend[c]}`);
}

export interface AnnouncementClosing {
  legend: string[];
  paragraphs: string[];
  signature: { placeAndDate: string; position: string[]; name: string; nip: string };
  footer: string;
}

export function announcementClosing(o: {
  letterhead: Letterhead;
  stage: AnnouncementStage;
  version: AnnouncementVersion;
  announcedAt: Date;
  appealClosesAt: Date;
}): AnnouncementClosing {
  const l = o.letterhead;
  return {
    legend: legendOf(o.stage),
    paragraphs: [
      `Peserta yang keberatan atas hasil ini dapat mengajukan sanggahan sampai dengan ` +
        `${formatInstant(o.appealClosesAt, 'id')}, hanya atas kesalahan instansi.`,
      'Demikian pengumuman ini disampaikan untuk diketahui dan dilaksanakan sebagaimana mestinya. ' +
        'Keputusan panitia seleksi bersifat mutlak dan tidak dapat diganggu gugat.',
    ],
    signature: {
      placeAndDate: `${l.place}, ${letterDate(o.announcedAt)}`,
      position: [`KEPALA ${l.agency}`, l.government.replace(/^PEMERINTAH /, '')],
      name: l.headName,
      nip: `NIP. ${l.headNip}`,
    },
    footer:
      o.version === 'public'
        ? 'Salinan untuk umum: nomor peserta, nama, nilai dan hasil; tanpa NIK, tanggal lahir atau alamat email.'
        : 'Salinan arsip BKPSDM: memuat NIK peserta; tidak untuk dipublikasikan.',
  };
}
