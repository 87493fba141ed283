// What a section of the staff pages (attendance, competency development) is given: the commands the API
// calls, the task inbox, the read models for the forms' lists, and the guard of its readers (the staff
// principal, or an answer already sent: sign in, or refused).
import type { Request, Response } from 'express';
import type { AttendanceCommands } from '../../commands/attendance/commands';
import type { TaskCommands } from '../../commands/tasks/inbox';
import type { TrainingCommands } from '../../commands/training/commands';
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';

export interface SectionDeps {
  attendance: AttendanceCommands;
  training: TrainingCommands;
  tasks: TaskCommands;
  models: Models;
  secure: boolean;
  guard: (req: Request, res: Response) => Principal | undefined;
}
