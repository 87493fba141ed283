// One definition per operation gives the Express handler, its validation, its access rule and its
// OpenAPI entry, so that they cannot drift apart. `roles` says who may call; whether this caller may touch
// this very record is the command's to decide (commands/), so that the pages share the check.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Principal, Role } from '../domain/actor';
import type { Auth } from './auth';
import multer from 'multer';
import { badRequest, fieldErrors, forbidden, Problem } from '../commands/errors';

type Method = 'get' | 'post' | 'put' | 'delete';
type AnyObject = z.ZodType<Record<string, unknown>>;

export interface HandlerInput<P, Q, B> {
  principal: Principal | undefined;
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteDef<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: Method;
  /** Express-style path: /api/v1/things/:id */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  /** Who may call it; 'public' needs no token. */
  roles: Role[] | 'public';
  /** Rate limits run before everything else (429 with Retry-After when one is reached). */
  limits?: RequestHandler[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The body as the OpenAPI document shows it, when `body` checks less so that the command can check each
   * row on its own and name every bad row at once (bulk uploads).
   */
  documentedBody?: z.ZodType;
  /**
   * A file as the body, not JSON: its declared content types (the command still checks the bytes) and the
   * largest size taken (413 above it). The handler gets it as a Buffer in `req.body`.
   */
  fileBody?: { contentTypes: readonly string[]; limit: number };
  /**
   * A form as the body (multipart/form-data), as a page's form sends it: one file in `file` (at most
   * `limit` bytes; its kind is the command's to check from the bytes) and the text fields of `fields`.
   * The handler's body is the parsed fields with `file` as a Buffer.
   */
  multipartBody?: { fields: z.ZodObject; limit: number };
  /** `fileTypes`: the answer is a file of one of these types (the handler replies with a Buffer). */
  responses: Record<number, { description: string; schema?: z.ZodType; fileTypes?: readonly string[] }>;
  handler: (input: HandlerInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Reply>;
}

/** Keeps each route's types while collecting routes of different shapes in one list. */
export function route<
  P extends AnyObject = z.ZodObject<Record<string, never>>,
  Q extends AnyObject = z.ZodObject<Record<string, never>>,
  B extends z.ZodType = z.ZodUndefined,
>(def: RouteDef<P, Q, B>): RouteDef<AnyObject, AnyObject, z.ZodType> {
  return def as unknown as RouteDef<AnyObject, AnyObject, z.ZodType>;
}

function parse<T extends z.ZodType>(where: string, schema: T | undefined, value: unknown): z.infer<T> {
  if (!schema) return value as z.infer<T>;
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(`the request ${where} is not valid`, fieldErrors(where, r.error));
  return r.data;
}

function toOpenApiPath(p: string): string {
  return p.replace(/:(\w+)/g, '{$1}');
}

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  requestId: z.string().optional(),
});

export function mountRoutes(
  router: Router,
  registry: OpenAPIRegistry,
  auth: Auth,
  routes: RouteDef<AnyObject, AnyObject, z.ZodType>[],
): void {
  for (const r of routes) {
    const handler: RequestHandler = async (req, res, next) => {
      try {
        let principal: Principal | undefined;
        if (r.roles !== 'public') {
          principal = await auth.verify(req.headers.authorization);
          req.principal = principal;
          if (!r.roles.includes(principal.role))
            throw forbidden(
              `this operation is for ${r.roles.join(', ')}; the token's role is ${principal.role}`,
            );
        }
        const params = parse('params', r.params, req.params);
        const query = parse('query', r.query, req.query);
        if (r.body && req.body === undefined) {
          throw req.headers['content-type'] && !req.is('application/json')
            ? new Problem(415, 'Unsupported Media Type', 'send the body as application/json')
            : badRequest('the request body is missing', [{ path: 'body', message: 'required' }]);
        }
        if (r.fileBody && !Buffer.isBuffer(req.body))
          throw new Problem(
            415,
            'Unsupported Media Type',
            `send the file as ${r.fileBody.contentTypes.join(' or ')}`,
            [{ path: 'body', message: `Content-Type must be ${r.fileBody.contentTypes.join(' or ')}` }],
          );
        const body = r.multipartBody
          ? formBody(r.multipartBody.fields, req)
          : parse('body', r.body, req.body);
        const reply = await r.handler({ principal, params, query, body, req, res });
        if (res.headersSent) return;
        for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
        if (Buffer.isBuffer(reply.body)) res.status(reply.status ?? 200).send(reply.body);
        else if (reply.body === undefined) res.status(reply.status ?? 204).end();
        else res.status(reply.status ?? 200).json(reply.body);
      } catch (err) {
        next(err);
      }
    };
    const fileParser = r.fileBody
      ? [express.raw({ type: [...r.fileBody.contentTypes], limit: r.fileBody.limit })]
      : r.multipartBody
        ? [formParser(r.multipartBody)]
        : [];
    router[r.method](r.path, ...(r.limits ?? []), ...fileParser, handler);

    const binary = { type: 'string', format: 'binary' } as const;
    const files = (types: readonly string[]) => Object.fromEntries(types.map((t) => [t, { schema: binary }]));
    const responses: RouteConfig['responses'] = {};
    for (const [status, resp] of Object.entries(r.responses)) {
      responses[Number(status)] = resp.fileTypes
        ? { description: resp.description, content: files(resp.fileTypes) }
        : resp.schema
          ? { description: resp.description, content: { 'application/json': { schema: resp.schema } } }
          : { description: resp.description };
    }
    for (const [status, description] of Object.entries(refusalsOf(r))) {
      responses[Number(status)] ??= {
        description,
        content: { 'application/problem+json': { schema: problemSchema } },
      };
    }
    registry.registerPath({
      method: r.method,
      path: toOpenApiPath(r.path),
      operationId: r.operationId,
      summary: r.summary,
      tags: r.tags,
      ...(r.roles === 'public'
        ? {}
        : { security: [{ bearer: [] }], description: `Roles: ${r.roles.join(', ')}` }),
      request: {
        ...(r.params ? { params: r.params as z.ZodObject } : {}),
        ...(r.query ? { query: r.query as z.ZodObject } : {}),
        ...(r.fileBody
          ? { body: { required: true, content: files(r.fileBody.contentTypes) } }
          : r.multipartBody
            ? {
                body: {
                  required: true,
                  content: {
                    'multipart/form-data': {
                      schema: r.multipartBody.fields.extend({
                        file: z.any().meta({ type: 'string', format: 'binary' }),
                      }),
                    },
                  },
                },
              }
            : r.body
              ? {
                  body: {
                    required: true,
                    content: { 'application/json': { schema: r.documentedBody ?? r.body } },
                  },
                }
              : {}),
      },
      responses,
    });
  }
}

/** Every refusal an operation can answer, as the app and its middleware send them (problem+json). */
function refusalsOf(r: RouteDef<AnyObject, AnyObject, z.ZodType>): Record<number, string> {
  const refusals: Record<number, string> = {};
  if (r.body || r.fileBody || r.multipartBody || r.params || r.query)
    refusals[400] = 'Invalid input (problem+json naming each field)';
  if (r.roles !== 'public')
    Object.assign(refusals, { 401: 'No, expired or invalid token', 403: 'Wrong role or not the owner' });
  if (r.params) refusals[404] = 'No such record';
  if (r.body)
    Object.assign(refusals, {
      413: 'The body is larger than BODY_LIMIT',
      415: 'The body is not JSON, or its encoding or charset is not supported',
    });
  if (r.fileBody)
    Object.assign(refusals, {
      413: `The file is larger than its kind's limit (or than ${r.fileBody.limit} bytes)`,
      415: `The body is not ${r.fileBody.contentTypes.join(' or ')}, by its Content-Type or by its bytes`,
    });
  if (r.multipartBody)
    Object.assign(refusals, {
      413: `The file is larger than ${r.multipartBody.limit} bytes`,
      415: 'The body is not multipart/form-data',
    });
  if (r.limits) refusals[429] = 'Too many requests from this client, NIK or email address (see Retry-After)';
  return Object.assign(refusals, {
    500: 'An unexpected error (logged with the request id)',
    503: 'Temporal or the database does not answer; retry after Retry-After seconds',
  });
}

/** multer for one route's form: memory storage, one file in `file`, a few small text fields. */
function formParser(o: { fields: z.ZodObject; limit: number }): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: o.limit, files: 1, fields: Object.keys(o.fields.shape).length, fieldSize: 64 * 1024 },
  }).single('file');
  return (req, res, next) => {
    if (!req.is('multipart/form-data'))
      return next(new Problem(415, 'Unsupported Media Type', 'send the form as multipart/form-data'));
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
        return next(new Problem(413, 'Content Too Large', `the file is larger than ${o.limit} bytes`));
      // Anything else the parser says is about the body (memory storage: no disk to fail).
      const e = err as { message?: string; field?: string };
      next(
        badRequest(`the form is not valid (${e.message ?? 'unreadable'})`, [
          { path: e.field ? `body.${e.field}` : 'body', message: e.message ?? 'unreadable' },
        ]),
      );
    });
  };
}

/** A form's fields as its schema says, and its file (required). */
function formBody(fields: z.ZodObject, req: Request): Record<string, unknown> {
  const parsed = parse('body', fields, { ...(req.body as object) });
  if (!req.file) throw badRequest('the form has no file', [{ path: 'body.file', message: 'required' }]);
  return { ...parsed, file: req.file.buffer };
}
