// What the end-to-end and crash tests run: a cycle's spec, each candidate's plan (what they score and
// do), the bodies sent for them, and the reasons HR and candidates give. Shared by the stage drivers,
// which act on the plans, and by the expectations, which compute what the plans must end in.
import type { RequestBody } from '../../api/client';
import type { FormationType } from '../../domain/recruitment/rule-sets';
import type { CompetencyScores, SkbComponent } from '../../domain/recruitment/ranking';
import type { CreateCycleInput } from '../../domain/recruitment/schemas';
import type { SkdScores } from '../../domain/recruitment/skd';
import { nikFor } from './nik';
import { uniqueEmail } from './servers';

/** What happens to a candidate who passes or is moved up: documents verified, rejected, missed, or a withdrawal. */
export type DocumentsPlan = 'verify' | 'reject' | 'miss' | 'withdraw';

export interface CandidatePlan {
  /** The test's handle for the candidate, e.g. A07. */
  key: string;
  name: string;
  formation: string;
  birthDate: string;
  gpa: number;
  /** TMS at screening (default MS). */
  tms?: boolean;
  /** An appeal against the administration result, and HR's answer. */
  appeal?: 'accepted' | 'rejected';
  /** Withdraws right after applying, before anything was decided. */
  withdrawEarly?: boolean;
  /** CPNS: absent from the SKD when not given. */
  skd?: SkdScores;
  /** CPNS: component code → score; absent from the SKB when not given. */
  skb?: Record<string, number>;
  /** PPPK: absent from the competency test when not given. */
  competency?: CompetencyScores;
  documents?: DocumentsPlan;
}

export type ApplicationBody = RequestBody<'/api/v1/recruitment/cycles/{code}/applications', 'post'>;

export interface Applicant {
  plan: CandidatePlan;
  body: ApplicationBody;
  applicationId: string;
  token: string;
}

export interface CycleSpec {
  code: string;
  kind: 'CPNS' | 'PPPK';
  title: string;
  formations: { code: string; title: string; unit: string; type: FormationType; vacancies: number }[];
  registrationMs: number;
  schedule: { appealWindow: string; appealAnswerWindow: string; documentWindow: string };
  rules: { windows: { appealAnswerReminderBefore: string; documentReminderBefore: string } };
  skbComponents?: SkbComponent[];
  skdSessions?: { code: string; place: string; startsAt: string }[];
}

export function applicationBody(plan: CandidatePlan): ApplicationBody {
  return {
    nik: nikFor(plan.birthDate),
    name: plan.name,
    email: uniqueEmail(plan.key.toLowerCase()),
    birthDate: plan.birthDate,
    education: { level: 'S1', major: 'Administrasi Negara', gpa: plan.gpa },
    formationCode: plan.formation,
    language: 'id',
  };
}

export function cycleBody(spec: CycleSpec, opensAt: number): CreateCycleInput {
  return {
    code: spec.code,
    kind: spec.kind,
    title: spec.title,
    formations: spec.formations,
    schedule: {
      registrationOpensAt: new Date(opensAt).toISOString(),
      registrationClosesAt: new Date(opensAt + spec.registrationMs).toISOString(),
      ...spec.schedule,
    },
    rules: spec.rules,
  } as CreateCycleInput;
}

export function cycleCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`;
}

export const reasons = {
  ms: 'Berkas lengkap dan sesuai kualifikasi',
  tms: 'Ijazah tidak sesuai kualifikasi pendidikan formasi',
  appeal: 'Ijazah saya sesuai; mohon diperiksa kembali lampiran kedua.',
  appealAccepted: 'Ijazah pada lampiran kedua sesuai kualifikasi',
  appealRejected: 'Jurusan tidak termasuk kualifikasi formasi',
  documentsRejected: 'Surat keterangan sehat tidak dilampirkan',
  withdrawal: 'Diterima bekerja di instansi lain',
  earlyWithdrawal: 'Salah memilih formasi',
};
