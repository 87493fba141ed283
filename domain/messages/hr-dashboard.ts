// The texts of a cycle's dashboard on HR's desk (web/staff/dashboard.tsx): the phase, the next deadline,
// the counts, the funnel and the time in stage with their charts, the open tasks and the desk's sections.
import type { CyclePhase } from '../recruitment/stages';
import type { FunnelStep, TimedStage } from '../recruitment/funnel';
import type { Pair, Section } from './catalogue';

const phases = {
  'hr.dashboard.phase.announced': { id: 'formasi diumumkan', en: 'formations announced' },
  'hr.dashboard.phase.registration': { id: 'pendaftaran', en: 'registration' },
  'hr.dashboard.phase.screening': { id: 'seleksi administrasi', en: 'administrative screening' },
  'hr.dashboard.phase.administration-appeal': {
    id: 'masa sanggah seleksi administrasi',
    en: 'appeals against the administrative screening',
  },
  'hr.dashboard.phase.skd': { id: 'Seleksi Kompetensi Dasar (SKD)', en: 'basic competency test (SKD)' },
  'hr.dashboard.phase.skd-appeal': { id: 'masa sanggah hasil SKD', en: 'appeals against the SKD result' },
  'hr.dashboard.phase.skb': { id: 'Seleksi Kompetensi Bidang (SKB)', en: 'field competency test (SKB)' },
  'hr.dashboard.phase.competency': { id: 'seleksi kompetensi PPPK', en: 'PPPK competency test' },
  'hr.dashboard.phase.final-appeal': {
    id: 'masa sanggah hasil akhir',
    en: 'appeals against the final result',
  },
  'hr.dashboard.phase.documents': { id: 'pengisian DRH NIP (dokumen)', en: 'documents for the NIP' },
  'hr.dashboard.phase.closed': { id: 'selesai', en: 'closed' },
} satisfies Record<`hr.dashboard.phase.${CyclePhase}`, Pair>;

const steps = {
  'hr.dashboard.step.registered': { id: 'Terdaftar', en: 'Registered' },
  'hr.dashboard.step.ms': { id: 'Memenuhi syarat (MS)', en: 'Eligible (MS)' },
  'hr.dashboard.step.skd-present': { id: 'Hadir SKD', en: 'Sat the SKD' },
  'hr.dashboard.step.skd-passed': { id: 'Lulus passing grade SKD', en: 'Passed the SKD' },
  'hr.dashboard.step.skb-advanced': { id: 'Lolos ke SKB', en: 'Advanced to SKB' },
  'hr.dashboard.step.competency-present': {
    id: 'Hadir seleksi kompetensi',
    en: 'Sat the competency test',
  },
  'hr.dashboard.step.passed': { id: 'Lulus', en: 'Passed' },
  'hr.dashboard.step.appointed': { id: 'Diangkat', en: 'Appointed' },
} satisfies Record<`hr.dashboard.step.${FunnelStep}`, Pair>;

const stages = {
  'hr.dashboard.stage.screening': { id: 'Menunggu seleksi administrasi', en: 'Awaiting screening' },
  'hr.dashboard.stage.skd': { id: 'Menunggu hasil SKD', en: 'Awaiting the SKD result' },
  'hr.dashboard.stage.skb-cut': { id: 'Menunggu penetapan peserta SKB', en: 'Awaiting the cut to SKB' },
  'hr.dashboard.stage.skb': { id: 'SKB sampai hasil akhir', en: 'SKB until the final result' },
  'hr.dashboard.stage.competency': {
    id: 'Seleksi kompetensi sampai hasil akhir',
    en: 'Competency test until the final result',
  },
  'hr.dashboard.stage.documents': { id: 'Pemberkasan dokumen', en: 'Documents' },
  'hr.dashboard.stage.appointment': { id: 'Menunggu pengangkatan', en: 'Awaiting appointment' },
} satisfies Record<`hr.dashboard.stage.${TimedStage}`, Pair>;

export const hrDashboardMessages = {
  ...phases,
  ...steps,
  ...stages,
  'hr.dashboard.phase': (p: { phase: string }) => ({
    id: `Tahap sekarang: ${p.phase}.`,
    en: `Current phase: ${p.phase}.`,
  }),
  'hr.dashboard.next': { id: 'Tenggat berikutnya', en: 'Next deadline' },
  'hr.dashboard.next.none': { id: 'Tidak ada tenggat yang akan datang.', en: 'No deadline ahead.' },
  'hr.dashboard.next.registration-opens': { id: 'Pendaftaran dibuka', en: 'Registration opens' },
  'hr.dashboard.next.registration-closes': { id: 'Pendaftaran ditutup', en: 'Registration closes' },
  'hr.dashboard.next.appeal-window': (p: { stage: string }) => ({
    id: `Masa sanggah ${p.stage} berakhir`,
    en: `The appeal window of the ${p.stage} closes`,
  }),
  'hr.dashboard.next.task': (p: { task: string }) => ({
    id: `Batas tugas: ${p.task}`,
    en: `Task due: ${p.task}`,
  }),
  'hr.dashboard.counts': {
    id: 'Jumlah lamaran per status dan formasi',
    en: 'Applications by status and formation',
  },
  'hr.dashboard.total': { id: 'Jumlah', en: 'Total' },
  'hr.dashboard.noApplications': {
    id: 'Belum ada lamaran terkonfirmasi.',
    en: 'No confirmed application yet.',
  },
  'hr.dashboard.funnel': { id: 'Corong seleksi', en: 'Selection funnel' },
  'hr.dashboard.funnel.intro': {
    id: 'Setiap lamaran terkonfirmasi dihitung pada tahap terjauh yang dicapainya dan pada setiap tahap sebelumnya.',
    en: 'Each confirmed application counts at the furthest step it reached and at every step before it.',
  },
  'hr.dashboard.step': { id: 'Tahap', en: 'Step' },
  'hr.dashboard.count': { id: 'Jumlah lamaran', en: 'Applications' },
  'hr.dashboard.time': { id: 'Lama di setiap tahap', en: 'Time in stage' },
  'hr.dashboard.time.intro': {
    id: 'Median dan waktu terlama lamaran berada di setiap tahap, dari jejak audit; tahap yang sedang dijalani dihitung setelah selesai.',
    en: 'The median and longest time applications spent in each stage, from the audit trail; the stage an application is in now counts once it ends.',
  },
  'hr.dashboard.time.none': { id: 'Belum ada tahap yang selesai.', en: 'No stage has ended yet.' },
  'hr.dashboard.time.chart': { id: 'Median lama di setiap tahap', en: 'Median time in each stage' },
  'hr.dashboard.stage': { id: 'Tahap', en: 'Stage' },
  'hr.dashboard.median': { id: 'Median', en: 'Median' },
  'hr.dashboard.longest': { id: 'Terlama', en: 'Longest' },
  'hr.dashboard.stays': { id: 'Lamaran diukur', en: 'Applications measured' },
  'hr.dashboard.tasks': { id: 'Tugas terbuka', en: 'Open tasks' },
  'hr.dashboard.tasks.none': { id: 'Tidak ada tugas terbuka.', en: 'No open task.' },
  'hr.dashboard.task': { id: 'Tugas', en: 'Task' },
  'hr.dashboard.candidate': { id: 'Peserta', en: 'Candidate' },
  'hr.dashboard.due': { id: 'Batas waktu', en: 'Due' },
  'hr.dashboard.list': { id: 'Daftar tugas', en: 'Task list' },
  'hr.dashboard.overdue': { id: 'terlambat', en: 'overdue' },
  'hr.dashboard.sections': { id: 'Bagian meja rekrutmen', en: 'Sections of the desk' },
  'hr.dashboard.link.screening': { id: 'Seleksi administrasi', en: 'Screening' },
  'hr.dashboard.link.skdSessions': { id: 'Sesi SKD', en: 'SKD sessions' },
  'hr.dashboard.link.announcements': { id: 'Pengumuman', en: 'Announcements' },
  'hr.dashboard.link.ranking': (p: { formation: string }) => ({
    id: `Peringkat: ${p.formation}`,
    en: `Ranking: ${p.formation}`,
  }),
  'hr.dashboard.link.appeals': { id: 'Sanggah', en: 'Appeals' },
  'hr.dashboard.link.documents': { id: 'Verifikasi dokumen', en: 'Document verification' },
  'hr.dashboard.link.exports': { id: 'Ekspor dan pengumuman PDF', en: 'Exports and PDF announcements' },
  'hr.dashboard.link.evidence': { id: 'Bukti sistem merit', en: 'Merit-system evidence' },
} satisfies Section;
