// The inputs of attendance, one zod schema each (the API's validation and OpenAPI entry, the commands'
// types): a check-in's position, a unit's office, an excused-absence request and its approval, and the
// three steps of a disciplinary case. Every string bounded, every number in range.
import { z } from 'zod';
import { boundedText, textLimits } from '../text';
import { dateSchema } from './calendar';
import { sanctionCodes } from './rule-sets';

export const attendanceStatuses = [
  'hadir',
  'izin',
  'sakit',
  'cuti',
  'dinas-luar',
  'tanpa-keterangan',
] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const excuseKinds = ['izin', 'sakit', 'cuti', 'dinas-luar'] as const;
export type ExcuseKind = (typeof excuseKinds)[number];

export const positionSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000).optional(),
});

export const checkInSchema = z
  .strictObject({
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    accuracy: z.number().min(0).max(100_000).optional(),
  })
  .refine((p) => (p.latitude === undefined) === (p.longitude === undefined), {
    error: 'give both latitude and longitude, or neither',
    path: ['longitude'],
  });
export type CheckInInput = z.infer<typeof checkInSchema>;

export const officeSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  radiusMeters: z.number().int().min(10).max(5000),
  /** The unit asks for the browser's position at every web check-in. */
  positionRequired: z.boolean(),
});
export type OfficeInput = z.infer<typeof officeSchema>;

export const evidenceSchema = z.strictObject({
  /** What the evidence is: a doctor's letter, an SPT (travel order) number, a leave decision. */
  description: boundedText('description', textLimits.short),
  /** Its reference: a letter number, a stored document's id. */
  reference: boundedText('reference', textLimits.reference),
});

export const excuseRequestSchema = z
  .strictObject({
    kind: z.enum(excuseKinds),
    from: dateSchema,
    to: dateSchema,
    reason: boundedText('reason', textLimits.reason),
    evidence: evidenceSchema,
  })
  .refine((r) => r.from <= r.to, { error: 'from must not be after to', path: ['to'] });
export type ExcuseRequest = z.infer<typeof excuseRequestSchema>;

export const excuseApprovalSchema = z
  .strictObject({ approved: z.boolean(), note: boundedText('note', textLimits.reason).optional() })
  .refine((a) => a.approved || a.note, { error: 'a refusal needs a note', path: ['note'] });

export const summonsSchema = z.strictObject({
  /** When the employee must appear (an instant with offset). */
  appointmentAt: z.iso.datetime({ offset: true }),
  place: boundedText('place', textLimits.short),
  note: boundedText('note', textLimits.reason).optional(),
});

export const examinationSchema = z.strictObject({
  heldAt: z.iso.datetime({ offset: true }),
  findings: boundedText('findings', textLimits.reason),
  employeeStatement: boundedText('employeeStatement', textLimits.reason).optional(),
});

export const decisionSchema = z.strictObject({
  /** The band's sanction, or `none` when the examination showed the days were excused after all. */
  sanction: z.enum([...sanctionCodes, 'none']),
  reason: boundedText('reason', textLimits.reason),
});

export const disciplineTaskTypes = [
  'discipline-summons',
  'discipline-examination',
  'discipline-decision',
] as const;
export type DisciplineTaskType = (typeof disciplineTaskTypes)[number];

/** The human steps of attendance: each type's payload, for the inbox and the workflows alike. */
export const attendanceTaskPayloads = {
  'excused-absence-approval': excuseApprovalSchema,
  'discipline-summons': summonsSchema,
  'discipline-examination': examinationSchema,
  'discipline-decision': decisionSchema,
} as const;
export type AttendanceTaskType = keyof typeof attendanceTaskPayloads;

export const attendanceTasks = {
  'excused-absence-approval': {
    title: { id: 'Menyetujui izin/sakit/cuti/dinas luar', en: 'Approve an excused absence' },
  },
  'discipline-summons': {
    title: { id: 'Memanggil pegawai untuk pemeriksaan disiplin', en: 'Summon the employee (discipline)' },
  },
  'discipline-examination': {
    title: { id: 'Mencatat berita acara pemeriksaan', en: 'Record the disciplinary examination' },
  },
  'discipline-decision': {
    title: { id: 'Mengusulkan hukuman disiplin', en: 'Propose the disciplinary sanction' },
  },
} as const satisfies Record<AttendanceTaskType, { title: { id: string; en: string } }>;
