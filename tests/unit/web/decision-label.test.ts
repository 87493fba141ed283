// The timeline's words for a decision of the audit trail: its own catalogue entry ('timeline.' + action),
// else the status a move of the transition table led to, else the action as recorded.
import type { Language } from '../../../domain/language';
import { translator } from '../../../domain/messages';
import { statusLabels } from '../../../domain/recruitment/stages';
import { decisionLabel } from '../../../web/candidate/pages';

const ctx = (lang: Language) => ({ lang, t: translator(lang), toggleHref: '', csrfToken: '' });

describe('decisionLabel', () => {
  it.each([
    ['application.appealed', 'Sanggah diajukan', 'Appeal filed'],
    ['application.document-uploaded', 'Dokumen diunggah', 'Document uploaded'],
    ['application.links-renewed', 'Tautan pribadi diperbarui', 'Personal link renewed'],
  ])('names %s in its own words', (action, id, en) => {
    expect([decisionLabel(ctx('id'), action), decisionLabel(ctx('en'), action)]).toEqual([id, en]);
  });

  it('names a move of the transition table by the status it led to', () => {
    expect(decisionLabel(ctx('id'), 'application.confirm')).toBe(statusLabels.registered.id);
    expect(decisionLabel(ctx('en'), 'application.screen-tms')).toBe(statusLabels['screened-tms'].en);
  });

  it('shows any other action as recorded, a name of the object prototype included', () => {
    expect(decisionLabel(ctx('en'), 'application.unknown')).toBe('application.unknown');
    expect(decisionLabel(ctx('id'), 'constructor')).toBe('constructor');
    expect(decisionLabel(ctx('id'), '__proto__')).toBe('__proto__');
  });
});
