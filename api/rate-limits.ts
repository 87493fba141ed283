// Rate limits on the public recruitment endpoints (express-rate-limit): per client IP on applying and on
// the public rankings, and for applications also per NIK and per email address, counted under a keyed hash
// of the value (never the value itself), so that no one's mailbox is flooded and no NIK is probed. Over a
// limit: 429 problem+json with Retry-After. The counters live in each API process's memory.
import { createHmac } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, type Options } from 'express-rate-limit';
import { Problem } from '../commands/errors';
import { durationMs } from '../domain/time';
import type { defaultRateLimits } from '../runtime/config';
import { sendProblem } from './problem';

export type RateLimits = typeof defaultRateLimits;

export interface PublicLimits {
  /** The public rankings: per client IP. */
  rankings: RequestHandler[];
  /** Applying: per client IP, per NIK, per email address. */
  apply: RequestHandler[];
  /** "Send my link again" (/candidate/recover): per client IP, per NIK, per email address. */
  recover: RequestHandler[];
}

/** Answers a request over a limit (a page renders its own refusal; the API sends problem+json). */
export type LimitRefusal = (req: Request, res: Response, problem: Problem) => void;

export function publicLimits(
  limits: RateLimits,
  secret: string,
  refuse: LimitRefusal = sendProblem,
): PublicLimits {
  const limiter = (
    what: string,
    { limit, window }: { limit: number; window: string },
    extra: Partial<Options>,
  ) =>
    rateLimit({
      limit,
      windowMs: durationMs(window),
      identifier: what,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) =>
        refuse(
          req,
          res,
          new Problem(
            429,
            'Too Many Requests',
            `more than ${limit} requests ${what} within ${window}; try again after Retry-After seconds`,
          ),
        ),
      ...extra,
    });
  /** A body field's keyed hash, or undefined when the body has no such text (nothing to count). */
  const hashOf = (field: 'nik' | 'email') => (req: Request) => {
    const value: unknown = (req.body as Record<string, unknown> | undefined)?.[field];
    if (typeof value !== 'string') return undefined;
    return createHmac('sha256', secret).update(`rate:${field}:${value.trim().toLowerCase()}`).digest('hex');
  };
  const byField = (what: string, field: 'nik' | 'email') => {
    const key = hashOf(field);
    return limiter(what, limits.perApplicant, {
      keyGenerator: (req) => key(req) ?? '',
      skip: (req) => key(req) === undefined,
    });
  };
  const perIp = limiter('from one client', limits.perIp, {});
  const perApplicant = [perIp, byField('for one NIK', 'nik'), byField('for one email address', 'email')];
  return { rankings: [perIp], apply: perApplicant, recover: perApplicant };
}
