// HR's task lists: which appeal an answer task is about (the stage whose answer is due when the task is),
// a decision form's refusal in the reader's words from the API's own schema, and the pages' query.
import { appealStageOf } from '../../../commands/recruitment/task-lists';
import type { Language } from '../../../domain/language';
import { translator } from '../../../domain/messages';
import { appealDecisionSchema, documentsVerificationSchema } from '../../../domain/recruitment/schemas';
import type { AppealRecord } from '../../../domain/recruitment/views';
import { decisionIssue, listPages, pagesQuery } from '../../../web/staff/task-list';

const ctx = (lang: Language) => ({ lang, t: translator(lang), toggleHref: '', csrfToken: '' });

const appeal = (answerBy: string, status: AppealRecord['status'] = 'pending'): AppealRecord => ({
  reason: 'Ijazah saya sesuai',
  at: '2026-06-01T01:00:00.000Z',
  answerBy,
  status,
});

describe('appealStageOf', () => {
  it('names the stage whose answer is due at the task’s due date, written in any offset', () => {
    const appeals = {
      administration: appeal('2026-06-04T08:00:00.000Z', 'rejected'),
      skd: appeal('2026-07-10T08:00:00.000Z'),
    };
    expect(appealStageOf(appeals, '2026-07-10T16:00:00+08:00')).toBe('skd');
    expect(appealStageOf(appeals, '2026-06-04T08:00:00.000Z')).toBe('administration');
  });

  it('names none when no appeal is due then (the application has none, or another one)', () => {
    expect(appealStageOf({}, '2026-06-04T08:00:00.000Z')).toBeUndefined();
    expect(
      appealStageOf({ final: appeal('2026-09-01T00:00:00.000Z') }, '2026-09-01T00:00:01.000Z'),
    ).toBeUndefined();
  });
});

describe('decisionIssue', () => {
  const issueOf = (lang: Language, schema: typeof appealDecisionSchema, v: unknown) => {
    const parsed = schema.safeParse(v);
    if (parsed.success) throw new Error('expected a refusal');
    return decisionIssue(ctx(lang), parsed.error);
  };

  it('asks for a reason when an appeal is answered without one (spaces are none)', () => {
    expect(issueOf('id', appealDecisionSchema, { accepted: false, reason: '   ' })).toEqual({
      field: 'reason',
      message: 'Tuliskan alasan keputusan. Tidak ada yang diubah.',
    });
  });

  it('gives the limit of 2000 characters to a 3 KB reason, in English for an English reader', () => {
    expect(issueOf('en', appealDecisionSchema, { accepted: true, reason: 'x'.repeat(3072) })).toEqual({
      field: 'reason',
      message: 'The reason may have at most 2000 characters. Nothing was changed.',
    });
  });

  it('asks for a decision when none was chosen', () => {
    expect(issueOf('id', appealDecisionSchema, { reason: 'alasan' }).field).toBe('decision');
  });

  it('asks for a reason when documents are rejected without one, as the API’s schema rules', () => {
    const parsed = documentsVerificationSchema.safeParse({ accepted: false });
    expect(parsed.success).toBe(false);
    expect(decisionIssue(ctx('id'), parsed.error!)).toEqual({
      field: 'reason',
      message: 'Tuliskan alasan keputusan. Tidak ada yang diubah.',
    });
  });
});

describe('listPages', () => {
  it('reads each list’s page, and the first page for anything else', () => {
    expect(listPages.parse({ open: '3', done: '2' })).toEqual({ open: 3, done: 2 });
    expect(listPages.parse({ open: '0', done: ['1', '2'] })).toEqual({ open: 1, done: 1 });
    expect(listPages.parse({ open: '1e9', done: 'x' })).toEqual({ open: 1, done: 1 });
    expect(pagesQuery({ open: 2, done: 5 })).toBe('open=2&done=5');
  });
});
