// The attendance emails' texts (domain/attendance/emails.ts composes them): excused absences, the steps
// of a disciplinary case under PP 94/2021, and the reminders and escalations of their tasks. Values are
// already formatted for the reader (dates in WITA, names of sanctions and kinds).
import type { Section } from './catalogue';

type Who = { employee: string };

export const attendanceEmailMessages = {
  'attendance.kind.izin': { id: 'izin', en: 'permission' },
  'attendance.kind.sakit': { id: 'sakit', en: 'sick leave' },
  'attendance.kind.cuti': { id: 'cuti', en: 'leave' },
  'attendance.kind.dinas-luar': { id: 'dinas luar', en: 'official travel' },
  'attendance.due': (p: { at: string }) => ({ id: `Batas waktu: ${p.at}.`, en: `Due by ${p.at}.` }),

  'attendance.taskReminder.subject': (p: { task: string }) => ({
    id: `Pengingat: ${p.task}`,
    en: `Reminder: ${p.task}`,
  }),
  'attendance.taskReminder.body': (p: Who & { task: string }) => ({
    id: `Tugas "${p.task}" untuk ${p.employee} belum diselesaikan.`,
    en: `The task "${p.task}" for ${p.employee} is not done yet.`,
  }),
  'attendance.taskEscalation.subject': (p: { task: string }) => ({
    id: `Terlambat: ${p.task}`,
    en: `Overdue: ${p.task}`,
  }),
  'attendance.taskEscalation.body': (p: Who & { task: string; assignee: string; at: string }) => ({
    id: `${p.assignee} belum menyelesaikan tugas "${p.task}" untuk ${p.employee}, yang jatuh tempo ${p.at}. Atasan yang tidak menjatuhkan hukuman disiplin dapat dijatuhi hukuman disiplin (PP 94/2021). Mohon ditindaklanjuti.`,
    en: `${p.assignee} has not done the task "${p.task}" for ${p.employee}, due ${p.at}. A superior who does not act on a disciplinary case may be sanctioned too (PP 94/2021). Please follow it up.`,
  }),

  'attendance.excuseRequested.subject': (p: Who) => ({
    id: `Permohonan izin/cuti ${p.employee}`,
    en: `${p.employee} asks for an excused absence`,
  }),
  'attendance.excuseRequested.body': (
    p: Who & { kind: string; from: string; to: string; reason: string },
  ) => ({
    id: `${p.employee} mengajukan ${p.kind} dari ${p.from} sampai ${p.to} dengan alasan: ${p.reason}. Sebagai atasan langsung, silakan menyetujui atau menolaknya.`,
    en: `${p.employee} asks for ${p.kind} from ${p.from} to ${p.to}, because: ${p.reason}. As the direct superior, please approve or refuse it.`,
  }),
  'attendance.excuseDecided.subject': (p: { approved: boolean }) => ({
    id: p.approved ? 'Permohonan izin/cuti disetujui' : 'Permohonan izin/cuti ditolak',
    en: p.approved ? 'Your excused absence is approved' : 'Your excused absence is refused',
  }),
  'attendance.excuseDecided.body': (p: {
    kind: string;
    from: string;
    to: string;
    approved: boolean;
    note: string;
  }) => ({
    id: `Permohonan ${p.kind} Anda dari ${p.from} sampai ${p.to} ${p.approved ? 'disetujui' : 'ditolak'}.${p.note ? ` Catatan: ${p.note}` : ''}`,
    en: `Your request for ${p.kind} from ${p.from} to ${p.to} is ${p.approved ? 'approved' : 'refused'}.${p.note ? ` Note: ${p.note}` : ''}`,
  }),

  'attendance.caseOpened.subject': (p: Who) => ({
    id: `Kasus disiplin kehadiran: ${p.employee}`,
    en: `Attendance discipline case: ${p.employee}`,
  }),
  'attendance.caseOpened.body': (p: Who & { year: number; days: number; sanction: string }) => ({
    id: `${p.employee} tercatat ${p.days} hari tidak masuk kerja tanpa keterangan pada tahun ${p.year}. Menurut PP 94/2021 hal ini dikenai ${p.sanction}. Sebagai atasan langsung, Anda wajib memanggil pegawai, memeriksa, dan mengusulkan hukuman disiplin.`,
    en: `${p.employee} has ${p.days} days of unexcused absence in ${p.year}. Under PP 94/2021 this calls for ${p.sanction}. As the direct superior you must summon the employee, examine, and propose the sanction.`,
  }),
  'attendance.caseNotice.subject': (p: { year: number }) => ({
    id: `Proses disiplin kehadiran tahun ${p.year}`,
    en: `Attendance discipline process, ${p.year}`,
  }),
  'attendance.caseNotice.opened': (p: { year: number; days: number }) => ({
    id: `Anda tercatat ${p.days} hari tidak masuk kerja tanpa keterangan pada tahun ${p.year}. Atasan langsung Anda akan memanggil Anda untuk pemeriksaan.`,
    en: `You have ${p.days} days of unexcused absence in ${p.year}. Your direct superior will summon you for an examination.`,
  }),
  'attendance.caseNotice.summoned': (p: { at: string; place: string }) => ({
    id: `Anda dipanggil untuk pemeriksaan pada ${p.at} di ${p.place}.`,
    en: `You are summoned for an examination on ${p.at} at ${p.place}.`,
  }),
  'attendance.caseNotice.examined': {
    id: 'Pemeriksaan Anda telah dicatat dalam berita acara.',
    en: 'Your examination has been recorded.',
  },
  'attendance.caseNotice.decided': (p: { sanction: string; reason: string }) => ({
    id: `Keputusan: ${p.sanction}. Alasan: ${p.reason}`,
    en: `Decision: ${p.sanction}. Reason: ${p.reason}`,
  }),
  'attendance.caseNotice.none': { id: 'tidak dijatuhi hukuman disiplin', en: 'no sanction' },
} satisfies Section;
