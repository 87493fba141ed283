// CSRF protection for every form (csrf-sync, the synchroniser token pattern its authors recommend with
// server-side sessions): the session holds a random token, every form carries it in `_csrf`, and a POST
// whose token is missing or different is refused with a page that says nothing was changed, before any
// command runs.
import type { RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';

const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const value: unknown = (req.body as Record<string, unknown> | undefined)?._csrf;
    return typeof value === 'string' ? value : undefined;
  },
  size: 32,
});

/** The session's form token (made and stored in the session on first use). */
export const formToken = csrf.generateToken;

/** Refuses a state-changing request without the session's token: `refuse` renders the page. */
export function csrfProtection(refuse: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || (req.session && csrf.isRequestValid(req)))
      return next();
    return refuse(req, res, next);
  };
}
