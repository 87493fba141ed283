// The pages for people, in the same Express app as the API and over the same commands (api/app.ts mounts
// them before the API's routes). For every page: security headers with a strict Content-Security-Policy,
// the language cookie, the server-side session, form bodies (small; a document upload's multipart body with
// its one file, in memory, up to the largest document limit), the signed-in principal (a candidate's
// checked against their link on every request, as the API checks a token), CSRF protection on every POST;
// then the candidate's pages, the staff pages' entry, the public rankings, and errors as pages in the reader's language.
import cookieParser from 'cookie-parser';
import multer from 'multer';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { Problem } from '../commands/errors';
import type { CandidateLinks } from '../commands/recruitment/candidate-links';
import type { RecruitmentCommands } from '../commands/recruitment/commands';
import type { Auth } from '../api/auth';
import { publicLimits, type RateLimits } from '../api/rate-limits';
import type { Models } from '../db/connection';
import { documentMaxBytesCeiling } from '../domain/recruitment/documents';
import type { Logger } from '../runtime/logger';
import { mountAssets } from './assets';
import { candidateRoutes } from './candidate/routes';
import { MessagePage } from './candidate/pages';
import { pageContext } from './context';
import { csrfProtection } from './csrf';
import { sendPage } from './render';
import { pageSecurity } from './security';
import { isLocalSite, sessionMiddleware, signOut } from './session';
import { rankingRoutes } from './public/ranking';
import { staffRoutes } from './staff/routes';
import type { YearDeskDeps } from '../commands/appraisal/year-evidence';
import { STAGED_MAX_BYTES } from '../commands/recruitment/result-files';
import { CERTIFICATE_MAX_BYTES } from '../commands/training/records';
import { signInRoutes } from './staff/signin';
import type { StaffSignIn } from '../api/oidc/client';
import type { StaffRoles } from '../commands/org/staff-role';
import type { TaskCommands } from '../commands/tasks/inbox';
import type { AwardCommands } from '../commands/appraisal/awards';
import type { AwardExportCommands } from '../commands/appraisal/award-exports';
import type { AttendanceCommands } from '../commands/attendance/commands';
import type { TrainingCommands } from '../commands/training/commands';

export interface WebDeps {
  models: Models;
  auth: Auth;
  links: CandidateLinks;
  commands: RecruitmentCommands;
  tasks: TaskCommands;
  /** The appraisal engine's commands' dependencies (HR's year desk, web/staff/appraisal/). */
  appraisal: YearDeskDeps;
  /** The awards round's commands (web/awards/). */
  awards: { commands: AwardCommands; exports: AwardExportCommands };
  /** Attendance and competency development (web/attendance/, web/training/). */
  attendance: AttendanceCommands;
  training: TrainingCommands;
  /** Staff sign-in through the OpenID provider; without it the sign-in page says it is unavailable. */
  signIn?: StaffSignIn;
  /** Who is a supervisor or an employee now (the registry), checked on every staff request. */
  staffRoles: StaffRoles;
  logger: Logger;
  publicUrl: string;
  /** Signs the session cookie (SESSION_SECRET). */
  sessionSecret: string;
  rateLimits: RateLimits;
  applicantKeySecret: string;
}

export function mountPages(app: Express, deps: WebDeps): void {
  const secure = !isLocalSite(deps.publicUrl);
  const assets = express.Router();
  mountAssets(assets);
  app.use(assets);
  // Pages live under /candidate, /hr and /me (staff), /signin, /signout and /pengumuman (public rankings);
  // everything else is the API's.

  // The signed-in principal; a candidate's link may have been renewed or expired since sign-in.
  const signedIn: RequestHandler = async (req, res, next) => {
    try {
      const principal = req.session.principal;
      if (principal?.role === 'candidate') {
        try {
          await deps.links.admit(principal);
        } catch (err) {
          if (!(err instanceof Problem) || err.status !== 401) throw err;
          await signOut(req);
          res.locals.linkEnded = true;
          return next();
        }
      }
      // A supervisor or an employee is one by the registry now, not by what it said at sign-in.
      if (principal && principal.role !== 'candidate' && principal.role !== 'hr') {
        const role = principal.nip ? await deps.staffRoles.roleOf(principal.nip) : undefined;
        if (!role) {
          await signOut(req);
          return next();
        }
        if (role !== principal.role) req.session.principal = { ...principal, role };
      }
      req.principal = req.session?.principal;
      next();
    } catch (err) {
      next(err);
    }
  };
  const refuse = (req: Request, res: Response, status: number, key: 'error.csrf' | 'error.tooMany') => {
    const ctx = pageContext(req, res, { secure });
    sendPage(res, <MessagePage ctx={ctx} title={ctx.t('error.title')} message={ctx.t(key)} />, status);
  };
  // A form with a file (multer, in memory), parsed before the CSRF check (whose token is one of its
  // fields). A file over the limit is dropped and flagged, so that the page can say so beside the field.
  const uploads =
    (limits: multer.Options['limits'], allowed: (req: Request) => boolean = () => true): RequestHandler =>
    (req, res, next) => {
      if (!req.is('multipart/form-data') || !allowed(req)) return next();
      multer({ storage: multer.memoryStorage(), limits }).single('file')(req, res, (err: unknown) => {
        if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
          res.locals.uploadTooLarge = true;
          delete req.file;
          return next();
        }
        if (err instanceof multer.MulterError) return next(new Problem(400, 'Bad Request', err.message));
        next(err);
      });
    };
  const before: RequestHandler[] = [
    pageSecurity(secure),
    cookieParser(),
    sessionMiddleware({ models: deps.models, secret: deps.sessionSecret, publicUrl: deps.publicUrl }),
  ];
  const head: RequestHandler[] = [
    ...before,
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }),
  ];
  // HR's forms are longer (a cycle's formation rows: web/staff/cycle-form.ts), still bounded.
  const staffHead: RequestHandler[] = [
    ...before,
    express.urlencoded({ extended: false, limit: '128kb', parameterLimit: 400 }),
  ];
  const csrf = csrfProtection((req, res) => refuse(req, res, 403, 'error.csrf'));
  // A candidate's document: one file up to the largest document limit, and a few short fields.
  const common: RequestHandler[] = [
    ...head,
    uploads({ files: 1, fileSize: documentMaxBytesCeiling + 1, fields: 4, fieldSize: 1024, parts: 5 }),
    signedIn,
    csrf,
  ];
  // HR's results files: larger, and parsed only for a signed-in HR officer (nobody else makes the
  // server hold 15 MB).
  const staffCommon: RequestHandler[] = [
    ...staffHead,
    signedIn,
    uploads(
      { files: 1, fileSize: STAGED_MAX_BYTES + 1, fields: 20, fieldSize: 2048, parts: 21 },
      (req) => req.principal?.role === 'hr',
    ),
    csrf,
  ];

  const limits = publicLimits(deps.rateLimits, deps.applicantKeySecret, (req, res, problem) => {
    if (problem.retryAfter !== undefined) res.setHeader('Retry-After', String(problem.retryAfter));
    refuse(req, res, 429, 'error.tooMany');
  });
  const notFound: RequestHandler = (req, res) => {
    const ctx = pageContext(req, res, { secure });
    sendPage(
      res,
      <MessagePage ctx={ctx} title={ctx.t('error.notFound')} message={ctx.t('error.notFound')} />,
      404,
    );
  };
  const tail = [notFound, pageErrors(deps.logger, secure)];
  app.use(
    '/candidate',
    ...common,
    candidateRoutes({ auth: deps.auth, links: deps.links, commands: deps.commands, limits, secure }),
    ...tail,
  );
  const staff = staffRoutes({
    models: deps.models,
    commands: deps.commands,
    tasks: deps.tasks,
    appraisal: deps.appraisal,
    awards: deps.awards,
    attendance: deps.attendance,
    training: deps.training,
    secure,
  });
  app.use('/hr', ...staffCommon, staff.hr, ...tail);
  // A staff member's own forms: an SKP of up to 10 rows of three texts (web/me/skp-form.tsx), still bounded.
  const meCommon: RequestHandler[] = [
    ...before,
    express.urlencoded({ extended: false, limit: '96kb', parameterLimit: 40 }),
    signedIn,
    // A training certificate (web/training/): one file, parsed only for a signed-in reader of that section.
    uploads(
      { files: 1, fileSize: CERTIFICATE_MAX_BYTES + 1, fields: 20, fieldSize: 4096, parts: 21 },
      (req) => req.principal !== undefined && req.path.startsWith('/training/'),
    ),
    csrf,
  ];
  app.use('/me', ...meCommon, staff.me, ...tail);
  const signing = signInRoutes({ signIn: deps.signIn, secure, limit: limits.rankings });
  app.use('/signin', ...common, signing.signin, ...tail);
  app.use('/signout', ...common, signing.signout, ...tail);
  // The public rankings: no sign-in, limited per client IP as the public ranking API is.
  app.use(
    '/pengumuman',
    ...limits.rankings,
    ...common,
    rankingRoutes({ commands: deps.commands, secure }),
    ...tail,
  );
}

/** The status of a form body the parser refused (too large, too many fields): the sender's error. */
function refusedBodyStatus(err: unknown): number | undefined {
  const e = err as { expose?: unknown; status?: unknown } | null;
  return e?.expose === true && typeof e.status === 'number' && e.status >= 400 && e.status < 500
    ? e.status
    : undefined;
}

/**
 * An error as a page: a command's refusal by its status, a body the parser refused by its 4xx, anything
 * else logged and a 500.
 */
function pageErrors(logger: Logger, secure: boolean): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const status = err instanceof Problem ? err.status : (refusedBodyStatus(err) ?? 500);
    if (status >= 500) (req.log ?? logger).error({ err }, 'page failed');
    if (res.headersSent) return;
    const ctx = pageContext(req, res, { secure });
    const message =
      status === 403
        ? ctx.t('error.forbidden')
        : status === 404
          ? ctx.t('error.notFound')
          : ctx.t('error.retry');
    sendPage(res, <MessagePage ctx={ctx} title={ctx.t('error.title')} message={message} />, status);
  };
}
