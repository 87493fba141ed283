// How a recruitment task is completed from the inbox: HR's answer to an appeal, HR's verification of
// documents and HR's correction of a refused email address go to the application's own Updates
// (decideAppeal, verifyDocuments, correctAddress), through the same commands as their routes; a
// candidate's document submission is theirs to do on their own application.
import type { z } from 'zod';
import type { TaskRecord } from '../../db/models/tasks';
import { actorOf, type Principal } from '../../domain/actor';
import {
  addressCorrectionSchema,
  appealDecisionSchema,
  documentsVerificationSchema,
} from '../../domain/recruitment/schemas';
import type { AnnouncementStage } from '../../domain/recruitment/stages';
import { badRequest, fieldErrors, forbidden } from '../errors';
import type { RecruitmentCommands } from './commands';

export function recruitmentTaskCompleter(
  commands: Pick<RecruitmentCommands, 'decideAppeal' | 'verifyDocuments' | 'correctAddress'>,
) {
  return async (principal: Principal, t: TaskRecord, payload: Record<string, unknown>) => {
    const applicationId = t.applicationId!;
    const parse = <S extends z.ZodType>(schema: S): z.infer<S> => {
      const parsed = schema.safeParse(payload);
      if (!parsed.success)
        throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
      return parsed.data;
    };
    if (t.type === 'appeal-answer') {
      const { accepted, reason } = parse(appealDecisionSchema);
      const stage = t.stepKey.split('/')[1] as AnnouncementStage;
      await commands.decideAppeal(applicationId, stage, accepted, reason, actorOf(principal));
    } else if (t.type === 'documents-verification') {
      const { accepted, reason } = parse(documentsVerificationSchema);
      await commands.verifyDocuments(applicationId, accepted, reason, actorOf(principal));
    } else if (t.type === 'address-correction') {
      const { email } = parse(addressCorrectionSchema);
      await commands.correctAddress(applicationId, email, actorOf(principal));
    } else {
      throw forbidden('the candidate submits their documents on their own application');
    }
    return { taskId: t._id, status: 'done' as const };
  };
}
