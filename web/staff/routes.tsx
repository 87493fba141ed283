// The staff pages' entry (/hr): the seam for staff sign-in through OpenID Connect, which signs a staff
// principal in with web/session.ts `signIn` (a role from the token's claims). Until then it says who the
// pages are for; a candidate's session is refused here, as on every staff page.
import express, { type Router } from 'express';
import { MessagePage } from '../candidate/pages';
import { pageContext } from '../context';
import { sendPage } from '../render';

const STAFF_ROLES = ['hr', 'supervisor', 'employee'];

export function staffRoutes(opts: { secure: boolean }): Router {
  const router = express.Router();
  router.get('/', (req, res) => {
    const ctx = pageContext(req, res, { secure: opts.secure });
    const role = req.principal?.role;
    if (role && !STAFF_ROLES.includes(role))
      return sendPage(
        res,
        <MessagePage ctx={ctx} title={ctx.t('staff.title')} message={ctx.t('error.forbidden')} signOut />,
        403,
      );
    sendPage(
      res,
      <MessagePage ctx={ctx} title={ctx.t('staff.title')} message={ctx.t('staff.signIn')} />,
      role ? 200 : 401,
    );
  });
  return router;
}
