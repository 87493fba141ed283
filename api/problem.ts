// RFC 9457 problem details: the one shape of every refusal, with each failing field's path and reason.
import type { NextFunction, Request, Response } from 'express';
import { badRequest, Problem } from '../commands/errors';
import type { Logger } from '../runtime/logger';
import { outageOf, RETRY_AFTER_SECONDS } from './outage';

const TYPES: Record<number, string> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

export function sendProblem(req: Request, res: Response, p: Problem): void {
  if (p.retryAfter !== undefined) res.setHeader('Retry-After', String(p.retryAfter));
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
    if (e.status === 400 && (e as { expose?: boolean }).expose)
      // body-parser: a body it could not read, e.g. a corrupt gzip or deflate stream.
      return sendProblem(
        req,
        res,
        badRequest('the body could not be read', [
          {
            path: 'body',
            message: `unreadable body (${e.message}); send it uncompressed or compressed whole`,
          },
        ]),
      );
    const outage = outageOf(err);
    if (outage) {
      (req.log ?? logger).warn({ err }, `${outage} unavailable`);
      return sendProblem(
        req,
        res,
        new Problem(
          503,
          'Service Unavailable',
          `${outage === 'database' ? 'the database' : 'Temporal'} does not answer; try again in ${RETRY_AFTER_SECONDS} s`,
          undefined,
          undefined,
          RETRY_AFTER_SECONDS,
        ),
      );
    }
    (req.log ?? logger).error({ err }, 'unhandled error');
    sendProblem(
      req,
      res,
      new Problem(500, 'Internal Server Error', 'an unexpected error occurred; it has been logged'),
    );
  };
}
