// HR's programmes (e.g. project management, public service) with dates, JP and seats: HR creates them,
// employees enrol (HR may enrol someone), HR marks who completed, which makes each one's record, verified.
// A seat is taken by one atomic conditional update of the programme (seats left and not yet enrolled), so
// that concurrent enrolments never exceed the seats and the same employee twice holds one seat.
import type { ProgrammeDoc } from '../../db/models/training';
import type { Principal } from '../../domain/actor';
import type { TrainingKind } from '../../domain/training/rule-sets';
import type { ProgrammeInput } from '../../domain/training/schemas';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { requireEmployeeAccess } from './access';
import type { TrainingDeps } from './deps';
import { recordIdOf, recordView } from './records';

type Programme = ProgrammeDoc & { _id: string };

const view = (p: {
  _id: string;
  year: number;
  title: string;
  provider: string;
  kind: string;
  startDate: string;
  endDate: string;
  jp: number;
  seats: number;
  enrolledCount: number;
}) => ({
  code: p._id,
  year: p.year,
  title: p.title,
  provider: p.provider,
  kind: p.kind,
  startDate: p.startDate,
  endDate: p.endDate,
  jp: p.jp,
  seats: p.seats,
  enrolled: p.enrolledCount,
  seatsLeft: Math.max(0, p.seats - p.enrolledCount),
});

export function programmeCommands(deps: TrainingDeps) {
  const { models } = deps;
  const clock = deps.clock ?? (() => new Date());

  async function programmeOrThrow(code: string) {
    const p = await models.trainingProgrammes.findById(code).lean<Programme>();
    if (!p) throw notFound('no such programme');
    return p;
  }

  return {
    /** Creates a programme; the same code again with the same content is the same one, otherwise 409. */
    async createProgramme(principal: Principal, input: ProgrammeInput) {
      const doc = {
        _id: input.code,
        year: Number(input.startDate.slice(0, 4)),
        title: input.title,
        provider: input.provider,
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate,
        jp: input.jp,
        seats: input.seats,
        createdBy: principal.sub,
      };
      try {
        await models.trainingProgrammes.create([{ ...doc, enrolled: [], enrolledCount: 0 }]);
        return { ...view({ ...doc, enrolledCount: 0 }), created: true };
      } catch (err) {
        if ((err as { code?: number }).code !== 11000) throw err;
        const p = await programmeOrThrow(input.code);
        const same = (['title', 'provider', 'kind', 'startDate', 'endDate', 'jp', 'seats'] as const).every(
          (k) => p[k] === doc[k],
        );
        if (!same) throw conflict(`programme ${input.code} exists with other details`);
        return { ...view(p), created: false };
      }
    },

    async listProgrammes(_principal: Principal, year: number) {
      const rows = await models.trainingProgrammes
        .find({ year }, { enrolled: 0 })
        .sort({ startDate: 1, _id: 1 })
        .lean<Programme[]>();
      return rows.map(view);
    },

    /** Enrols the caller (or, for HR, `nip`): one seat each, refused with 409 when the programme is full. */
    async enrol(principal: Principal, code: string, input: { nip?: string }) {
      const nip = input.nip ?? principal.nip;
      if (!nip) throw badRequest('name whom to enrol', [{ path: 'body.nip', message: 'required for HR' }]);
      if (principal.role !== 'hr' && nip !== principal.nip)
        throw forbidden('an employee enrols only themselves');
      await requireEmployeeAccess(models, principal, nip);
      const p = await programmeOrThrow(code);
      // One document, one conditional update: a seat left, and this NIP not holding one yet.
      const taken = await models.trainingProgrammes.updateOne(
        { _id: code, seats: p.seats, enrolledCount: { $lt: p.seats }, enrolled: { $ne: nip } },
        { $push: { enrolled: nip }, $inc: { enrolledCount: 1 } },
      );
      if (taken.modifiedCount === 0) {
        const now = await programmeOrThrow(code);
        if (!now.enrolled.includes(nip)) throw conflict(`programme ${code} is full (${now.seats} seats)`);
      }
      // The enrolment's own record (a retry after a crash between the two writes finds the seat held).
      await models.trainingEnrolments.updateOne(
        { _id: `${code}/${nip}` },
        { $setOnInsert: { programmeCode: code, nip, status: 'enrolled', enrolledAt: clock() } },
        { upsert: true },
      );
      const e = (await models.trainingEnrolments.findById(`${code}/${nip}`).lean())!;
      return { programmeCode: code, nip, status: e.status, enrolledAt: new Date(e.enrolledAt).toISOString() };
    },

    async listEnrolments(_principal: Principal, code: string) {
      await programmeOrThrow(code);
      const rows = await models.trainingEnrolments.find({ programmeCode: code }).sort({ nip: 1 }).lean();
      return rows.map((e) => ({ nip: e.nip, status: e.status }));
    },

    /**
     * HR marks who completed: each one's record of the programme is made, verified by HR (the same NIP
     * again changes nothing). A NIP not enrolled is refused, and then nothing is marked.
     */
    async complete(principal: Principal, code: string, input: { nips: string[] }) {
      const p = await programmeOrThrow(code);
      const missing = input.nips.filter((n) => !p.enrolled.includes(n));
      if (missing.length)
        throw conflict(`not enrolled in ${code}: ${missing.join(', ')}`, { notEnrolled: missing });
      const employees = new Map(
        (await models.employees.find({ _id: { $in: input.nips } }, { unitCode: 1 }).lean()).map((e) => [
          e._id,
          e.unitCode,
        ]),
      );
      const at = clock();
      const records = [];
      for (const nip of input.nips) {
        const id = recordIdOf(nip, { ...p, kind: p.kind as TrainingKind });
        await models.trainingRecords.updateOne(
          { _id: id },
          {
            $setOnInsert: {
              year: p.year,
              nip,
              unitCode: employees.get(nip) ?? 'UNKNOWN',
              kind: p.kind,
              title: p.title,
              provider: p.provider,
              startDate: p.startDate,
              endDate: p.endDate,
              jp: p.jp,
              source: 'programme',
              programmeCode: code,
              status: 'verified',
              enteredBy: principal.sub,
              decidedBy: principal.sub,
              decidedAt: at,
              note: null,
              certificate: null,
              taskId: null,
            },
          },
          { upsert: true },
        );
        await models.trainingEnrolments.updateOne(
          { _id: `${code}/${nip}`, status: 'enrolled' },
          { $set: { status: 'completed', completedAt: at } },
        );
        records.push(recordView((await models.trainingRecords.findById(id).lean())!));
      }
      await deps.audit.append({
        key: `training-programme/${code}/completion/${at.getTime()}`,
        at: at.toISOString(),
        actor: principal.sub,
        role: principal.role,
        action: 'training.programme.completed',
        subject: `training-programme/${code}`,
        after: { nips: input.nips.length },
      });
      return { programmeCode: code, records };
    },
  };
}
