// What the attendance commands need from outside: the Temporal client to start and tell the workflows,
// the read models, the task queue, and the clock (a web check-in's time is the server's, never the caller's).
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';

export interface AttendanceDeps {
  client: Client;
  models: Models;
  taskQueue: string;
  clock?: () => Date;
}
