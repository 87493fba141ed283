import { currentOutcome } from '../../../domain/recruitment/outcomes';
import type { ApplicationStatus } from '../../../domain/recruitment/stages';

describe('the current outcome of a ranked candidate', () => {
  it.each<[string, ApplicationStatus, 'passed' | 'optimalisasi' | 'not-passed', string | undefined, string]>([
    ['a passer', 'passed', 'passed', undefined, 'passed'],
    ['a passer whose documents are in', 'documents-submitted', 'passed', undefined, 'passed'],
    ['an appointed passer', 'appointed', 'passed', undefined, 'passed'],
    ['a passer who withdrew', 'withdrawn', 'passed', undefined, 'withdrawn'],
    [
      'a passer who missed the deadline or was rejected',
      'documents-failed',
      'passed',
      undefined,
      'failed-documents',
    ],
    ['a candidate moved up', 'replaced-in', 'optimalisasi', 'A-1', 'replacement'],
    [
      'a candidate moved up, before their status follows',
      'optimalisasi',
      'optimalisasi',
      'A-1',
      'replacement',
    ],
    ['an appointed replacement', 'appointed', 'optimalisasi', 'A-1', 'replacement'],
    ['a replacement who withdrew', 'withdrawn', 'optimalisasi', 'A-1', 'withdrawn'],
    ['a replacement who failed the documents', 'documents-failed', 'optimalisasi', 'A-1', 'failed-documents'],
    ['a candidate still waiting in rank order', 'optimalisasi', 'optimalisasi', undefined, 'optimalisasi'],
    ['an optimalisasi candidate who withdrew', 'withdrawn', 'optimalisasi', undefined, 'withdrawn'],
    ['a candidate not passed (TL)', 'not-passed', 'not-passed', undefined, 'not-passed'],
  ])('%s (%s, ranked %s, replacing %s) is %s', (_who, status, rankedOutcome, replacementOf, expected) => {
    expect(currentOutcome({ status, rankedOutcome, replacementOf })).toBe(expected);
  });
});
