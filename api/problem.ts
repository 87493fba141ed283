// RFC 9457 problem details: the one shape of every refusal, with each failing field's path and reason.
import type { NextFunction, Request, Response } from 'express';
import { badRequest, Problem } from '../commands/errors';
import type { Logger } from '../runtime/logger';

const TYPES: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

export function sendProblem(req: Request, res: Response, p: Problem): void {
  res
    .status(p.status)
    .type('application/problem+json')
    .json({
      type: TYPES[p.status] ? `https://sdm-flow.kupangkota.go.id/problems/${TYPES[p.status]}` : 'about:blank',
      title: p.title,
      status: p.status,
      ...(p.detail ? { detail: p.detail } : {}),
      instance: req.originalUrl.split('?')[0],
      ...(p.errors ? { errors: p.errors } : {}),
      ...(p.extra ?? {}),
      requestId: req.id,
    });
}

/** The last middleware: known problems as they are, body-parser errors mapped, anything else a 500. */
export function problemHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (err instanceof Problem) return sendProblem(req, res, err);
    const e = err as { type?: string; status?: number; message?: string; limit?: number };
    if (e.type === 'entity.parse.failed')
      return sendProblem(
        req,
        res,
        badRequest('the body is not valid JSON', [{ path: 'body', message: 'malformed JSON' }]),
      );
    if (e.type === 'entity.too.large')
      return sendProblem(
        req,
        res,
        new Problem(413, 'Payload Too Large', `the body is larger than ${e.limit} bytes`),
      );
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported')
      return sendProblem(req, res, new Problem(415, 'Unsupported Media Type', e.message));
    (req.log ?? logger).error({ err }, 'unhandled error');
    sendProblem(
      req,
      res,
      new Problem(500, 'Internal Server Error', 'an unexpected error occurred; it has been logged'),
    );
  };
}
