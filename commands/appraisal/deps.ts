// What the appraisal, registry and task-inbox commands need from outside: the Temporal client to start
// and tell the workflows, the read models, and the task queue new workflows start on.
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';

export interface AppraisalDeps {
  client: Client;
  models: Models;
  taskQueue: string;
}
