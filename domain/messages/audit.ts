// The audit checkpoint's texts, in HR's summary emails of both processes (domain/audit-checkpoint.ts).
import type { Section } from './catalogue';

export const auditMessages = {
  'audit.checkpoint.head': (p: { seq: number; hash: string; at: string }) => ({
    id: `Titik periksa jejak audit: ${p.seq} catatan, hash ${p.hash}, ${p.at}.`,
    en: `Audit trail checkpoint: ${p.seq} records, hash ${p.hash}, ${p.at}.`,
  }),
  'audit.checkpoint.signature': (p: { keyId: string; signature: string }) => ({
    id: `Tanda tangan Ed25519 (kunci ${p.keyId}): ${p.signature}. Simpan email ini: dengannya perubahan jejak audit sebelum titik ini dapat dibuktikan.`,
    en: `Ed25519 signature (key ${p.keyId}): ${p.signature}. Keep this email: with it, a change to the audit trail before this point can be proven.`,
  }),
} satisfies Section;
