// The due date of HR's answer on the task lists: in WITA, with overdue, reminded and escalated said.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Language } from '../../../domain/language';
import { translator } from '../../../domain/messages';
import type { TaskView } from '../../../domain/tasks';
import { DueCell } from '../../../web/staff/task-list';

const ctx = (lang: Language) => ({ lang, t: translator(lang), toggleHref: '', csrfToken: '' });
const task = (over: Partial<TaskView>) =>
  ({
    dueAt: '2026-06-04T08:00:00.000Z',
    overdue: false,
    reminded: false,
    escalated: false,
    escalatedTo: null,
    ...over,
  }) as TaskView;
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('DueCell', () => {
  it('shows a task not yet due by its date in WITA alone', () => {
    const html = renderToString(h(DueCell, { ctx: ctx('id'), task: task({}) }));
    expect(html).toContain('datetime="2026-06-04T08:00:00.000Z"');
    expect(text(html)).toBe('Kamis, 4 Juni 2026 pukul 16.00 WITA');
  });

  it('marks a late task overdue, reminded and escalated to the head of BKPSDM', () => {
    const late = task({ overdue: true, reminded: true, escalated: true, escalatedTo: 'Kepala BKPSDM' });
    expect(text(renderToString(h(DueCell, { ctx: ctx('en'), task: late })))).toMatch(
      / Overdue Reminder sent Escalated to Kepala BKPSDM$/,
    );
  });
});
