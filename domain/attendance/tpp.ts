// Each employee's TPP (tambahan penghasilan pegawai) for a month, with the reason for every deduction:
// the cut of a medium sanction in force (PP 94/2021: 25% for 6, 9 or 12 months), and Kota Kupang's rule
// that the TPP is paid only when the month's performance entries are complete (RULES 4). "Complete" is
// read from the appraisal: the employee's SKP of the year is approved, and no appraisal task assigned to
// them was overdue during the month. Pure: the command gathers the facts.
import type { SanctionInForce } from './discipline';
import { tppCutIn } from './discipline';

export type TppReason =
  | { code: 'sanction-cut'; percent: number; caseId: string; from: string; to: string }
  | { code: 'skp-not-approved' }
  | { code: 'overdue-task'; taskIds: string[] };

export interface TppLine {
  /** Paid at all this month (performance entries complete). */
  eligible: boolean;
  /** The share of the TPP paid: 0 when not eligible, else 100 less the sanction's cut. */
  paidPercent: number;
  reasons: TppReason[];
}

export function tppLine(
  month: string,
  facts: { sanctions: readonly SanctionInForce[]; skpApproved: boolean; overdueTaskIds: readonly string[] },
): TppLine {
  const reasons: TppReason[] = [];
  const cut = tppCutIn(month, facts.sanctions);
  if (cut) reasons.push({ code: 'sanction-cut', ...cut });
  if (!facts.skpApproved) reasons.push({ code: 'skp-not-approved' });
  if (facts.overdueTaskIds.length) reasons.push({ code: 'overdue-task', taskIds: [...facts.overdueTaskIds] });
  const eligible = facts.skpApproved && facts.overdueTaskIds.length === 0;
  return { eligible, paidPercent: eligible ? 100 - (cut?.percent ?? 0) : 0, reasons };
}

/** A reason as a sentence, for the XLSX export and the pages. */
export function tppReasonText(r: TppReason, lang: 'id' | 'en'): string {
  if (r.code === 'sanction-cut')
    return lang === 'id'
      ? `hukuman disiplin sedang: TPP dipotong ${r.percent}% (${r.from} s.d. ${r.to})`
      : `medium sanction: TPP cut ${r.percent}% (${r.from} to ${r.to})`;
  if (r.code === 'skp-not-approved') return lang === 'id' ? 'SKP belum disetujui' : 'SKP not approved';
  return lang === 'id'
    ? `${r.taskIds.length} tugas kinerja melewati batas waktu`
    : `${r.taskIds.length} performance task(s) overdue`;
}
