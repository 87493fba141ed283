// A signed checkpoint of the audit chain's head, as HR's summary emails show it: with it, anyone holding
// the published public key can later prove that the chain had these `seq` records ending in `hash`, and
// `GET /api/v1/audit/verify?seq=…&hash=…` checks today's chain against it.
import { t, type Language } from './language';

export interface AuditCheckpoint {
  id: string;
  /** The number of records in the chain when it was taken. */
  seq: number;
  /** The hash of record `seq` (the genesis hash for an empty chain). */
  hash: string;
  at: string;
  workflowId: string;
  phase: string;
  keyId: string;
  /** Ed25519, base64, over the canonical JSON of every other field. */
  signature: string;
}

/** The paragraphs of a summary email that carry the checkpoint. */
export function checkpointParagraphs(c: AuditCheckpoint, lang: Language): string[] {
  return [
    t(lang, {
      id: `Titik periksa jejak audit: ${c.seq} catatan, hash ${c.hash}, ${c.at}.`,
      en: `Audit trail checkpoint: ${c.seq} records, hash ${c.hash}, ${c.at}.`,
    }),
    t(lang, {
      id: `Tanda tangan Ed25519 (kunci ${c.keyId}): ${c.signature}. Simpan email ini: dengannya perubahan jejak audit sebelum titik ini dapat dibuktikan.`,
      en: `Ed25519 signature (key ${c.keyId}): ${c.signature}. Keep this email: with it, a change to the audit trail before this point can be proven.`,
    }),
  ];
}
