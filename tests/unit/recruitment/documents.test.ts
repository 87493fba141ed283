import {
  checkDocument,
  documentKinds,
  documentList,
  documents2024,
  documentWindowOpen,
  formatBytes,
} from '../../../domain/recruitment/documents';
import { cpns2024, pppk2024, resolveRuleSet } from '../../../domain/recruitment/rule-sets';
import { sniffContentType } from '../../../runtime/content-type';
import { minimalPdf, paddedJpeg, smallJpeg, windowsExecutable } from '../../support/documents';

const photo = documents2024['pas-foto'];
const diploma = documents2024.ijazah;
const now = Date.parse('2026-05-01T00:00:00Z');

describe('the document rules', () => {
  it('ask SSCASN’s seven documents of every passer, a 200 KB JPEG photo and 1 MB PDFs', () => {
    expect(documentList(cpns2024.documents).map((d) => d.kind)).toEqual([...documentKinds]);
    expect(pppk2024.documents).toEqual(cpns2024.documents);
    expect(photo).toMatchObject({ accepts: ['jpeg'], maxBytes: 204_800, required: true });
    expect(diploma).toMatchObject({ accepts: ['pdf'], maxBytes: 1_048_576, required: true });
    expect(Object.values(documents2024).every((d) => d.required && d.label.id && d.label.en)).toBe(true);
  });

  it('let a cycle raise a limit to 2 MB and make a kind optional, and nothing more', () => {
    const r = resolveRuleSet('PPPK', {
      documents: { 'pas-foto': { maxBytes: 512_000 }, skck: { required: false } },
    });
    expect(r.ok && r.value.ruleSet.documents['pas-foto']).toMatchObject({
      maxBytes: 512_000,
      accepts: ['jpeg'],
    });
    expect(r.ok && r.value.ruleSet.documents.skck.required).toBe(false);
    expect(r.ok && r.value.overridden).toEqual([
      { path: 'documents.pas-foto.maxBytes', from: 204_800, to: 512_000 },
      { path: 'documents.skck.required', from: true, to: false },
    ]);
    expect(resolveRuleSet('CPNS', { documents: { ijazah: { maxBytes: 3_000_000 } } })).toMatchObject({
      ok: false,
      reasons: [expect.stringMatching(/at most 2097152 bytes/)],
    });
    expect(resolveRuleSet('CPNS', { documents: { ktp: { required: true } } }).ok).toBe(false);
    expect(resolveRuleSet('CPNS', { documents: { ijazah: { accepts: ['jpeg'] } } }).ok).toBe(false);
  });

  it('open the window to a passer or a candidate moved up until the documents deadline', () => {
    const deadlines = { documents: '2026-05-31T00:00:00Z' };
    expect(documentWindowOpen({ status: 'passed', deadlines }, now)).toBe(true);
    expect(documentWindowOpen({ status: 'replaced-in', deadlines }, now)).toBe(true);
    expect(documentWindowOpen({ status: 'passed', deadlines }, Date.parse('2026-05-31T00:00:00Z'))).toBe(
      false,
    );
    expect(documentWindowOpen({ status: 'passed', deadlines: {} }, now)).toBe(false);
    expect(documentWindowOpen({ status: 'documents-submitted', deadlines }, now)).toBe(false);
    expect(documentWindowOpen({ status: 'optimalisasi', deadlines }, now)).toBe(false);
  });
});

describe('a document upload', () => {
  it('accepts a real PDF as a diploma and a real JPEG as the photo, by their bytes', async () => {
    expect(checkDocument(diploma, 600, await sniffContentType(minimalPdf()))).toEqual({
      ok: true,
      contentType: 'application/pdf',
    });
    expect(checkDocument(photo, smallJpeg.length, await sniffContentType(smallJpeg))).toEqual({
      ok: true,
      contentType: 'image/jpeg',
    });
  });

  it('refuses a Windows executable renamed .pdf (415), whatever it is called', async () => {
    const exe = windowsExecutable();
    expect(await sniffContentType(exe)).toBe('application/x-msdownload');
    expect(checkDocument(diploma, exe.length, await sniffContentType(exe))).toEqual({
      ok: false,
      status: 415,
      reason: 'wrong-type',
      message: 'by its bytes the file is application/x-msdownload; it must be PDF',
    });
  });

  it('refuses a PDF as the photo and bytes of no known type', async () => {
    expect(checkDocument(photo, 700, await sniffContentType(minimalPdf()))).toMatchObject({
      ok: false,
      status: 415,
      message: expect.stringMatching(/must be JPEG$/),
    });
    const text = Buffer.from('just some text, not a document');
    expect(await sniffContentType(text)).toBeUndefined();
    expect(checkDocument(diploma, text.length, undefined)).toMatchObject({ ok: false, status: 415 });
  });

  it('refuses a photo of 200 KB and one byte (413) and takes one of exactly 200 KB', async () => {
    const big = paddedJpeg(204_801);
    expect(big.length).toBe(204_801);
    expect(await sniffContentType(big)).toBe('image/jpeg');
    expect(checkDocument(photo, big.length, 'image/jpeg')).toEqual({
      ok: false,
      status: 413,
      reason: 'too-large',
      message: 'the file has 204801 bytes; at most 204800 are accepted',
    });
    expect(checkDocument(photo, 204_800, 'image/jpeg').ok).toBe(true);
  });

  it('says sizes as people read them', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(204_800)).toBe('200 KB');
    expect(formatBytes(1_048_576)).toBe('1.0 MB');
  });
});
