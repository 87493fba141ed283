// createApp(deps): the Express application. Middleware order: request id and logger, security headers
// (helmet) and no caching of personal data, JSON body with a size limit, the pages (web/router.tsx), the
// routes (each validated and access-checked by route.ts), 405 for a known path's missing method, then problem+json errors.
import { randomBytes, randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { Models } from '../db/connection';
import type { AuditTrail } from '../db/audit-trail';
import type { FieldCrypto } from '../runtime/field-crypto';
import type { Logger } from '../runtime/logger';
import type { Auth } from './auth';
import type { StaffSignIn } from './oidc/client';
import type { RateLimits } from './rate-limits';
import type { Letterhead } from '../domain/recruitment/announcement-layout';
import { notFound } from '../commands/errors';
import { candidateLinks } from '../commands/recruitment/candidate-links';
import { methodNotAllowed } from './methods';
import { problemHandler, sendProblem } from './problem';
import { mountRoutes } from './route';
import { appraisalEngineRoutes } from './routes/appraisal/routes';
import { attendanceCommandsOf, attendanceRoutes } from './routes/attendance/routes';
import { auditRoutes } from './routes/audit';
import { CODEC_BASE, codecCors, codecRoutes } from './routes/codec';
import { healthRoutes } from './routes/health';
import { recruitmentCommandsOf, recruitmentRoutes } from './routes/recruitment/routes';
import { trainingCommandsOf, trainingRoutes } from './routes/training/routes';
import { defaultRateLimits } from '../runtime/config';
import { mountPages } from '../web/router';
import { staffRoles } from '../commands/org/staff-role';
import { taskCommands } from '../commands/tasks/inbox';
import { awardCommands } from '../commands/appraisal/awards';
import { awardExportCommands } from '../commands/appraisal/award-exports';

export interface AppDeps {
  client: Client;
  models: Models;
  auth: Auth;
  /** Staff sign-in through the OpenID provider (api/oidc/client.ts), for the web pages. */
  signIn?: StaffSignIn;
  /** Seals the personal fields of the read models (DATA_KEYS). */
  fields: FieldCrypto;
  /** The audit trail (AUDIT_KEYS, DATA_KEYS, AUDIT_SIGNING_KEYS). */
  audit: AuditTrail;
  /** The client's payload codec, which the codec endpoint serves to the Temporal Web UI. */
  payloadCodec: PayloadCodec;
  logger: Logger;
  config: {
    bodyLimit: string;
    publicUrl: string;
    taskQueue: string;
    applicantKeySecret: string;
    /** Origins of the Temporal Web UI that may call the codec endpoint (TEMPORAL_UI_ORIGINS). */
    temporalUiOrigins: string[];
    /** Where HR's reminders and escalations go (HR_EMAIL, HR_HEAD_EMAIL). */
    hr: { email: string; headEmail: string };
    /** The public endpoints' limits (RATE_LIMIT_*); the defaults when not given. */
    rateLimits?: RateLimits;
    /** Reverse proxies whose X-Forwarded-For names the client (TRUST_PROXY). */
    trustProxy?: number;
    /** How long after a cycle closed retention may run (RECRUITMENT_RETENTION); the default when not given. */
    recruitmentRetention?: string;
    /** Signs the pages' session cookie (SESSION_SECRET); a random one per process when not given. */
    sessionSecret?: string;
    /** The agency signing the printed announcements (AGENCY_*, ANNOUNCEMENT_NUMBER); Kota Kupang's by default. */
    letterhead?: Letterhead;
  };
  checks: { temporal(): Promise<boolean>; database(): Promise<boolean> };
}

/** Every resource's routes, in the order they appear in the OpenAPI document. */
export function defaultRoutes(deps: AppDeps) {
  return [
    ...healthRoutes(deps),
    ...auditRoutes(deps),
    ...appraisalEngineRoutes(deps),
    ...recruitmentRoutes(deps),
    ...attendanceRoutes(deps),
    ...trainingRoutes(deps),
    ...codecRoutes(deps),
  ];
}

export function createApp(deps: AppDeps, routes = defaultRoutes(deps)): { app: Express; openapi: object } {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.config.trustProxy ?? 0);

  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    req.id = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    req.log = deps.logger.child({ requestId: req.id });
    res.setHeader('x-request-id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // The route pattern, not the URL: URLs may hold identifiers we do not log.
      const routePath = (req.route?.path as string | undefined) ?? 'unmatched';
      req.log.info(
        {
          method: req.method,
          route: routePath,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          role: req.principal?.role,
        },
        'request',
      );
    });
    next();
  });
  app.use(helmet());
  // API answers carry personal data (names, NIK, scores): no shared or browser cache may keep them.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(express.json({ limit: deps.config.bodyLimit, strict: true }));
  app.use(CODEC_BASE, codecCors(deps.config.temporalUiOrigins));

  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  const router = express.Router();
  // A candidate's token must also be of their link's current version, within their cycle's time.
  const links = candidateLinks(deps);
  const gate: Auth = {
    ...deps.auth,
    async verify(authorization) {
      const principal = await deps.auth.verify(authorization);
      await links.admit(principal);
      return principal;
    },
  };
  mountRoutes(router, registry, gate, routes);
  // The pages for people (web/): their own security headers, sessions and forms, the same commands.
  const recruitment = recruitmentCommandsOf(deps);
  mountPages(app, {
    models: deps.models,
    auth: deps.auth,
    links,
    commands: recruitment,
    tasks: taskCommands({ ...deps, taskQueue: deps.config.taskQueue, recruitment }),
    awards: {
      commands: awardCommands({ ...deps, taskQueue: deps.config.taskQueue }),
      exports: awardExportCommands({ ...deps, taskQueue: deps.config.taskQueue }),
    },
    appraisal: {
      client: deps.client,
      models: deps.models,
      taskQueue: deps.config.taskQueue,
      fields: deps.fields,
      audit: deps.audit,
    },
    attendance: attendanceCommandsOf(deps),
    training: trainingCommandsOf(deps),
    signIn: deps.signIn,
    staffRoles: staffRoles(deps.models),
    logger: deps.logger,
    publicUrl: deps.config.publicUrl,
    sessionSecret: deps.config.sessionSecret ?? randomBytes(32).toString('base64url'),
    rateLimits: deps.config.rateLimits ?? defaultRateLimits,
    applicantKeySecret: deps.config.applicantKeySecret,
  });
  app.use(router);

  const openapi = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'sdm-flow API',
      version: '1.0.0',
      description: 'HR processes of Indonesian civil servants (ASN), Kota Kupang',
    },
    servers: [{ url: deps.config.publicUrl }],
  });
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });

  app.use(methodNotAllowed([...routes, { method: 'get', path: '/openapi.json' }]));
  app.use((req, res) => sendProblem(req, res, notFound(`no such resource: ${req.method} ${req.path}`)));
  app.use(problemHandler(deps.logger));
  return { app, openapi };
}
