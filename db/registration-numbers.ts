// Registration numbers (nomor peserta), given when an application is confirmed, so that unconfirmed and
// expired applications never take one. Unique per cycle under concurrency and retries:
// - the sequence comes from the cycle record's counter, raised by one atomically (`findOneAndUpdate` with
//   `$inc`, by `_id`), so two confirmations at once never get the same one;
// - the number is then claimed in `registration_numbers` under the application's id, whose unique index on
//   (cycle, sequence) is the database's own guarantee; a retried activity (or a twin attempt) finds the
//   claim of the attempt before it and keeps that number, at the cost of a gap in the sequence when an
//   attempt died between the counter and the claim;
// - the application's record gets the claimed number (written only by this, and always the same value).
import type { Models } from './connection';
import { formatRegistrationNumber } from '../domain/recruitment/registration-number';

const isDuplicate = (err: unknown) => (err as { code?: number }).code === 11000;

export async function assignRegistrationNumber(
  models: Models,
  applicationId: string,
  cycleCode: string,
): Promise<string> {
  const claimed = async () =>
    (await models.registrationNumbers.findById(applicationId, { number: 1 }).lean())?.number;
  let number = await claimed();
  if (!number) {
    const cycle = await models.cycles
      .findOneAndUpdate({ _id: cycleCode }, { $inc: { lastRegistration: 1 } }, { new: true })
      .lean();
    if (!cycle) throw new Error(`no cycle ${cycleCode} to number an application of`);
    const candidate = formatRegistrationNumber(cycleCode, cycle.lastRegistration);
    try {
      await models.registrationNumbers.create({
        _id: applicationId,
        cycleCode,
        sequence: cycle.lastRegistration,
        number: candidate,
      });
      number = candidate;
    } catch (err) {
      // Claimed meanwhile by a twin attempt: its number stands (this sequence is left unused).
      if (!isDuplicate(err)) throw err;
      number = await claimed();
      if (!number) throw err;
    }
  }
  await models.applications.updateOne({ _id: applicationId }, { $set: { registrationNumber: number } });
  return number;
}
