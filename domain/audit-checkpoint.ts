// A signed checkpoint of the audit chain's head, as HR's summary emails show it: with it, anyone holding
// the published public key can later prove that the chain had these `seq` records ending in `hash`, and
// `GET /api/v1/audit/verify?seq=…&hash=…` checks today's chain against it.
import type { Language } from './language';
import { translator } from './messages';

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
  const tr = translator(lang);
  return [tr('audit.checkpoint.head', c), tr('audit.checkpoint.signature', c)];
}
