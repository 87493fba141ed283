// Staff sign-in for the pages: the OpenID Connect authorization code flow with PKCE (api/oidc/client.ts,
// against OIDC_ISSUER or the embedded provider alike). `GET /signin` keeps the flow's state and PKCE
// verifier in the session and sends the browser to the provider; the provider sends it back to
// `GET /signin/callback`, where the code is exchanged and the access token verified by the API's own
// `Auth` (roles claim for HR, the registry for supervisors and employees); the session then starts under a
// fresh id. `POST /signout` ends it. Only fixed staff paths are accepted as where to go after signing in.
import express, { type Request, type Response, type Router } from 'express';
import { Problem } from '../../commands/errors';
import type { StaffSignIn } from '../../api/oidc/client';
import type { Principal } from '../../domain/actor';
import { pageContext } from '../context';
import type { MessageKey } from '../../domain/messages';
import { sendPage } from '../render';
import { signIn, signOut } from '../session';
import { StaffMessagePage } from './pages';

declare module 'express-session' {
  interface SessionData {
    /** A staff sign-in under way: what the callback must match, and where to go after it. */
    signInPending: { state: string; codeVerifier: string; next: string };
  }
}

/** Where a staff member may ask to go after signing in (never an address given from outside). */
const STAFF_PATH = /^\/(hr|me)(\/[A-Za-z0-9._~/-]{0,200})?$/;

/** A staff member's home: HR's desk, or everyone else's own work. */
export const homeOf = (p: Principal) => (p.role === 'hr' ? '/hr' : '/me');

export function signInRoutes(deps: {
  signIn?: StaffSignIn;
  secure: boolean;
  limit: express.RequestHandler[];
}): { signin: Router; signout: Router } {
  const signin = express.Router();
  const signout = express.Router();
  const message = (req: Request, res: Response, key: MessageKey, status: number, retry = true) => {
    const ctx = pageContext(req, res, { secure: deps.secure });
    sendPage(
      res,
      <StaffMessagePage ctx={ctx} title={ctx.t('staff.title')} message={ctx.t(key)} signInLink={retry} />,
      status,
    );
  };

  signin.get('/', ...deps.limit, async (req, res, next) => {
    try {
      const principal = req.principal;
      if (principal && principal.role !== 'candidate') return res.redirect(303, homeOf(principal));
      if (!deps.signIn) return message(req, res, 'staff.signIn.unavailable', 503, false);
      const asked = typeof req.query.next === 'string' ? req.query.next : '';
      const lang = pageContext(req, res, { secure: deps.secure }).lang;
      const { url, pending } = await deps.signIn.startSignIn({ language: lang });
      req.session.signInPending = { ...pending, next: STAFF_PATH.test(asked) ? asked : '' };
      res.redirect(303, url.href);
    } catch (err) {
      if (err instanceof Problem && err.status === 503)
        return message(req, res, 'staff.signIn.unavailable', 503);
      next(err);
    }
  });

  signin.get('/callback', ...deps.limit, async (req, res, next) => {
    const pending = req.session?.signInPending;
    try {
      // One callback per start: a replayed or forged one finds nothing to match.
      if (!pending || !deps.signIn) return message(req, res, 'staff.signIn.failed', 400);
      delete req.session.signInPending;
      const query = new URL(req.originalUrl, 'http://callback').searchParams;
      const { principal } = await deps.signIn.finishSignIn(query, pending);
      await signIn(req, principal);
      res.redirect(303, pending.next || homeOf(principal));
    } catch (err) {
      if (err instanceof Problem && err.status === 401) return message(req, res, 'staff.signIn.failed', 401);
      if (err instanceof Problem && err.status === 403)
        return message(req, res, 'staff.signIn.notStaff', 403);
      if (err instanceof Problem && err.status === 503)
        return message(req, res, 'staff.signIn.unavailable', 503);
      next(err);
    }
  });

  signout.post('/', async (req, res) => {
    await signOut(req);
    message(req, res, 'staff.signedOut', 200);
  });
  return { signin, signout };
}
