// HR's mailbox in the recruitment tests: the mail about people (reminders, escalations, refused
// addresses) apart from each cycle's phase summaries, which carry the audit trail's checkpoints.
import type { CapturedMessage } from '../../stack/smtp-capture';
import { mailTo } from './servers';

const isPhaseSummary = (m: CapturedMessage) => /^Seleksi \S+: tahap \S+$/.test(m.subject ?? '');

/** HR's mail without the cycles' phase summaries. */
export const hrMailTo = async (address: string) => (await mailTo(address)).filter((m) => !isPhaseSummary(m));

/** The cycles' phase summaries HR received. */
export const phaseSummariesTo = async (address: string) => (await mailTo(address)).filter(isPhaseSummary);
