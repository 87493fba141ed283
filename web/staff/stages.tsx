// HR's stage pages of a cycle, mounted together under `/hr/recruitment` (issue 11): screening, SKD
// sessions, announcements and rankings, each HR only and over the API's own commands.
import express, { type Request, type Response, type Router } from 'express';
import type { RecruitmentCommands } from '../../commands/recruitment/commands';
import type { Principal } from '../../domain/actor';
import { announcementRoutes } from './announcements';
import { hrRankingRoutes } from './rankings';
import { screeningRoutes } from './screening';
import { skdSessionRoutes } from './skd-sessions';

export function stagesRoutes(deps: {
  commands: RecruitmentCommands;
  secure: boolean;
  hr: (req: Request, res: Response) => Principal | undefined;
}): Router {
  const router = express.Router();
  router.use(screeningRoutes(deps), skdSessionRoutes(deps), announcementRoutes(deps), hrRankingRoutes(deps));
  return router;
}
