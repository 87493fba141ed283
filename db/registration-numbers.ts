// Registration numbers (nomor peserta), given when an application is confirmed, so that unconfirmed and
// expired applications never take one. Unique per cycle under concurrency and retries:
// - the claim: `registration_numbers` holds one row per numbered application (`_id` its id) with its
//   cycle and sequence, under a unique index on (cycle, sequence). That index decides: an insert at a
//   sequence already given fails, and the claim moves to the next sequence;
// - the counter: the cycle record's `lastRegistration`, raised with `$inc`, proposes where to start. On
//   MongoDB that is atomic and each confirmation gets its own proposal; FerretDB 1.24 applies concurrent
//   `findOneAndUpdate`s without isolation (50 at once gave repeated values and a counter of 14), so there
//   it is only a hint, and the index keeps the numbers unique;
// - a retry: an activity retried after its claim (a worker lost before it answered), or a twin attempt,
//   finds the application's claim and keeps that number. A sequence can be left unused (an attempt that
//   died between the counter and the claim): numbers are unique and increasing, not gap-free.
// The application's record then gets the claimed number (written only here, always the same value).
import type { Models } from './connection';
import { formatRegistrationNumber } from '../domain/recruitment/registration-number';

const isDuplicate = (err: unknown) => (err as { code?: number }).code === 11000;

/** How many taken sequences one attempt steps over before it gives up (and Temporal retries it). */
const MAX_PROBES = 1000;

async function claim(models: Models, applicationId: string, cycleCode: string): Promise<string> {
  const claimed = async () =>
    (await models.registrationNumbers.findById(applicationId, { number: 1 }).lean())?.number;
  const existing = await claimed();
  if (existing) return existing;
  const cycle = await models.cycles
    .findOneAndUpdate({ _id: cycleCode }, { $inc: { lastRegistration: 1 } }, { new: true })
    .lean();
  if (!cycle) throw new Error(`no cycle ${cycleCode} to number an application of`);
  for (let sequence = cycle.lastRegistration, probes = 0; probes < MAX_PROBES; sequence++, probes++) {
    const number = formatRegistrationNumber(cycleCode, sequence);
    try {
      await models.registrationNumbers.create({ _id: applicationId, cycleCode, sequence, number });
      // Keep the counter at or past every sequence given, so that the next proposal starts beyond it.
      await models.cycles.updateOne({ _id: cycleCode }, { $max: { lastRegistration: sequence } });
      return number;
    } catch (err) {
      if (!isDuplicate(err)) throw err;
      // A twin attempt claimed this application meanwhile (its number stands), or the sequence is taken.
      const mine = await claimed();
      if (mine) return mine;
    }
  }
  throw new Error(`no free registration sequence of ${cycleCode} found in ${MAX_PROBES} tries`);
}

export async function assignRegistrationNumber(
  models: Models,
  applicationId: string,
  cycleCode: string,
): Promise<string> {
  const number = await claim(models, applicationId, cycleCode);
  await models.applications.updateOne({ _id: applicationId }, { $set: { registrationNumber: number } });
  return number;
}
