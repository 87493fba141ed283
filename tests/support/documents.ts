// Real files for the document tests: a minimal valid PDF (its cross-reference table computed, padded with a
// comment to any size), a small baseline JPEG (1×1, the well-known smallest valid one), and the start of a
// Windows executable (an MZ header pointing at its PE signature), which is what a `.exe` renamed `.pdf` is.
import { createHash } from 'node:crypto';
import { must, type ApiClient } from '../../api/client';
import { documentKinds, type DocumentKind } from '../../domain/recruitment/documents';

/** A one-page PDF whose bytes are `pad` bytes longer than the smallest one (a comment in its content). */
export function minimalPdf(text = 'Dokumen uji', pad = 0): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n%${'x'.repeat(pad)}\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 1×1 baseline JPEG (SOI, JFIF, quantisation and Huffman tables, one scan, EOI). */
export const smallJpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A JPEG of about `size` bytes: the small one with a comment segment (COM) of padding after its SOI. */
export function paddedJpeg(size: number): Buffer {
  const parts: Buffer[] = [smallJpeg.subarray(0, 2)];
  let left = size - smallJpeg.length;
  while (left > 4) {
    const n = Math.min(left - 4, 65_533);
    const seg = Buffer.alloc(n + 4, 0x20);
    seg.writeUInt16BE(0xfffe, 0);
    seg.writeUInt16BE(n + 2, 2);
    parts.push(seg);
    left -= n + 4;
  }
  parts.push(smallJpeg.subarray(2));
  return Buffer.concat(parts);
}

/** The first bytes of a Windows executable: "MZ", e_lfanew at 0x3c pointing at "PE\0\0". */
export function windowsExecutable(): Buffer {
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  exe.write('PE\0\0', 0x80, 'latin1');
  exe.writeUInt16LE(0x14c, 0x84); // i386
  return exe;
}

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A real file for each document kind: the photo a JPEG, every other one a PDF naming its kind. */
export function sampleDocument(kind: DocumentKind): { bytes: Buffer; contentType: string } {
  return kind === 'pas-foto'
    ? { bytes: smallJpeg, contentType: 'image/jpeg' }
    : { bytes: minimalPdf(`Dokumen ${kind}`), contentType: 'application/pdf' };
}

/** One document uploaded over the API with the candidate's client (the raw file as the body). */
export function uploadOverApi(
  client: ApiClient,
  id: string,
  kind: DocumentKind,
  file: { bytes: Buffer; contentType: string } = sampleDocument(kind),
) {
  return client.PUT('/api/v1/recruitment/applications/{id}/documents/{kind}/file', {
    params: { path: { id, kind } },
    body: file.bytes as unknown as string,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers: { 'Content-Type': file.contentType },
  });
}

/** Uploads a sample of every document kind over the API; the submission's body for them. */
export async function uploadEveryDocument(client: ApiClient, id: string) {
  const documents: { kind: string; reference: string }[] = [];
  for (const kind of documentKinds) {
    const r = await must(200, uploadOverApi(client, id, kind));
    documents.push({ kind, reference: r.reference });
  }
  return { documents };
}
