// HR's task lists of a cycle (issue 11): its appeals to answer and its documents to verify, a page at a
// time. The list comes from the task inbox (commands/tasks/inbox.ts), which alone knows each step's due
// date and whether it was reminded or escalated (the workflow's timers write it); what the candidate
// wrote and what HR decided is on the application (its `appeals` and `documents`), so each page of tasks
// is joined with its applications, read in one query and only from this cycle.
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import { documentKindOf, documentRulesOf, type DocumentRules } from '../../domain/recruitment/documents';
import { announcementStages, type AnnouncementStage } from '../../domain/recruitment/stages';
import type { AppealRecord, DocumentsRecord } from '../../domain/recruitment/views';
import type { TaskView } from '../../domain/tasks';
import { notFound } from '../errors';
import type { TaskCommands } from '../tasks/inbox';

/** The candidate a task is about, as HR's lists name them. */
export interface TaskCandidate {
  applicationId: string;
  name: string;
  registrationNumber?: string;
  formationCode: string;
  status: string;
}

export interface AppealItem {
  task: TaskView;
  candidate: TaskCandidate;
  stage: AnnouncementStage;
  appeal: AppealRecord;
}

export interface VerificationItem {
  task: TaskView;
  candidate: TaskCandidate;
  /** The files the candidate submitted, by kind, with the kind's label from the cycle's rules. */
  documents: { kind: string; label: { id: string; en: string } }[];
  verification?: DocumentsRecord['verification'];
}

export interface TaskPage<T> {
  items: T[];
  page: number;
  /** Whether a further page exists (the lists have no cap, so no total is counted). */
  more: boolean;
}

export type TaskListStatus = 'open' | 'done';

interface StoredCandidate extends TaskCandidate {
  appeals: Partial<Record<AnnouncementStage, AppealRecord>>;
  documents: DocumentsRecord | null;
}

/**
 * The stage of an appeal task: the inbox does not show a task's step, but the workflow opens the answer
 * task of a stage due exactly when that appeal must be answered (`answerBy`), so the due date names it.
 */
export function appealStageOf(
  appeals: Partial<Record<AnnouncementStage, AppealRecord>>,
  dueAt: string,
): AnnouncementStage | undefined {
  const due = Date.parse(dueAt);
  return announcementStages.find((s) => {
    const a = appeals[s];
    return !!a && Date.parse(a.answerBy) === due;
  });
}

export function taskListCommands(deps: { models: Models; tasks: TaskCommands }) {
  const { models, tasks } = deps;

  /** The applications of `code` among `ids`, by id (an id of another cycle is simply not there). */
  async function candidatesOf(code: string, ids: string[]): Promise<Map<string, StoredCandidate>> {
    const found = await models.applications
      .find(
        { _id: { $in: ids }, cycleCode: code },
        { name: 1, registrationNumber: 1, formationCode: 1, status: 1, appeals: 1, documents: 1 },
      )
      .lean();
    return new Map(
      found.map((a) => [
        String(a._id),
        {
          applicationId: String(a._id),
          name: a.name,
          ...(a.registrationNumber ? { registrationNumber: a.registrationNumber } : {}),
          formationCode: a.formationCode,
          status: String(a.status),
          appeals: (a.appeals ?? {}) as StoredCandidate['appeals'],
          documents: (a.documents ?? null) as DocumentsRecord | null,
        },
      ]),
    );
  }

  /** One page of the cycle's tasks of `type` with `status`, earliest due first, with their candidates. */
  async function pageOf(
    principal: Principal,
    code: string,
    type: 'appeal-answer' | 'documents-verification',
    status: TaskListStatus,
    page: number,
    pageSize: number,
  ) {
    const listed = await tasks.listTasks(principal, {
      cycleCode: code,
      type,
      status,
      skip: (page - 1) * pageSize,
      limit: pageSize + 1,
    });
    const shown = listed.slice(0, pageSize);
    const candidates = await candidatesOf(
      code,
      shown.flatMap((t) => (t.applicationId ? [t.applicationId] : [])),
    );
    return { shown, candidates, more: listed.length > pageSize };
  }

  const publicCandidate = ({ appeals: _a, documents: _d, ...c }: StoredCandidate): TaskCandidate => c;

  return {
    async appealTasks(
      principal: Principal,
      code: string,
      q: { status: TaskListStatus; page: number; pageSize: number },
    ): Promise<TaskPage<AppealItem>> {
      const { shown, candidates, more } = await pageOf(
        principal,
        code,
        'appeal-answer',
        q.status,
        q.page,
        q.pageSize,
      );
      const items = shown.flatMap((task): AppealItem[] => {
        const c = task.applicationId ? candidates.get(task.applicationId) : undefined;
        const stage = c && appealStageOf(c.appeals, task.dueAt);
        if (!c || !stage) return [];
        return [{ task, candidate: publicCandidate(c), stage, appeal: c.appeals[stage]! }];
      });
      return { items, page: q.page, more };
    },

    async verificationTasks(
      principal: Principal,
      code: string,
      q: { status: TaskListStatus; page: number; pageSize: number },
    ): Promise<TaskPage<VerificationItem>> {
      const cycle = await models.cycles.findById(code, { rules: 1 }).lean();
      if (!cycle) throw notFound(`no recruitment cycle ${code}`);
      const rules = documentRulesOf(cycle.rules as { documents?: DocumentRules });
      const { shown, candidates, more } = await pageOf(
        principal,
        code,
        'documents-verification',
        q.status,
        q.page,
        q.pageSize,
      );
      const items = shown.flatMap((task): VerificationItem[] => {
        const c = task.applicationId ? candidates.get(task.applicationId) : undefined;
        if (!c) return [];
        const documents = (c.documents?.submitted ?? []).map((d) => {
          const kind = documentKindOf(d.kind);
          return { kind: d.kind, label: kind ? rules[kind].label : { id: d.kind, en: d.kind } };
        });
        return [
          {
            task,
            candidate: publicCandidate(c),
            documents,
            ...(c.documents?.verification ? { verification: c.documents.verification } : {}),
          },
        ];
      });
      return { items, page: q.page, more };
    },

    /** The application of this cycle a form names (404 for a forged one or another cycle's). */
    async cycleApplication(code: string, id: string): Promise<TaskCandidate> {
      const c = (await candidatesOf(code, [id])).get(id);
      if (!c) throw notFound(`no application ${id} in cycle ${code}`);
      return publicCandidate(c);
    },
  };
}
export type TaskListCommands = ReturnType<typeof taskListCommands>;
