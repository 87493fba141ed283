// Draws an announcement (domain/recruitment/announcement-layout.ts) as a PDF with pdfkit, streamed into a
// Writable while its rows are read: A4 landscape, the letterhead on the first page, each formation's table
// with its header repeated on every page, the legend, the closing and the signature, a page number and the
// version's note at the foot of every page. pdfkit writes each page out when the next begins, so memory
// holds one page. Fonts: the PDF standard Helvetica, which covers Windows-1252 (Indonesian names and most
// Latin accents); other characters print as their nearest plain letter or "?".
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type {
  AnnouncementClosing,
  AnnouncementColumn,
  AnnouncementHead,
  Letterhead,
} from '../../domain/recruitment/announcement-layout';

export interface AnnouncementSource {
  letterhead: Letterhead;
  head: AnnouncementHead;
  /** Each formation: its heading, columns and rows (text cells), read as they are drawn. */
  sections: AsyncIterable<{ heading: string; columns: AnnouncementColumn[]; rows: AsyncIterable<string[]> }>;
  closing: AnnouncementClosing;
  /** The document's date (its CreationDate), so the same announcement gives the same file. */
  date: Date;
}

const MARGIN = 36;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CELL_PAD = 2;
const SIZE = 8;

/** Windows-1252 text for the standard fonts: accents kept where it has them, others reduced to the letter. */
function printable(s: string): string {
  return s.replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]/g, (ch) => {
    const plain = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return /^[\x20-\x7e]+$/.test(plain) ? plain : '?';
  });
}

/** Writes the announcement to `out` and ends it; answers the number of candidate rows drawn. */
export async function writeAnnouncementPdf(src: AnnouncementSource, out: Writable): Promise<number> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    info: {
      Title: `${src.head.title} ${src.head.number}`,
      Author: printable(src.letterhead.agency),
      CreationDate: src.date,
      ModDate: src.date,
    },
  });
  const finished = once(out, 'finish');
  doc.pipe(out);
  const width = doc.page.width - 2 * MARGIN;
  let pageNo = 1;
  const footer = () => {
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(7)
      .fillColor('#444')
      .text(`${printable(src.closing.footer)}   Halaman ${pageNo}`, MARGIN, doc.page.height - MARGIN, {
        width,
        align: 'right',
        lineBreak: false,
      })
      .fillColor('black');
    doc.page.margins.bottom = bottom;
    doc.x = MARGIN;
  };
  doc.on('pageAdded', () => {
    pageNo += 1;
    footer();
    doc.y = MARGIN;
  });
  footer();
  doc.y = MARGIN;

  // The letterhead.
  const l = src.letterhead;
  doc.font(BOLD).fontSize(14).text(printable(l.government), MARGIN, doc.y, { width, align: 'center' });
  doc.fontSize(12).text(printable(l.agency), { width, align: 'center' });
  doc.font(FONT).fontSize(9).text(printable(l.address), { width, align: 'center' });
  const rule = doc.y + 4;
  doc
    .moveTo(MARGIN, rule)
    .lineTo(MARGIN + width, rule)
    .lineWidth(1.5)
    .stroke();
  doc.y = rule + 10;

  // Title, number, subject, opening.
  doc.font(BOLD).fontSize(12).text(src.head.title, MARGIN, doc.y, { width, align: 'center' });
  doc.font(FONT).fontSize(10).text(printable(src.head.number), { width, align: 'center' });
  doc.font(BOLD).fontSize(10);
  for (const line of src.head.about) doc.text(printable(line), { width, align: 'center' });
  doc.moveDown(0.6).font(FONT).fontSize(9).text(printable(src.head.opening), { width, align: 'justify' });

  let rows = 0;
  for await (const section of src.sections) {
    doc.moveDown(0.8);
    ensureRoom(doc, 40);
    doc.font(BOLD).fontSize(9).text(printable(section.heading), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const table = tableOf(section.columns, width);
    drawRow(
      doc,
      table,
      section.columns.map((c) => c.header),
      true,
    );
    for await (const cells of section.rows) {
      if (needsBreak(doc, table, cells)) {
        doc.addPage();
        drawRow(
          doc,
          table,
          section.columns.map((c) => c.header),
          true,
        );
      }
      drawRow(doc, table, cells, false);
      rows += 1;
      if (rows % 200 === 0) await drained(out);
    }
  }

  // Legend, closing, signature.
  const c = src.closing;
  doc.moveDown(1);
  ensureRoom(doc, 60);
  doc.font(BOLD).fontSize(8).text('Keterangan kode:', MARGIN, doc.y, { width });
  doc.font(FONT).text(c.legend.map(printable).join('    '), { width });
  doc.moveDown(0.6).fontSize(9);
  for (const p of c.paragraphs)
    doc.text(printable(p), MARGIN, doc.y, { width, align: 'justify' }).moveDown(0.3);
  ensureRoom(doc, 110);
  const x = MARGIN + width * 0.6;
  const w = width * 0.4;
  doc.moveDown(1).text(printable(c.signature.placeAndDate), x, doc.y, { width: w, align: 'center' });
  doc.font(BOLD);
  for (const line of c.signature.position) doc.text(printable(line), x, doc.y, { width: w, align: 'center' });
  doc
    .moveDown(3.5)
    .text(printable(c.signature.name), x, doc.y, { width: w, align: 'center', underline: true });
  doc.font(FONT).text(printable(c.signature.nip), x, doc.y, { width: w, align: 'center' });

  doc.end();
  await finished;
  return rows;
}

interface Table {
  xs: number[];
  widths: number[];
  aligns: AnnouncementColumn['align'][];
  fits: boolean[];
}

function tableOf(columns: AnnouncementColumn[], width: number): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * width);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((s, w) => s + w, 0));
  return { xs, widths, aligns: columns.map((c) => c.align), fits: columns.map((c) => c.fit === true) };
}

/** The font size of a cell: the table's, or smaller for a number that must fit its column on one line. */
function sizeOf(doc: PDFKit.PDFDocument, t: Table, i: number, text: string, header: boolean): number {
  if (header || !t.fits[i]) return SIZE;
  doc.fontSize(SIZE);
  const room = t.widths[i]! - 2 * CELL_PAD;
  return Math.min(SIZE, (SIZE * room) / Math.max(doc.widthOfString(text), 1));
}

function rowHeight(doc: PDFKit.PDFDocument, t: Table, cells: string[], bold: boolean): number {
  doc.font(bold ? BOLD : FONT);
  const heights = cells.map((c, i) => {
    const text = printable(c);
    doc.fontSize(sizeOf(doc, t, i, text, bold));
    return doc.heightOfString(text, { width: t.widths[i]! - 2 * CELL_PAD });
  });
  return Math.max(...heights) + 2 * CELL_PAD;
}

const bottomOf = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

function needsBreak(doc: PDFKit.PDFDocument, t: Table, cells: string[]): boolean {
  return doc.y + rowHeight(doc, t, cells, false) > bottomOf(doc);
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function drawRow(doc: PDFKit.PDFDocument, t: Table, cells: string[], header: boolean) {
  const h = rowHeight(doc, t, cells, header);
  const y = doc.y;
  if (header)
    doc
      .rect(MARGIN, y, t.xs.at(-1)! + t.widths.at(-1)! - MARGIN, h)
      .fill('#e6e6e6')
      .fillColor('black');
  doc.lineWidth(0.5);
  doc.font(header ? BOLD : FONT);
  cells.forEach((c, i) => {
    doc.rect(t.xs[i]!, y, t.widths[i]!, h).stroke();
    const text = printable(c);
    doc.fontSize(sizeOf(doc, t, i, text, header));
    doc.text(text, t.xs[i]! + CELL_PAD, y + CELL_PAD, {
      width: t.widths[i]! - 2 * CELL_PAD,
      align: header ? 'center' : t.aligns[i],
    });
  });
  doc.x = MARGIN;
  doc.y = y + h;
}

async function drained(out: Writable) {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (out.writableNeedDrain && !out.destroyed) await once(out, 'drain');
  if (out.destroyed) throw new Error('the destination of the announcement was closed');
}
