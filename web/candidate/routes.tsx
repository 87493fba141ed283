// The candidate's page routes, each a few lines over the recruitment commands (the same commands, checks
// and audit as the JSON API): the personal link exchanged for a session (and an unconfirmed application
// confirmed by it), the status page, the appeal and the withdrawal forms, the document uploads and their
// submission, signing out, and "send my link again". A refused command changes nothing and its refusal is shown beside the form, in the reader's
// language.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { Problem, unauthorized } from '../../commands/errors';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import { candidateStatus } from '../../domain/recruitment/candidate-status';
import {
  documentFormats,
  documentKindOf,
  documentKinds,
  documentWindowOpen,
  formatBytes,
} from '../../domain/recruitment/documents';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { appealSchema, linkRecoverySchema, withdrawalSchema } from '../../domain/recruitment/schemas';
import { announcementStages, type AnnouncementStage } from '../../domain/recruitment/stages';
import { textLimits } from '../../domain/text';
import type { Auth } from '../../api/auth';
import type { PublicLimits } from '../../api/rate-limits';
import type { CandidateLinks } from '../../commands/recruitment/candidate-links';
import { pageContext } from '../context';
import type { MessageKey } from '../../domain/messages';
import { sendPage } from '../render';
import {
  redirectWithNotice as redirectWithSessionNotice,
  signIn,
  signOut,
  takeNotice as takeSessionNotice,
} from '../session';
import type { DocumentsError } from './documents';
import { MessagePage, RecoverPage, StatusPage, WithdrawPage, type CandidateData } from './pages';

export interface CandidateRouteDeps {
  auth: Auth;
  links: CandidateLinks;
  commands: RecruitmentCommands;
  limits: PublicLimits;
  secure: boolean;
}

/** The longest link token accepted (a candidate token is about 300 characters). */
const MAX_TOKEN_LENGTH = 2000;

const appealForm = appealSchema.extend({
  stage: z.enum(announcementStages),
});

/** The form's fields without its CSRF token (already checked), as the command's schema expects them. */
function fields<K extends string>(req: Request, names: readonly K[]): Record<K, unknown> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const out = Object.create(null) as Record<K, unknown>;
  for (const n of names) out[n] = body[n];
  return out;
}

export function candidateRoutes(deps: CandidateRouteDeps): Router {
  const { commands } = deps;
  const router = express.Router();
  const ctxOf = (req: Request, res: Response, form = false) =>
    pageContext(req, res, { secure: deps.secure, form });
  const candidate = (req: Request): (Principal & { app: string }) | undefined =>
    req.principal?.role === 'candidate' && req.principal.app
      ? (req.principal as Principal & { app: string })
      : undefined;

  /** Without a candidate session: how to get one (or, for staff, that this is not their page). */
  function noCandidate(req: Request, res: Response) {
    const ctx = ctxOf(req, res);
    if (req.principal)
      return sendPage(
        res,
        <MessagePage ctx={ctx} title={ctx.t('error.notFound')} message={ctx.t('error.forbidden')} />,
        403,
      );
    const ended = res.locals.linkEnded === true;
    sendPage(
      res,
      <MessagePage
        ctx={ctx}
        title={ended ? ctx.t('candidate.link.invalid') : ctx.t('candidate.title')}
        message={ended ? ctx.t('candidate.link.invalidWhy') : ctx.t('candidate.noSession')}
        recoverLink
      />,
      ended ? 401 : 200,
    );
  }

  async function statusOf(p: Principal & { app: string }) {
    const data = await commands.candidateStatus(p, p.app);
    const open = documentWindowOpen(
      data.application as { status: ApplicationStatus; deadlines?: Record<string, string> },
      Date.now(),
    );
    const documents = open ? { data: await commands.listDocuments(p, p.app) } : undefined;
    return { data, status: statusFor(data), documents };
  }

  /** The status page again with a refusal beside the document form it is about; nothing was changed. */
  async function refuseDocuments(
    req: Request,
    res: Response,
    p: Principal & { app: string },
    code: number,
    error: (ctx: ReturnType<typeof ctxOf>, rule?: { maxBytes: number; accepts: string[] }) => DocumentsError,
    kind?: string,
  ) {
    const { data, status, documents } = await statusOf(p);
    const ctx = ctxOf(req, res);
    if (!documents)
      return sendPage(
        res,
        <MessagePage
          ctx={ctx}
          title={ctx.t('candidate.documents')}
          message={ctx.t('candidate.documents.closed')}
        />,
        409,
      );
    const rule = documents.data.documents.find((d) => d.kind === kind);
    sendPage(
      res,
      <StatusPage
        ctx={ctx}
        data={data}
        status={status}
        documents={{ ...documents, error: error(ctx, rule) }}
      />,
      code,
    );
  }

  /** Takes the notice the last action left for this page (shown once). */
  function takeNotice(req: Request): MessageKey | undefined {
    return takeSessionNotice(req) as MessageKey | undefined;
  }

  const redirectWithNotice = (req: Request, res: Response, notice: MessageKey) =>
    redirectWithSessionNotice(req, res, notice, '/candidate');

  // The personal link of every email: the token becomes a session and leaves the address bar (303).
  router.get('/link', async (req, res) => {
    const token =
      typeof req.query.t === 'string' && req.query.t.length <= MAX_TOKEN_LENGTH ? req.query.t : '';
    let principal: Principal;
    let confirmed = false;
    try {
      principal = await deps.auth.verify(`Bearer ${token}`);
      if (principal.role !== 'candidate' || !principal.app) throw unauthorized('not a candidate link');
      await deps.links.admit(principal);
      const app = await commands.getApplication(principal, principal.app);
      // Opening the link mailed to the address given is what confirms the application.
      if (app.status === 'unconfirmed') {
        await commands.confirm(principal, principal.app);
        confirmed = true;
      }
    } catch (err) {
      if (!(err instanceof Problem) || ![401, 403, 404, 409].includes(err.status)) throw err;
      const ctx = ctxOf(req, res);
      return sendPage(
        res,
        <MessagePage
          ctx={ctx}
          title={ctx.t('candidate.link.invalid')}
          message={ctx.t('candidate.link.invalidWhy')}
          recoverLink
        />,
        401,
      );
    }
    await signIn(req, principal);
    if (confirmed) return await redirectWithNotice(req, res, 'candidate.confirmed');
    res.redirect(303, '/candidate');
  });

  router.get('/', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const { data, status, documents } = await statusOf(p);
    const notice = takeNotice(req);
    sendPage(
      res,
      <StatusPage ctx={ctxOf(req, res)} data={data} status={status} notice={notice} documents={documents} />,
    );
  });

  router.post('/appeal', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const form = fields(req, ['stage', 'reason'] as const);
    const parsed = appealForm.safeParse(form);
    const stage = (announcementStages as readonly unknown[]).includes(form.stage)
      ? (form.stage as AnnouncementStage)
      : 'administration';
    const typed = typeof form.reason === 'string' ? form.reason.slice(0, textLimits.reason) : '';
    const refuse = async (message: string, code: number) => {
      const { data, status, documents } = await statusOf(p);
      sendPage(
        res,
        <StatusPage
          ctx={ctxOf(req, res)}
          data={data}
          status={status}
          documents={documents}
          appealError={{ stage, message, reason: typed }}
        />,
        code,
      );
    };
    const ctx = ctxOf(req, res);
    if (!parsed.success)
      return await refuse(ctx.t('candidate.reason.invalid', { max: textLimits.reason }), 400);
    try {
      await commands.appeal(p, p.app, parsed.data.stage, parsed.data.reason);
    } catch (err) {
      if (!(err instanceof Problem) || err.status !== 409) throw err;
      if (err.retryAfter !== undefined) res.setHeader('Retry-After', String(err.retryAfter));
      return await refuse(
        ctx.t(err.retryAfter !== undefined ? 'candidate.appeal.announcing' : 'candidate.appeal.refused'),
        409,
      );
    }
    await redirectWithNotice(req, res, 'candidate.appeal.filed');
  });

  // One document's file (multipart, the same command as the API's PUT): refused beside its form.
  router.post('/documents/upload', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const kind = documentKindOf((req.body as Record<string, unknown> | undefined)?.kind);
    const max = (rule?: { maxBytes: number }) => formatBytes(rule?.maxBytes ?? 0);
    const typeOf = (rule?: { accepts: string[] }) =>
      rule?.accepts.includes(documentFormats.jpeg) ? 'JPEG' : 'PDF';
    const refuse = (code: number, error: Parameters<typeof refuseDocuments>[4]) =>
      refuseDocuments(req, res, p, code, error, kind);
    if (!kind) return await refuse(400, (ctx) => ({ message: ctx.t('candidate.documents.empty') }));
    if (res.locals.uploadTooLarge === true)
      return await refuse(413, (ctx, rule) => ({
        kind,
        message: ctx.t('candidate.documents.tooLarge', { max: max(rule) }),
      }));
    if (!req.file?.size)
      return await refuse(400, (ctx) => ({ kind, message: ctx.t('candidate.documents.empty') }));
    try {
      await commands.uploadDocument(p, p.app, kind, req.file.buffer);
    } catch (err) {
      if (!(err instanceof Problem) || ![400, 409, 413, 415].includes(err.status)) throw err;
      const status = err.status;
      return await refuse(status, (ctx, rule) => ({
        kind,
        message:
          status === 413
            ? ctx.t('candidate.documents.tooLarge', { max: max(rule) })
            : status === 415
              ? ctx.t('candidate.documents.wrongType', { type: typeOf(rule) })
              : status === 409
                ? ctx.t('candidate.documents.closed')
                : ctx.t('candidate.documents.empty'),
      }));
    }
    await redirectWithNotice(req, res, 'candidate.documents.done');
  });

  // Submits the files the page showed (their references): refused when one is missing or was replaced.
  router.post('/documents/submit', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const form = fields(
      req,
      documentKinds.map((k) => `ref-${k}` as const),
    );
    const documents = documentKinds.flatMap((kind) => {
      const reference = form[`ref-${kind}`];
      return typeof reference === 'string' && reference.length <= textLimits.reference
        ? [{ kind, reference }]
        : [];
    });
    try {
      await commands.submitDocuments(p, p.app, documents);
    } catch (err) {
      if (!(err instanceof Problem) || err.status !== 409) throw err;
      return await refuseDocuments(req, res, p, 409, (ctx) => ({
        message: ctx.t('candidate.documents.stale'),
      }));
    }
    await redirectWithNotice(req, res, 'candidate.documents.submitted');
  });

  router.get('/withdraw', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const { status } = await statusOf(p);
    sendPage(res, <WithdrawPage ctx={ctxOf(req, res)} status={status} />);
  });

  router.post('/withdraw', async (req, res) => {
    const p = candidate(req);
    if (!p) return noCandidate(req, res);
    const form = fields(req, ['reason'] as const);
    const parsed = withdrawalSchema.safeParse(form);
    const ctx = ctxOf(req, res);
    const typed = typeof form.reason === 'string' ? form.reason.slice(0, textLimits.reason) : '';
    const refuse = async (error: string, code: number) => {
      const { status } = await statusOf(p);
      sendPage(res, <WithdrawPage ctx={ctx} status={status} error={error} reason={typed} />, code);
    };
    if (!parsed.success)
      return await refuse(ctx.t('candidate.reason.invalid', { max: textLimits.reason }), 400);
    try {
      await commands.withdraw(p, p.app, parsed.data.reason);
    } catch (err) {
      if (!(err instanceof Problem) || err.status !== 409) throw err;
      return await refuse(ctx.t('candidate.withdraw.refused'), 409);
    }
    await redirectWithNotice(req, res, 'candidate.withdraw.done');
  });

  router.post('/signout', async (req, res) => {
    await signOut(req);
    res.redirect(303, '/candidate');
  });

  router.get('/recover', (req, res) => {
    sendPage(res, <RecoverPage ctx={ctxOf(req, res, true)} />);
  });

  router.post('/recover', ...deps.limits.recover, (req, res) => {
    const ctx = ctxOf(req, res, true);
    const form = fields(req, ['nik', 'birthDate', 'email'] as const);
    const parsed = linkRecoverySchema.safeParse(form);
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
    if (!parsed.success)
      return sendPage(
        res,
        <RecoverPage
          ctx={ctx}
          error={ctx.t('candidate.recover.invalid')}
          values={{
            nik: text(form.nik, 16),
            birthDate: text(form.birthDate, 10),
            email: text(form.email, 254),
          }}
        />,
        400,
      );
    // The same answer, at once, whether or not anything matched: the renewal (if any) runs behind it.
    commands.recoverLinks(parsed.data).then(
      ({ renewed }) => req.log.info({ renewed }, 'link recovery'),
      (err: unknown) => req.log.error({ err }, 'link recovery failed'),
    );
    sendPage(res, <RecoverPage ctx={ctx} sent />);
  });

  return router;
}

function statusFor(data: CandidateData) {
  return candidateStatus(
    {
      status: data.application.status,
      appeals: data.application.appeals,
      deadlines: data.application.deadlines,
      budgetYear: data.cycle.budgetYear,
      withdrawalBanBudgetYears: data.cycle.withdrawalBanBudgetYears,
    },
    Date.now(),
  );
}
