// The one message catalogue: its sections spread into one table, so a key written in two sections would
// silently take the later one's text; and every text is written in both languages.
import { messages, sections, translator } from '../../../domain/messages';

describe('the message catalogue', () => {
  it('has every key in one section only, and every section in the catalogue', () => {
    const seen = new Map<string, string>();
    for (const [name, section] of Object.entries(sections))
      for (const key of Object.keys(section)) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, name);
      }
    expect(Object.keys(messages).sort()).toEqual([...seen.keys()].sort());
  });

  it('writes every plain text in Bahasa Indonesia and English', () => {
    for (const [key, m] of Object.entries(messages)) {
      if (typeof m === 'function') continue;
      expect([key, m.id.trim().length > 0, m.en.trim().length > 0]).toEqual([key, true, true]);
    }
  });

  it('gives a reader the text of their language, filled with its values', () => {
    expect(translator('id')('candidate.deadline.until', { at: '10 Maret', left: '2 hari' })).toBe(
      'sampai 10 Maret (sisa 2 hari)',
    );
    expect(translator('en')('recruitment.registrationNumber', { number: '24-001-0007' })).toBe(
      'Registration number: 24-001-0007',
    );
  });
});
