// The staff pages: a staff member's own work (`/me`, every signed-in employee or supervisor, web/me/; their
// role checked against the registry on every request, web/router.tsx) and HR's desk (`/hr`, HR only), over
// the same commands as the API. Without a staff session a page sends the reader to sign in and back; a
// candidate's session, or a staff member without the role, is refused.
import express, { type Request, type Response, type Router } from 'express';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { Models } from '../../db/connection';
import type { Principal, Role } from '../../domain/actor';
import { z } from 'zod';
import { idParams } from '../../api/routes/recruitment/shared';
import { documentKinds } from '../../domain/recruitment/documents';
import { documentDownloadHeaders } from '../../commands/recruitment/documents';
import { notFound } from '../../commands/errors';
import { pageContext } from '../context';
import { sendPage } from '../render';
import { resultsRoutes } from './results';
import { applicationsRoutes } from './applications';
import { cyclesRoutes } from './cycles';
import { dashboardRoutes } from './dashboard';
import { exportsRoutes } from './exports';
import { evidenceRoutes } from './evidence';
import { stagesRoutes } from './stages';
import { appealsRoutes } from './appeals';
import { verificationRoutes } from './verification';
import { HrApplicationPage, HrHomePage, StaffMessagePage } from './pages';
import { meRoutes } from '../me/routes';
// HR's appraisal year desk (issue 12).
import type { YearDeskDeps } from '../../commands/appraisal/year-evidence';
import { appraisalDeskDeps } from './appraisal/deps';
import { appraisalDeskRoutes } from './appraisal/routes';
import type { AwardCommands } from '../../commands/appraisal/awards';
import type { AwardExportCommands } from '../../commands/appraisal/award-exports';
import { hrAwardsRoutes } from '../awards/hr-page';
import { meAwardsRoutes } from '../awards/me-page';
import type { AttendanceCommands } from '../../commands/attendance/commands';
import type { TrainingCommands } from '../../commands/training/commands';
import { hrAttendanceRoutes } from '../attendance/hr-routes';
import { meAttendanceRoutes } from '../attendance/me-routes';
import { hrTrainingRoutes } from '../training/hr-routes';
import { meTrainingRoutes } from '../training/me-routes';
import type { SectionDeps } from './section';

export interface StaffRouteDeps {
  models: Models;
  commands: RecruitmentCommands;
  tasks: TaskCommands;
  secure: boolean;
  /** The appraisal engine's commands' dependencies (`/me`'s pages and HR's year desk). */
  appraisal: YearDeskDeps;
  /** The awards round's commands (web/awards/). */
  awards: { commands: AwardCommands; exports: AwardExportCommands };
  attendance: AttendanceCommands;
  training: TrainingCommands;
}

export function staffRoutes(deps: StaffRouteDeps) {
  const ctxOf = (req: Request, res: Response) => pageContext(req, res, { secure: deps.secure });

  /** The staff principal when their role is one of `roles`; otherwise answers (sign in, or refused). */
  function staff(req: Request, res: Response, roles: Role[]): Principal | undefined {
    const p = req.principal;
    if (p && roles.includes(p.role)) return p;
    if (!p) {
      res.redirect(303, `/signin?next=${encodeURIComponent(req.originalUrl.split('?')[0]!)}`);
      return undefined;
    }
    const ctx = ctxOf(req, res);
    sendPage(
      res,
      <StaffMessagePage ctx={ctx} title={ctx.t('staff.title')} message={ctx.t('error.forbidden')} />,
      403,
    );
    return undefined;
  }

  // A staff member's own work: its own router (web/me/routes.tsx), behind the employee's guard.
  const me: Router = meRoutes({
    appraisal: deps.appraisal,
    tasks: deps.tasks,
    secure: deps.secure,
    staff: (req, res) => staff(req, res, ['supervisor', 'employee']),
  });

  const hr: Router = express.Router();
  hr.get('/', async (req, res) => {
    const principal = staff(req, res, ['hr']);
    if (!principal) return;
    const cycles = await deps.models.cycles
      .find({}, { title: 1, phase: 1 })
      .sort({ _id: -1 })
      .limit(100)
      .lean();
    const data = {
      principal,
      cycles: cycles.map((c) => ({ code: String(c._id), title: c.title, phase: String(c.phase) })),
    };
    sendPage(res, <HrHomePage ctx={ctxOf(req, res)} data={data} />);
  });
  // The desk's form asks by query; the page itself has its own address.
  hr.get('/recruitment/applications', (req, res) => {
    if (!staff(req, res, ['hr'])) return;
    const id = idParams.shape.id.safeParse(typeof req.query.id === 'string' ? req.query.id.trim() : '');
    res.redirect(303, id.success ? `/hr/recruitment/applications/${id.data}` : '/hr');
  });
  hr.get('/recruitment/applications/:id', async (req, res) => {
    const principal = staff(req, res, ['hr']);
    if (!principal) return;
    const id = idParams.shape.id.safeParse(req.params.id);
    if (!id.success) throw notFound('no such application');
    const [app, documents, emails, audit] = await Promise.all([
      deps.commands.getApplication(principal, id.data),
      deps.commands.listDocuments(principal, id.data),
      deps.commands.applicationEmails(principal, id.data),
      deps.commands.applicationAudit(principal, id.data),
    ]);
    sendPage(
      res,
      <HrApplicationPage
        ctx={ctxOf(req, res)}
        principal={principal}
        app={app}
        documents={documents}
        emails={emails}
        audit={audit}
      />,
    );
  });
  // A candidate's file, opened in the browser's own viewer: inline, never sniffed, sandboxed (nothing in
  // it runs in our origin). The API's download of the same file stays an attachment.
  hr.get('/recruitment/applications/:id/documents/:kind', async (req, res) => {
    const principal = staff(req, res, ['hr']);
    if (!principal) return;
    const id = idParams.shape.id.safeParse(req.params.id);
    const kind = z.enum(documentKinds).safeParse(req.params.kind);
    if (!id.success || !kind.success) throw notFound('no such document');
    const doc = await deps.commands.readDocument(principal, id.data, kind.data);
    for (const [k, v] of Object.entries(
      documentDownloadHeaders(kind.data, doc.contentType, {
        inline: true,
      }),
    ))
      res.setHeader(k, v);
    res.send(doc.bytes);
  });
  // The desk's sections, each its own router over the same deps and HR's guard.
  const desk = {
    commands: deps.commands,
    tasks: deps.tasks,
    models: deps.models,
    secure: deps.secure,
    hr: (req: Request, res: Response) => staff(req, res, ['hr']),
  };
  // The cycles first: `/cycles/new` is the form, not a cycle's code.
  for (const section of [
    cyclesRoutes,
    applicationsRoutes,
    resultsRoutes,
    exportsRoutes,
    evidenceRoutes,
    stagesRoutes,
    appealsRoutes,
    verificationRoutes,
    dashboardRoutes,
  ])
    hr.use('/recruitment', section(desk));

  // ---- Awards (penghargaan, web/awards/): the unit head's nominations and the employee's own awards
  // under /me/awards, HR's committee under /hr/appraisal/years/<year>/awards.
  me.use(
    meAwardsRoutes({
      awards: deps.awards.commands,
      secure: deps.secure,
      me: (req, res) => staff(req, res, ['supervisor', 'employee']),
    }),
  );
  hr.use(
    '/appraisal',
    hrAwardsRoutes({
      awards: deps.awards.commands,
      exports: deps.awards.exports,
      secure: deps.secure,
      hr: (req, res) => staff(req, res, ['hr']),
    }),
  );
  // ---- end of awards
  // HR's appraisal year desk (issue 12): the organisation import, opening a year, its dashboard,
  // calibration, downloads and merit-system evidence.
  hr.use('/appraisal', appraisalDeskRoutes(appraisalDeskDeps(deps.appraisal, desk)));

  // ---- Attendance (web/attendance/) and competency development (web/training/): the employee's and the
  // supervisor's pages under /me, HR's under /hr.
  const section = (guard: (req: Request, res: Response) => Principal | undefined): SectionDeps => ({
    attendance: deps.attendance,
    training: deps.training,
    tasks: deps.tasks,
    models: deps.models,
    secure: deps.secure,
    guard,
  });
  const asStaff = section((req, res) => staff(req, res, ['supervisor', 'employee']));
  const asHr = section((req, res) => staff(req, res, ['hr']));
  me.use('/attendance', meAttendanceRoutes(asStaff));
  me.use('/training', meTrainingRoutes(asStaff));
  hr.use('/attendance', hrAttendanceRoutes(asHr));
  hr.use('/training', hrTrainingRoutes(asHr));
  return { me, hr };
}
