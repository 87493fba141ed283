// The status page's "why": each result told to the candidate is explained beside it, in the reader's
// language, from the facts the application recorded (the same domain functions as the result emails), for
// every kind of outcome; the screening only once its result is announced; and the registration number in
// the summary. Rendered to HTML as the page route renders it.
import { renderToString } from 'preact-render-to-string';
import type { Language } from '../../../domain/language';
import type { ExplanationFacts } from '../../../domain/recruitment/explanation-facts';
import { skdFacts } from '../../../domain/recruitment/explanation-facts';
import {
  finalExplanation,
  resultExplanations,
  screeningExplanation,
  skbCutExplanation,
  skdExplanation,
} from '../../../domain/recruitment/explanations';
import type { CycleKind } from '../../../domain/recruitment/rule-sets';
import { cpns2024 } from '../../../domain/recruitment/rule-sets';
import { absentFromSkd, type ScreeningRecord } from '../../../domain/recruitment/views';
import { StatusPage, type CandidateData } from '../../../web/candidate/pages';
import { translator } from '../../../domain/messages';
import {
  cpnsFinal,
  cutOf,
  finalist,
  pppkFinal,
  pppkRow,
  pranataKomputer,
} from '../../support/explanation-cases';

const languages: Language[] = ['id', 'en'];

interface Told {
  kind?: CycleKind;
  screening?: ScreeningRecord;
  announced?: boolean;
  facts?: ExplanationFacts;
  registrationNumber?: string;
}

/** The status page of an application that has been told these results, as HTML. */
function page(lang: Language, told: Told): string {
  const kind = told.kind ?? 'CPNS';
  // The results as the application view shows them: an absence from SKD as its zero result, a finalist
  // without a score (absent from the last test) at 0.
  const skdFacts_ = told.facts?.skd;
  const skd =
    skdFacts_ && ('absent' in skdFacts_ ? absentFromSkd : { ...skdFacts_.scores, total: skdFacts_.total });
  const f = told.facts?.final;
  const final = f && { score: 'absent' in f ? 0 : f.score, rank: f.rank, outcome: f.outcome };
  const data = {
    application: {
      applicationId: 'CPNS-2026-0123456789abcdef0123',
      cycleCode: 'CPNS-2026',
      formationCode: 'PRANATA-KOMPUTER',
      name: 'Maria Bria',
      status: 'registered',
      ...(told.registrationNumber ? { registrationNumber: told.registrationNumber } : {}),
      ...(told.screening ? { screening: told.screening } : {}),
      ...(skd ? { skd } : {}),
      ...(final ? { final } : {}),
      appeals: {},
      deadlines: {},
      history: [],
    },
    cycle: { title: 'Seleksi CPNS Kota Kupang 2026', budgetYear: 2026, withdrawalBanBudgetYears: 2 },
    explanations: resultExplanations({
      kind,
      screening: told.screening,
      administrationAnnounced: told.announced ?? true,
      facts: told.facts ?? {},
    }),
    rankings: [],
    emails: [],
  } as unknown as CandidateData;
  const ctx = { lang, t: translator(lang), toggleHref: '/candidate?lang=en', csrfToken: 't' };
  const status = { deadlines: [], appealable: [], mayWithdraw: false, withdrawalBans: [] };
  return renderToString(StatusPage({ ctx, data, status }));
}

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of the page's explanation of one result, without its "Why:" label. */
function why(html: string, id: string): string | undefined {
  const m = new RegExp(`<p class="why" id="${id}"><strong>[^<]*</strong> ([^<]*)</p>`).exec(html);
  return m ? unescape(m[1]!) : undefined;
}

describe("the status page's explanations", () => {
  it.each(languages)('explains an MS screening once announced, in %s', (lang) => {
    const screening = { decision: 'MS' as const, reason: 'Berkas lengkap' };
    const html = page(lang, { screening });
    expect(why(html, 'why-screening')).toBe(screeningExplanation({ ...screening, kind: 'CPNS' })[lang]);
    expect(html).toContain(lang === 'id' ? 'Mengapa:' : 'Why:');
  });

  it.each(languages)('explains a TMS screening with the right to appeal, in %s (PPPK)', (lang) => {
    const screening = { decision: 'TMS' as const, reason: 'Ijazah tidak sesuai' };
    const text = why(page(lang, { kind: 'PPPK', screening }), 'why-screening');
    expect(text).toBe(screeningExplanation({ ...screening, kind: 'PPPK' })[lang]);
    expect(text).toContain(lang === 'id' ? 'sanggahan' : 'appeal');
  });

  it('does not explain a screening before its result is announced', () => {
    const html = page('id', {
      screening: { decision: 'TMS', reason: 'Ijazah tidak sesuai' },
      announced: false,
    });
    expect(why(html, 'why-screening')).toBeUndefined();
    expect(html).toContain('Ijazah tidak sesuai'); // the decision itself is shown, as before
  });

  it.each([
    ['a pass of formasi umum', 70, 90, 170, 'umum'],
    ['a failure on TWK 60 under 65 with a total of 330', 60, 100, 170, 'umum'],
    ['a cumlaude failure on TIU 80 under 85', 80, 80, 160, 'cumlaude'],
  ] as const)('explains %s beside the SKD scores, in both languages', (_what, twk, tiu, tkp, type) => {
    const facts = skdFacts({ twk, tiu, tkp }, type, cpns2024);
    for (const lang of languages)
      expect(why(page(lang, { facts: { skd: facts } }), 'why-skd')).toBe(skdExplanation(facts)[lang]);
  });

  it.each(languages)('explains an absence from SKD, in %s', (lang) => {
    const text = why(page(lang, { facts: { skd: { absent: true } } }), 'why-skd');
    expect(text).toBe(skdExplanation({ absent: true })[lang]);
  });

  it.each([
    ['the 7th of 41, who goes on', 7],
    ['the 11th, one of the three tied at the line', 11],
    ['the 12th, equal on total with the last to go on, whom TKP put out', 12],
    ['the 13th, under the total of the last to go on', 13],
  ])('explains the cut to SKB to %s', (_what, rank) => {
    const facts = cutOf(pranataKomputer(), 3)[rank - 1]!;
    for (const lang of languages) {
      const text = why(page(lang, { facts: { skbCut: facts } }), 'why-skb-cut');
      expect(text).toBe(skbCutExplanation(facts)[lang]);
      expect(text).toContain(lang === 'id' ? `ke-${rank}` : `of 41`);
    }
  });

  it('explains a CPNS final result that passed, and the optimalisasi of the one below', async () => {
    const facts = await cpnsFinal([finalist([120, 130, 169], 86.47), finalist([100, 100, 170], 70)], 1);
    const first = why(page('id', { facts: { final: facts[0]! } }), 'why-final');
    expect(first).toBe(finalExplanation(facts[0]!).id);
    expect(first).toContain('82,355 = 40% × SKD 76,182 + 60% × SKB 86,47');
    const second = why(page('en', { facts: { final: facts[1]! } }), 'why-final');
    expect(second).toBe(finalExplanation(facts[1]!).en);
    expect(second).toContain('kept in rank order for optimalisasi');
  });

  it('explains a final tie at 80 decided by the SKD total, 440 against 330', async () => {
    // 0.4 × 80 + 0.6 × 80 = 80; 0.4 × 60 + 0.6 × 93.333 = 79.9998, rounded to 80.
    const facts = await cpnsFinal(
      [finalist([120, 130, 169], 86.47), finalist([120, 120, 200], 80), finalist([120, 110, 100], 93.333)],
      2,
    );
    for (const lang of languages) {
      const text = why(page(lang, { facts: { final: facts[1]! } }), 'why-final');
      expect(text).toBe(finalExplanation(facts[1]!)[lang]);
      expect(text).toContain(lang === 'id' ? '440 berbanding 330' : '440 against 330');
    }
  });

  it.each(languages)('explains an absence from SKB, ranked after the scored, in %s', async (lang) => {
    const facts = await cpnsFinal([finalist([120, 120, 200], 70)], 1, cpns2024, 1);
    const text = why(page(lang, { facts: { final: facts[1]! } }), 'why-final');
    expect(text).toBe(finalExplanation(facts[1]!)[lang]);
    expect(text).toContain(lang === 'id' ? 'tidak mengikuti Seleksi Kompetensi Bidang' : 'did not sit');
  });

  it.each(languages)('explains a PPPK competency result as its parts, in %s', async (lang) => {
    const facts = await pppkFinal([pppkRow(360, 130, 24), pppkRow(300, 100, 20)], 1);
    const text = why(page(lang, { kind: 'PPPK', facts: { final: facts[0]! } }), 'why-final');
    expect(text).toBe(finalExplanation(facts[0]!)[lang]);
    expect(text).toContain(lang === 'id' ? '514 = kompetensi teknis 360' : '514 = technical 360');
  });

  it.each(languages)('shows the registration number in the summary, in %s', (lang) => {
    const html = page(lang, { registrationNumber: 'CPNS-2026-00042' });
    expect(html).toContain('<dd id="registration-number">CPNS-2026-00042</dd>');
    expect(html).toContain(lang === 'id' ? 'Nomor peserta' : 'Registration number');
  });

  it('says when the number comes, before the application is confirmed', () => {
    expect(page('id', {})).toContain('diberikan setelah lamaran dikonfirmasi');
  });
});
