// HR's task lists of a cycle, over a fake inbox and read model: the inbox's tasks page by page with no
// cap (each page asks for one more to know whether another follows), each joined with its application of
// this cycle only, an appeal task with the appeal its due date names.
import { taskListCommands } from '../../../commands/recruitment/task-lists';
import type { TaskCommands, TaskFilter } from '../../../commands/tasks/inbox';
import type { Models } from '../../../db/connection';
import type { Principal } from '../../../domain/actor';
import type { TaskView } from '../../../domain/tasks';

const CODE = 'CPNS-2026';
const hr: Principal = { sub: 'hr-1', role: 'hr' } as Principal;
const due = (n: number) => new Date(Date.UTC(2026, 5, 1 + n)).toISOString();
const idOf = (n: number) => `${CODE}-${String(n).padStart(20, '0')}`;

const taskOf = (n: number, applicationId = idOf(n)): TaskView =>
  ({
    id: `task-${n}`,
    type: 'appeal-answer',
    applicationId,
    cycleCode: CODE,
    dueAt: due(n),
    status: 'open',
  }) as TaskView;

function fakes(tasks: TaskView[], applications: Record<string, unknown>[]) {
  const asked: TaskFilter[] = [];
  const inbox = {
    listTasks: (_p: Principal, q: TaskFilter) => {
      asked.push(q);
      return Promise.resolve(tasks.slice(q.skip ?? 0, (q.skip ?? 0) + q.limit));
    },
  } as unknown as TaskCommands;
  const models = {
    applications: {
      find: (filter: { _id: { $in: string[] }; cycleCode: string }) => ({
        lean: () =>
          Promise.resolve(
            applications.filter(
              (a) => filter._id.$in.includes(a._id as string) && a.cycleCode === filter.cycleCode,
            ),
          ),
      }),
    },
  } as unknown as Models;
  return { lists: taskListCommands({ models, tasks: inbox }), asked };
}

const applicationOf = (n: number, cycleCode = CODE) => ({
  _id: idOf(n),
  cycleCode,
  name: `Peserta ${n}`,
  registrationNumber: `CPNS-2026-${String(n).padStart(5, '0')}`,
  formationCode: 'PK',
  status: 'screened-tms',
  appeals: {
    administration: { reason: `alasan ${n}`, at: due(0), answerBy: due(n), status: 'pending' },
  },
  documents: null,
});

describe("HR's appeal task list", () => {
  it('pages five appeals two at a time: three pages, the last without a next one', async () => {
    const { lists, asked } = fakes(
      [1, 2, 3, 4, 5].map((n) => taskOf(n)),
      [1, 2, 3, 4, 5].map((n) => applicationOf(n)),
    );
    const pages = [];
    for (const page of [1, 2, 3])
      pages.push(await lists.appealTasks(hr, CODE, { status: 'open', page, pageSize: 2 }));
    expect(pages.map((p) => [p.items.map((i) => i.candidate.name), p.more])).toEqual([
      [['Peserta 1', 'Peserta 2'], true],
      [['Peserta 3', 'Peserta 4'], true],
      [['Peserta 5'], false],
    ]);
    expect(asked.map((q) => [q.skip, q.limit, q.cycleCode, q.type, q.status])).toEqual([
      [0, 3, CODE, 'appeal-answer', 'open'],
      [2, 3, CODE, 'appeal-answer', 'open'],
      [4, 3, CODE, 'appeal-answer', 'open'],
    ]);
  });

  it('joins each task with its appeal, and leaves out an application of another cycle', async () => {
    const { lists } = fakes([taskOf(1), taskOf(2)], [applicationOf(1), applicationOf(2, 'CPNS-OTHER')]);
    const page = await lists.appealTasks(hr, CODE, { status: 'open', page: 1, pageSize: 10 });
    expect(page.items).toEqual([
      {
        task: taskOf(1),
        candidate: {
          applicationId: idOf(1),
          name: 'Peserta 1',
          registrationNumber: 'CPNS-2026-00001',
          formationCode: 'PK',
          status: 'screened-tms',
        },
        stage: 'administration',
        appeal: expect.objectContaining({ reason: 'alasan 1', status: 'pending' }),
      },
    ]);
  });

  it('finds the application a form names only in this cycle', async () => {
    const { lists } = fakes([], [applicationOf(1), applicationOf(2, 'CPNS-OTHER')]);
    await expect(lists.cycleApplication(CODE, idOf(1))).resolves.toMatchObject({ name: 'Peserta 1' });
    await expect(lists.cycleApplication(CODE, idOf(2))).rejects.toMatchObject({ status: 404 });
  });
});
