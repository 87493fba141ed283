// The pages' server-side sessions (express-session): the cookie carries only a random session id, signed
// (SESSION_SECRET), httpOnly, SameSite=Lax, Secure unless the site is served from localhost; the session
// itself (who signed in, the form token) rests in the database's `sessions` collection. Signing in gives a
// fresh id (no fixation); a candidate's session is checked against their link on every request
// (web/access.ts), so a renewed link or a closed cycle ends it too.
import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import session, { Store, type SessionData } from 'express-session';
import type { Models } from '../db/connection';
import type { Principal } from '../domain/actor';

declare module 'express-session' {
  interface SessionData {
    /** Who signed in: a candidate through their link, staff through OpenID Connect. */
    principal: Principal;
    /** A message for the next page (after a redirect): what the last action did. */
    notice: string;
  }
}

/** How long a session lasts from sign-in (a candidate opens their link again after it). */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** How often expired sessions are removed (a filter on `expiresAt`, so not on every write). */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** express-session's store on the `sessions` collection: reads and writes by `_id` only. */
export class DatabaseStore extends Store {
  private prunedAt = 0;

  /** The models, not the model: the routes are also built on placeholders (npm run api-types). */
  constructor(private readonly models: Models) {
    super();
  }

  private get sessions() {
    return this.models.sessions;
  }

  override get(sid: string, done: (err: unknown, s?: SessionData | null) => void): void {
    this.sessions
      .findById(sid)
      .lean()
      .then((row) => {
        if (!row) return done(null, null);
        if (row.expiresAt.getTime() <= Date.now()) return this.destroy(sid, (err) => done(err, null));
        done(null, JSON.parse(row.data) as SessionData);
      }, done);
  }

  override set(sid: string, s: SessionData, done?: (err?: unknown) => void): void {
    const expiresAt = s.cookie.expires ?? new Date(Date.now() + SESSION_LIFETIME_MS);
    const fields = { data: JSON.stringify(s), expiresAt };
    // An update by `_id`, else an insert: FerretDB answers an upsert that finds nothing by a full scan.
    this.sessions
      .updateOne({ _id: sid }, { $set: fields })
      .then(async (r) => {
        if (r.matchedCount === 0)
          await this.sessions.create([{ _id: sid, ...fields }]).catch(async (err: { code?: number }) => {
            if (err.code !== 11000) throw err;
            await this.sessions.updateOne({ _id: sid }, { $set: fields });
          });
        await this.prune();
      })
      .then(() => done?.(), done);
  }

  override destroy(sid: string, done?: (err?: unknown) => void): void {
    this.sessions.deleteOne({ _id: sid }).then(() => done?.(), done);
  }

  private async prune(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    await this.sessions.deleteMany({ expiresAt: { $lt: new Date() } });
  }
}

/** Whether cookies may go without Secure: only for a site served from this machine. */
export function isLocalSite(publicUrl: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(publicUrl).hostname);
}

export function sessionMiddleware(opts: {
  models: Models;
  secret: string;
  publicUrl: string;
}): RequestHandler {
  const secure = !isLocalSite(opts.publicUrl);
  return session({
    // `__Host-`: the browser keeps it only from this very host over HTTPS, on path /.
    name: secure ? '__Host-sdm.sid' : 'sdm.sid',
    secret: opts.secret,
    store: new DatabaseStore(opts.models),
    genid: () => randomBytes(24).toString('base64url'),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure, sameSite: 'lax', path: '/', maxAge: SESSION_LIFETIME_MS },
  });
}

const promised = (run: (done: (err?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => run((err) => (err ? reject(err) : resolve())));

/** Signs `principal` in under a fresh session id (the old session, and its form token, are gone). */
export async function signIn(req: Request, principal: Principal): Promise<void> {
  await promised((done) => req.session.regenerate(done));
  req.session.principal = principal;
  await promised((done) => req.session.save(done));
}

/** The notice the last action left for this page (after its redirect), taken: the next page has none. */
export function takeNotice(req: Request): string | undefined {
  const notice = req.session?.notice;
  if (notice !== undefined) delete req.session.notice;
  return notice;
}

/**
 * Leaves `notice` for the next page and sends the reader there (303), once the session holding it is
 * stored: the next request reads it from the database.
 */
export async function redirectWithNotice(req: Request, res: Response, notice: string, to: string) {
  req.session.notice = notice;
  await promised((done) => req.session.save(done));
  res.redirect(303, to);
}

/** Ends the session (its record is removed). */
export async function signOut(req: Request): Promise<void> {
  await promised((done) => req.session.destroy(done));
}
