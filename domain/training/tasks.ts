// The human step of competency development: a record entered by the employee is verified by their direct
// superior (HR when they have none on the registry), with the payload that completes it.
import { verificationSchema } from './schemas';

export const trainingTasks = {
  'training-verification': {
    payload: verificationSchema,
    title: {
      id: 'Memverifikasi catatan pengembangan kompetensi',
      en: 'Verify a competency development record',
    },
  },
} as const;
export type TrainingTaskType = keyof typeof trainingTasks;
