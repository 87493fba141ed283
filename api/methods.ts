// A known path asked with a method it does not have (TRACE, PATCH, …) is a 405 naming the methods it has
// (RFC 9110 §15.5.6), not a 404 that would say the resource does not exist.
import type { RequestHandler } from 'express';
import { Problem } from '../commands/errors';
import { sendProblem } from './problem';

interface Known {
  pattern: RegExp;
  methods: Set<string>;
}

/** `routes`: each Express-style path (`/api/v1/things/:id`) with a method it answers. */
export function methodNotAllowed(routes: { method: string; path: string }[]): RequestHandler {
  const byPath = new Map<string, Known>();
  for (const r of routes) {
    const known = byPath.get(r.path) ?? {
      // Express matches paths case-insensitively and with an optional trailing slash.
      pattern: new RegExp(
        `^${r.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}/?$`,
        'i',
      ),
      methods: new Set<string>(),
    };
    known.methods.add(r.method.toUpperCase());
    if (r.method.toUpperCase() === 'GET') known.methods.add('HEAD');
    byPath.set(r.path, known);
  }
  return (req, res, next) => {
    const allowed = new Set<string>();
    for (const k of byPath.values()) if (k.pattern.test(req.path)) k.methods.forEach((m) => allowed.add(m));
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    const allow = [...allowed].sort().join(', ');
    res.setHeader('Allow', allow);
    sendProblem(
      req,
      res,
      new Problem(405, 'Method Not Allowed', `${req.method} is not allowed here; use ${allow}`),
    );
  };
}
