// What sdm-flow's middleware adds to every Express request.
import type { Logger } from '../runtime/logger';
import type { Principal } from '../domain/actor';

declare global {
  namespace Express {
    interface Request {
      id: string;
      log: Logger;
      principal?: Principal;
    }
  }
}

export {};
