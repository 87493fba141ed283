// The documents a passer (or a candidate moved up) uploads in the document stage (RULES 1.1 step 10,
// pengisian DRH NIP), as rule-set data: each kind's label, the formats accepted, its size limit and whether
// it is required. Pure decisions over them: whether the document window is open for an application, and
// whether an uploaded file is accepted, from its size and the content type its bytes show (never its name
// or its declared type).
import type { ApplicationStatus } from './stages';

/** The formats a document may be in, by the content type sniffed from its bytes. */
export const documentFormats = { pdf: 'application/pdf', jpeg: 'image/jpeg' } as const;
export type DocumentFormat = keyof typeof documentFormats;

/** The kinds of document, as their codes (the API's path parameter, the page's field names). */
export const documentKinds = [
  'pas-foto',
  'ijazah',
  'transkrip',
  'surat-sehat',
  'bebas-narkotika',
  'skck',
  'surat-pernyataan',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface DocumentRule {
  label: { id: string; en: string };
  accepts: DocumentFormat[];
  maxBytes: number;
  required: boolean;
}

export type DocumentRules = Record<DocumentKind, DocumentRule>;

const KB = 1024;
const MB = 1024 * KB;

/** The largest limit a cycle may set for one document; the upload routes' body limit follows it. */
export const documentMaxBytesCeiling = 2 * MB;
export const documentMaxBytesFloor = 10 * KB;

const pdf = (id: string, en: string): DocumentRule => ({
  label: { id, en },
  accepts: ['pdf'],
  // [B] SSCASN's DRH guides: every PDF at most 1 MB.
  maxBytes: 1 * MB,
  required: true,
});

/**
 * [B] What SSCASN asks in the DRH stage for the NIP (the scanned originals of Peraturan BKN 14/2018's
 * pemberkasan; the DRH itself is a form on SSCASN, not a file). A cycle may change a kind's limit or make
 * it optional (rules.documents); the list itself is fixed.
 */
export const documents2024: DocumentRules = {
  // [B] SSCASN's pas foto: JPEG, at most 200 KB (its registration limit; some DRH stages took 500 KB).
  'pas-foto': {
    label: { id: 'Pas foto (latar merah)', en: 'Passport photo (red background)' },
    accepts: ['jpeg'],
    maxBytes: 200 * KB,
    required: true,
  },
  ijazah: pdf('Ijazah asli', 'Diploma (original)'),
  transkrip: pdf('Transkrip nilai', 'Academic transcript'),
  'surat-sehat': pdf(
    'Surat keterangan sehat jasmani dan rohani',
    'Certificate of physical and mental health',
  ),
  'bebas-narkotika': pdf('Surat keterangan bebas narkotika', 'Certificate of being free of narcotics'),
  skck: pdf('Surat Keterangan Catatan Kepolisian (SKCK)', 'Police record certificate (SKCK)'),
  'surat-pernyataan': pdf('Surat pernyataan bermeterai', 'Signed statement (with duty stamp)'),
};

/** A cycle's document rules: its rule set's, or the default for a rule set stored before they existed. */
export function documentRulesOf(rules: { documents?: DocumentRules } | undefined): DocumentRules {
  return rules?.documents ?? documents2024;
}

/** The kinds in their order, with their rules. */
export const documentList = (rules: DocumentRules) => documentKinds.map((kind) => ({ kind, ...rules[kind] }));

/** A kind code from outside (a path, a form), or undefined when it is not one. */
export function documentKindOf(value: unknown): DocumentKind | undefined {
  return (documentKinds as readonly unknown[]).includes(value) ? (value as DocumentKind) : undefined;
}

/** The statuses in which documents are uploaded: after passing or moving up, before submitting them. */
const uploading: readonly ApplicationStatus[] = ['passed', 'replaced-in'];

/**
 * Whether the candidate may upload now: their application awaits its documents and its window (the
 * `documents` deadline the workflow records) has not closed. Submitting is then the workflow's to accept.
 */
export function documentWindowOpen(
  app: { status: ApplicationStatus; deadlines?: Record<string, string> | null },
  now: number,
): boolean {
  const closesAt = Date.parse(app.deadlines?.documents ?? '');
  return uploading.includes(app.status) && closesAt > now;
}

export type DocumentCheck =
  | { ok: true; contentType: string }
  | { ok: false; status: 413 | 415; reason: 'too-large' | 'wrong-type'; message: string };

/** Whether a file of `size` bytes, whose bytes look like `detected` (a content type, or none), is accepted. */
export function checkDocument(rule: DocumentRule, size: number, detected: string | undefined): DocumentCheck {
  if (size > rule.maxBytes)
    return {
      ok: false,
      status: 413,
      reason: 'too-large',
      message: `the file has ${size} bytes; at most ${rule.maxBytes} are accepted`,
    };
  const accepted = rule.accepts.map((f) => documentFormats[f]);
  const contentType = accepted.find((t) => t === detected);
  if (!contentType)
    return {
      ok: false,
      status: 415,
      reason: 'wrong-type',
      message: `by its bytes the file is ${detected ?? 'of no known type'}; it must be ${rule.accepts
        .map((f) => f.toUpperCase())
        .join(' or ')}`,
    };
  return { ok: true, contentType };
}

/** A size for people: "180 KB", "1.0 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / KB))} KB`;
}
