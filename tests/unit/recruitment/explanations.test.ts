// The explanations of each stage's outcome, with real numbers from the 2024 rule sets: every passing-grade
// failure per formation type, every tie-break level at the SKB cut and in the final ranking, PPPK, absence;
// in Bahasa Indonesia and English. Facts are gathered as the activities gather them (explanation-facts.ts).
import type { Language } from '../../../domain/language';
import { recruitmentEmails } from '../../../domain/recruitment/emails';
import {
  absentFinalFacts,
  skdFacts,
  type FinalFacts,
  type SkbCutFacts,
} from '../../../domain/recruitment/explanation-facts';
import {
  finalExplanation,
  screeningExplanation,
  skbCutExplanation,
  skdExplanation,
} from '../../../domain/recruitment/explanations';
import {
  cpns2024,
  resolveRuleSet,
  type CpnsRuleSet,
  type FormationType,
} from '../../../domain/recruitment/rule-sets';
import { skdOutcome } from '../../../domain/recruitment/skd';
import {
  cpnsFinal,
  cutOf,
  finalist,
  formation,
  pppkFinal,
  pppkRow,
  pranataKomputer,
  skdRow,
} from '../../support/explanation-cases';

const languages: Language[] = ['id', 'en'];

function cpnsRules(overrides: unknown): CpnsRuleSet {
  const resolved = resolveRuleSet('CPNS', overrides);
  if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
  return resolved.value.ruleSet;
}

// ---- SKD ----

const skd = (twk: number, tiu: number, tkp: number, type: FormationType, rules = cpns2024) =>
  skdExplanation(skdFacts({ twk, tiu, tkp }, type, rules));

describe('SKD explanation', () => {
  it('passes a formasi umum candidate with each sub-test at or over its grade, naming each grade', () => {
    expect(skd(70, 90, 170, 'umum')).toEqual({
      id: 'SKD (formasi umum): TWK 70 mencapai 65, TIU 90 mencapai 80 dan TKP 170 mencapai 166: semua nilai ambang batas terpenuhi, sehingga Saudara/Saudari lulus SKD dengan total 330.',
      en: 'SKD (general formation): TWK 70 reaches 65, TIU 90 reaches 80 and TKP 170 reaches 166: every passing grade is met, so you pass SKD with a total of 330.',
    });
  });

  it('fails formasi umum on TWK 60 under 65 even though the total 330 is high', () => {
    expect(skd(60, 100, 170, 'umum')).toEqual({
      id: 'SKD (formasi umum): TWK 60 di bawah nilai ambang batas 65, sehingga Saudara/Saudari tidak lulus, meskipun TIU 100 mencapai 80 dan TKP 170 mencapai 166. Pada formasi umum setiap sub-tes harus mencapai nilai ambang batasnya sendiri; total 330 tidak menutupi sub-tes yang kurang.',
      en: 'SKD (general formation): TWK 60 is under the passing grade 65, so you did not pass, even though TIU 100 reaches 80 and TKP 170 reaches 166. In the general formation each sub-test must reach its own passing grade; a total of 330 does not make up for one under it.',
    });
  });

  it.each([
    [
      'TIU 75 under 80',
      100,
      75,
      180,
      { id: 'TIU 75 di bawah nilai ambang batas 80', en: 'TIU 75 is under the passing grade 80' },
    ],
    [
      'TKP 165 under 166',
      100,
      100,
      165,
      { id: 'TKP 165 di bawah nilai ambang batas 166', en: 'TKP 165 is under the passing grade 166' },
    ],
    [
      'TWK 60 and TKP 150 both under',
      60,
      100,
      150,
      {
        id: 'TWK 60 di bawah nilai ambang batas 65 dan TKP 150 di bawah nilai ambang batas 166, sehingga Saudara/Saudari tidak lulus, meskipun TIU 100 mencapai 80.',
        en: 'TWK 60 is under the passing grade 65 and TKP 150 is under the passing grade 166, so you did not pass, even though TIU 100 reaches 80.',
      },
    ],
  ])('fails formasi umum on %s', (_, twk, tiu, tkp, expected) => {
    const text = skd(twk, tiu, tkp, 'umum');
    expect(skdOutcome({ twk, tiu, tkp }, 'umum', cpns2024).passed).toBe(false);
    expect(text.id).toContain(expected.id);
    expect(text.en).toContain(expected.en);
    expect(text.en).toContain('so you did not pass');
  });

  it('fails a cumlaude candidate on TIU 80 under 85 even though the total 320 reaches 311', () => {
    expect(skd(120, 80, 120, 'cumlaude')).toEqual({
      id: 'SKD (formasi lulusan cumlaude): TIU 80 di bawah nilai ambang batas 85, sehingga Saudara/Saudari tidak lulus, meskipun total 320 mencapai 311.',
      en: 'SKD (formation for cum laude graduates): TIU 80 is under the passing grade 85, so you did not pass, even though your total 320 reaches 311.',
    });
  });

  it('fails a diaspora candidate on the total 310 under 311 even though TIU 100 reaches 85', () => {
    expect(skd(90, 100, 120, 'diaspora')).toEqual({
      id: 'SKD (formasi diaspora): total 310 di bawah nilai ambang batas 311, sehingga Saudara/Saudari tidak lulus, meskipun TIU 100 mencapai 85.',
      en: 'SKD (diaspora formation): your total 310 is under the passing grade 311, so you did not pass, even though TIU 100 reaches 85.',
    });
  });

  it('passes a cumlaude candidate at total 311 with TIU 85 even with TWK 50, under the umum grade', () => {
    const text = skd(50, 85, 176, 'cumlaude');
    expect(skdOutcome({ twk: 50, tiu: 85, tkp: 176 }, 'cumlaude', cpns2024).passed).toBe(true);
    expect(text.en).toBe(
      'SKD (formation for cum laude graduates): your total 311 reaches 311 and TIU 85 reaches 85: every passing grade is met, so you pass SKD with a total of 311.',
    );
    expect(text.id).toBe(
      'SKD (formasi lulusan cumlaude): total 311 mencapai 311 dan TIU 85 mencapai 85: semua nilai ambang batas terpenuhi, sehingga Saudara/Saudari lulus SKD dengan total 311.',
    );
  });

  it.each(['disabilitas', 'putra-putri-papua', 'daerah-tertinggal'] as const)(
    'fails %s on the total 285 under 286, and on TIU 55 under 60 with a total of 300',
    (type) => {
      expect(skd(80, 75, 130, type).en).toContain(
        'your total 285 is under the passing grade 286, so you did not pass, even though TIU 75 reaches 60.',
      );
      expect(skd(80, 75, 130, type).id).toContain('total 285 di bawah nilai ambang batas 286');
      expect(skd(100, 55, 145, type).en).toContain(
        'TIU 55 is under the passing grade 60, so you did not pass, even though your total 300 reaches 286.',
      );
      expect(skd(100, 55, 145, type).id).toContain(
        'TIU 55 di bawah nilai ambang batas 60, sehingga Saudara/Saudari tidak lulus, meskipun total 300 mencapai 286.',
      );
    },
  );

  it("names the cycle's overridden grade, not the default: TWK 68 under an overridden 70", () => {
    const rules = cpnsRules({ skd: { passing: { umum: { twk: 70 } } } });
    expect(skd(68, 100, 170, 'umum', rules).en).toContain('TWK 68 is under the passing grade 70');
    expect(skd(68, 100, 170, 'umum').en).toContain('TWK 68 reaches 65');
  });

  it.each(languages)('tells an absent candidate in %s that they have no score', (lang) => {
    expect(skdExplanation({ absent: true })[lang]).toBe(
      {
        id: 'SKD: Saudara/Saudari tidak mengikuti SKD, sehingga tidak memperoleh nilai dan tidak dapat dinyatakan lulus.',
        en: 'SKD: you did not sit the SKD, so you have no score and cannot pass it.',
      }[lang],
    );
  });
});

// ---- Administration ----

describe('screening explanation', () => {
  it('gives an MS decision with its reason and the next stage of the cycle kind', () => {
    const reason = 'Berkas lengkap dan sesuai kualifikasi';
    expect(screeningExplanation({ decision: 'MS', reason, kind: 'CPNS' })).toEqual({
      id: `Seleksi administrasi: Saudara/Saudari memenuhi syarat (MS): ${reason}. Saudara/Saudari melanjutkan ke Seleksi Kompetensi Dasar (SKD).`,
      en: `Administration: you meet the requirements (MS): ${reason}. You go on to the basic competency test (SKD).`,
    });
    expect(screeningExplanation({ decision: 'MS', reason, kind: 'PPPK' }).en).toContain(
      'You go on to the competency test.',
    );
  });

  it('gives a TMS decision with its reason (one full stop) and the right to appeal', () => {
    const text = screeningExplanation({ decision: 'TMS', reason: 'Ijazah tidak sesuai.', kind: 'CPNS' });
    expect(text.id).toContain(
      'tidak memenuhi syarat (TMS): Ijazah tidak sesuai. Saudara/Saudari tidak melanjutkan',
    );
    expect(text.id).toContain('mengajukan sanggahan');
    expect(text.en).toContain('(TMS): Ijazah tidak sesuai. You do not go on to the next stage');
    expect(text.en).toContain('you may appeal');
  });
});

// ---- The cut to SKB ----

const cutText = (facts: SkbCutFacts[], rank: number) => skbCutExplanation(facts[rank - 1]!);

describe('SKB cut explanation', () => {
  const facts = cutOf(pranataKomputer(), 3);

  it('tells the 7th of 41 that the first 9 (3 × 3) go on and the three tied at 9th all go on', () => {
    expect(cutText(facts, 7)).toEqual({
      id: `Saudara/Saudari berada di peringkat ke-7 dari 41 peserta yang lulus SKD pada formasi ${formation}, dengan kebutuhan 3 orang; 9 (3 × 3) peringkat teratas melanjutkan ke SKB, dan 3 peserta yang sama di peringkat ke-9 pada total SKD, TKP, TIU dan TWK semuanya melanjutkan, seluruhnya 11 peserta. Saudara/Saudari melanjutkan ke SKB.`,
      en: `You are 7th of 41 who passed SKD in ${formation}, with 3 vacancies; the first 9 (3 × 3) go on to SKB, and the 3 candidates tied at 9th on SKD total, TKP, TIU and TWK all go on, 11 in all. You go on to SKB.`,
    });
  });

  it('tells the 11th, past 3 × vacancies, that all those tied go on and they are one of them', () => {
    expect(facts.filter((f) => f.advanced)).toHaveLength(11);
    expect(cutText(facts, 11).en).toContain('You are one of them, so you go on to SKB.');
    expect(cutText(facts, 11).id).toContain(
      'Saudara/Saudari termasuk di antara mereka, sehingga melanjutkan ke SKB.',
    );
  });

  it('tells the 12th, equal on total 350 with the last to go on, that TKP decided: 150 against 145', () => {
    expect(cutText(facts, 12).en).toContain(
      'You and the 11th-placed candidate both have total 350; TKP decided: 150 against your 145. They are the last to go on, so you do not go on to SKB.',
    );
    expect(cutText(facts, 12).id).toContain(
      'Saudara/Saudari dan peserta peringkat ke-11 sama-sama memiliki total 350; yang menentukan adalah TKP: 150 berbanding 145 milik Saudara/Saudari. Peserta tersebut adalah yang terakhir melanjutkan, sehingga Saudara/Saudari tidak melanjutkan ke SKB.',
    );
  });

  it('tells those at the line who went on what decided against the first not to', () => {
    expect(cutText(facts, 9).en).toContain(
      'You and the 12th-placed candidate both have total 350; your TKP decided: 150 against 145.',
    );
  });

  it('tells the 13th the total of the last to go on against their own', () => {
    expect(cutText(facts, 13)).toMatchObject({
      en: expect.stringContaining(
        'The last to go on, 11th, has a total of 350; yours is 300, so you do not go on to SKB.',
      ),
      id: expect.stringContaining(
        'Peserta terakhir yang melanjutkan, peringkat ke-11, memiliki total 350; total Saudara/Saudari 300, sehingga Saudara/Saudari tidak melanjutkan ke SKB.',
      ),
    });
  });

  it('explains a tie at the line of one vacancy (cut 3) decided by TKP, on both sides', () => {
    const rows = [skdRow(130, 150, 200), skdRow(120, 140, 190), skdRow(90, 90, 170), skdRow(95, 90, 165)];
    const cut = cutOf(rows, 1);
    expect(cut.map((f) => f.advanced)).toEqual([true, true, true, false]);
    expect(cutText(cut, 3).en).toContain(
      'You go on to SKB. You and the 4th-placed candidate both have total 350; your TKP decided: 170 against 165.',
    );
    expect(cutText(cut, 3).id).toContain('yang menentukan adalah TKP Saudara/Saudari: 170 berbanding 165.');
    expect(cutText(cut, 4).en).toContain(
      'You and the 3rd-placed candidate both have total 350; TKP decided: 170 against your 165.',
    );
  });

  it('explains a tie at the line decided by TIU when total and TKP are equal', () => {
    const rows = [skdRow(130, 150, 200), skdRow(120, 140, 190), skdRow(90, 95, 165), skdRow(95, 90, 165)];
    const cut = cutOf(rows, 1);
    expect(cutText(cut, 4).en).toContain(
      'You and the 3rd-placed candidate both have total 350, and are equal on TKP; TIU decided: 95 against your 90.',
    );
    expect(cutText(cut, 4).id).toContain(
      'serta sama pada TKP; yang menentukan adalah TIU: 95 berbanding 90 milik Saudara/Saudari.',
    );
  });

  it("follows the cycle's tie-break order: with TWK first, TWK decides (with TKP, TIU, TWK it never can)", () => {
    const rules = cpnsRules({ skd: { tieBreak: ['twk', 'tiu', 'tkp'] } });
    const rows = [skdRow(130, 150, 200), skdRow(120, 140, 190), skdRow(100, 90, 160), skdRow(95, 90, 165)];
    const cut = cutOf(rows, 1, rules);
    expect(cutText(cut, 3).en).toContain('your TWK decided: 100 against 95.');
    expect(cutText(cut, 4).id).toContain(
      'yang menentukan adalah TWK: 100 berbanding 95 milik Saudara/Saudari.',
    );
  });

  it('tells a candidate of a formation with fewer passers than the cut that all go on', () => {
    const cut = cutOf([skdRow(100, 100, 170), skdRow(90, 90, 170), skdRow(80, 85, 166)], 2);
    expect(cutText(cut, 3)).toEqual({
      id: `Saudara/Saudari berada di peringkat ke-3 dari 3 peserta yang lulus SKD pada formasi ${formation}, dengan kebutuhan 2 orang; 6 (3 × 2) peringkat teratas melanjutkan ke SKB, sehingga seluruh 3 peserta melanjutkan. Saudara/Saudari melanjutkan ke SKB.`,
      en: `You are 3rd of 3 who passed SKD in ${formation}, with 2 vacancies; the first 6 (3 × 2) go on to SKB, so all 3 go on. You go on to SKB.`,
    });
  });

  it('counts a tied group that starts before the line from where it starts (8th to 10th for a cut of 9)', () => {
    const rows = Array.from({ length: 7 }, (_, i) => skdRow(120, 140 - 5 * i, 200));
    rows.push(skdRow(100, 100, 150), skdRow(100, 100, 150), skdRow(100, 100, 150), skdRow(90, 90, 150));
    const cut = cutOf(rows, 3);
    expect(cut.filter((f) => f.advanced)).toHaveLength(10);
    expect(cutText(cut, 8).en).toContain(
      'and the 3 candidates tied at 8th on SKD total, TKP, TIU and TWK all go on, 10 in all. You are one of them, so you go on to SKB.',
    );
    expect(cutText(cut, 11).en).toContain('The last to go on, 10th, has a total of 350; yours is 330');
  });
});

// ---- The final ranking ----

const finalText = (facts: FinalFacts[], rank: number) => finalExplanation(facts[rank - 1]!);

describe('final result explanation (CPNS)', () => {
  it('gives the integrated score as 40% × normalised SKD + 60% × SKB, with the rank against the vacancies', async () => {
    const facts = await cpnsFinal([finalist([120, 130, 169], 86.47), finalist([100, 100, 170], 70)], 1);
    expect(finalText(facts, 1)).toEqual({
      id: `Nilai akhir: 82,355 = 40% × SKD 76,182 + 60% × SKB 86,47 (SKD 419 dari 550, dalam skala 100). Saudara/Saudari berada di peringkat ke-1 dari 2 peserta formasi ${formation} dengan kebutuhan 1 orang: peringkat teratas lulus, sehingga Saudara/Saudari lulus.`,
      en: `Final: 82.355 = 40% × SKD 76.182 + 60% × SKB 86.47 (SKD 419 of 550, on a scale of 100). You are 1st of 2 in ${formation}, with 1 vacancy: the first passes, so you pass.`,
    });
    expect(finalText(facts, 2).en).toContain(
      'You are 2nd of 2 in Pranata Komputer Ahli Pertama, with 1 vacancy: the first passes, so you are kept in rank order for optimalisasi, should a vacancy open.',
    );
    expect(finalText(facts, 2).id).toContain('tercatat sebagai peserta optimalisasi sesuai peringkat');
  });

  it("uses the cycle's weights: 30% × SKD + 70% × SKB", async () => {
    const rules = cpnsRules({ final: { skdWeight: 0.3, skbWeight: 0.7 } });
    const facts = await cpnsFinal([finalist([120, 130, 169], 86.47, 3.5, '1996-01-01', rules)], 1, rules);
    // 0.3 × 76.1818… + 0.7 × 86.47 = 22.8545… + 60.529 = 83.384
    expect(finalText(facts, 1).en).toContain('Final: 83.384 = 30% × SKD 76.182 + 70% × SKB 86.47');
  });

  it('explains a tie at the vacancy line decided by the SKD total: 80 = 80 but 440 against 330', async () => {
    // 0.4 × 80 + 0.6 × 80 = 80; 0.4 × 60 + 0.6 × 93.333 = 79.9998, rounded to 80.
    const rows = [
      finalist([120, 130, 169], 86.47),
      finalist([120, 120, 200], 80),
      finalist([120, 110, 100], 93.333),
    ];
    const facts = await cpnsFinal(rows, 2);
    expect(finalText(facts, 2).en).toContain(
      'the first 2 pass, so you pass. You and the 3rd-placed candidate both have a final score of 80; your SKD total decided: 440 against 330.',
    );
    expect(finalText(facts, 2).id).toContain(
      'Saudara/Saudari dan peserta peringkat ke-3 sama-sama memiliki nilai akhir 80; yang menentukan adalah total SKD Saudara/Saudari: 440 berbanding 330.',
    );
    expect(finalText(facts, 3).en).toContain(
      'You and the 2nd-placed candidate both have a final score of 80; the SKD total decided: 440 against your 330.',
    );
    expect(finalText(facts, 3).en).toContain('kept in rank order for optimalisasi');
  });

  it('explains ties decided by TKP, then TIU, with the levels both were equal on', async () => {
    const rows = [
      finalist([120, 120, 200], 70),
      finalist([120, 130, 190], 70),
      finalist([110, 140, 190], 70),
    ];
    const facts = await cpnsFinal(rows, 1);
    expect(finalText(facts, 1).en).toContain(
      'You and the 2nd-placed candidate both have a final score of 74, and are equal on SKD total; your TKP decided: 200 against 190.',
    );
    expect(finalText(facts, 2).en).toContain(
      'You and the 3rd-placed candidate both have a final score of 74, and are equal on SKD total and TKP; your TIU decided: 140 against 130.',
    );
    expect(finalText(facts, 3).id).toContain(
      'serta sama pada total SKD dan TKP; yang menentukan adalah TIU: 140 berbanding 130 milik Saudara/Saudari.',
    );
  });

  it("explains a tie decided by the GPA with the candidate's own GPA (3,52), never the other's", async () => {
    const facts = await cpnsFinal(
      [finalist([120, 120, 200], 70, 3.52), finalist([120, 120, 200], 70, 3.71)],
      1,
    );
    expect(finalText(facts, 1).id).toContain(
      'serta sama pada total SKD, TKP, TIU dan TWK; yang menentukan adalah IPK (atau nilai rata-rata ijazah): milik Saudara/Saudari, 3,71, lebih tinggi.',
    );
    expect(finalText(facts, 1).en).toContain(
      'your grade point average (IPK, or diploma average) decided: yours, 3.71, is the higher.',
    );
    expect(finalText(facts, 2).en).toContain(
      'and are equal on SKD total, TKP, TIU and TWK; the grade point average (IPK, or diploma average) decided: yours, 3.52, is the lower.',
    );
    expect(finalText(facts, 2).id).toContain('lebih rendah.');
    expect(JSON.stringify(facts[1])).not.toContain('3.71');
  });

  it('explains a tie decided by age without telling anyone the other birth date', async () => {
    const rows = [
      finalist([120, 120, 200], 70, 3.71, '1998-11-20'),
      finalist([120, 120, 200], 70, 3.71, '1995-04-02'),
    ];
    const facts = await cpnsFinal(rows, 1);
    expect(finalText(facts, 1).en).toContain('age decided: you are older, and the older goes first.');
    expect(finalText(facts, 2).id).toContain(
      'yang menentukan adalah usia: peserta tersebut lebih tua, dan yang lebih tua didahulukan.',
    );
    expect(JSON.stringify(facts)).not.toMatch(/1995|1998/);
  });

  it('says when two are equal on every level, so the application number decides', async () => {
    const rows = [
      finalist([120, 120, 200], 70, 3.71, '1995-04-02'),
      finalist([120, 120, 200], 70, 3.71, '1995-04-02'),
    ];
    const facts = await cpnsFinal(rows, 1);
    expect(finalText(facts, 2).en).toContain(
      'you are equal on every level, so the order follows the application number.',
    );
    expect(finalText(facts, 2).id).toContain(
      'keduanya sama pada semua kriteria, sehingga urutan mengikuti nomor lamaran.',
    );
  });

  it.each(languages)(
    'tells a finalist absent from SKB in %s that they have no score and rank last',
    async (lang) => {
      const facts = await cpnsFinal([finalist([120, 120, 200], 70)], 1, cpns2024, 1);
      expect(finalText(facts, 2)[lang]).toBe(
        {
          id: `Saudara/Saudari tidak mengikuti Seleksi Kompetensi Bidang (SKB), sehingga tidak memperoleh nilai akhir: Saudara/Saudari berada di peringkat ke-2 dari 2 peserta formasi ${formation}, setelah semua peserta yang memiliki nilai, dan tidak lulus.`,
          en: `You did not sit the field competency test (SKB), so you have no final score: you are 2nd of 2 in ${formation}, after every candidate with a score, and do not pass.`,
        }[lang],
      );
    },
  );
});

// ---- PPPK ----

describe('competency result explanation (PPPK)', () => {
  it('gives the total as its parts, no passing grade, and the rank against the vacancies', async () => {
    const facts = await pppkFinal([pppkRow(360, 130, 24), pppkRow(300, 100, 20)], 1);
    expect(finalText(facts, 1)).toEqual({
      id: `Seleksi kompetensi: 514 = kompetensi teknis 360 + manajerial dan sosial kultural 130 + wawancara 24 (dari 670); tidak ada nilai ambang batas: peserta dengan peringkat terbaik yang lulus. Saudara/Saudari berada di peringkat ke-1 dari 2 peserta formasi ${formation} dengan kebutuhan 1 orang: peringkat teratas lulus, sehingga Saudara/Saudari lulus.`,
      en: `Competency test: 514 = technical 360 + managerial and socio-cultural 130 + interview 24 (of 670); there is no passing grade: the best-ranked pass. You are 1st of 2 in ${formation}, with 1 vacancy: the first passes, so you pass.`,
    });
  });

  it('explains ties at 512 decided by the technical score, then the managerial score', async () => {
    const facts = await pppkFinal([pppkRow(380, 102, 30), pppkRow(370, 112, 30), pppkRow(370, 114, 28)], 1);
    expect(finalText(facts, 1).en).toContain(
      'You and the 2nd-placed candidate both have a total of 512; your technical score decided: 380 against 370.',
    );
    expect(finalText(facts, 3).en).toContain(
      'You and the 2nd-placed candidate both have a total of 512, and are equal on technical score; the managerial and socio-cultural score decided: 114 against your 112.',
    );
    expect(finalText(facts, 2).id).toContain(
      'yang menentukan adalah nilai kompetensi teknis: 380 berbanding 370 milik Saudara/Saudari.',
    );
  });

  it('explains a tie on every part decided by age, the older first', async () => {
    const facts = await pppkFinal(
      [pppkRow(370, 112, 30, '1988-05-05'), pppkRow(370, 112, 30, '1985-05-05')],
      1,
    );
    expect(finalText(facts, 1).en).toContain(
      'and are equal on technical score, managerial and socio-cultural score and interview score; age decided: you are older, and the older goes first.',
    );
    expect(facts[0]).toMatchObject({ outcome: 'passed', rank: 1 });
  });

  it.each(languages)(
    'tells an absent PPPK finalist in %s that they did not sit the competency test',
    (lang) => {
      const text = finalExplanation(
        absentFinalFacts('PPPK', 4, { title: formation, vacancies: 1, candidates: 4 }),
      );
      expect(text[lang]).toContain(
        { id: 'tidak mengikuti seleksi kompetensi', en: 'did not sit the competency test' }[lang],
      );
    },
  );
});

// ---- In the result emails ----

describe('the result emails state the why', () => {
  const candidate = { name: 'Maria Bria', cycleTitle: 'Seleksi CASN Kota Kupang 2024' };
  const link = 'https://sdm.kupangkota.go.id/candidate';

  it.each(languages)('the screening result in %s', (lang) => {
    const data = {
      ...candidate,
      link,
      decision: 'TMS' as const,
      reason: 'Ijazah tidak sesuai',
      kind: 'CPNS' as const,
    };
    expect(recruitmentEmails.screeningResult(data, lang).text).toContain(screeningExplanation(data)[lang]);
  });

  it.each(languages)('the SKD result in %s', (lang) => {
    const facts = skdFacts({ twk: 60, tiu: 100, tkp: 170 }, 'umum', cpns2024);
    const email = recruitmentEmails.skdResult(
      { ...candidate, scores: facts.scores, total: 330, passed: false, reasons: ['TWK 60 < 65'], facts },
      lang,
    );
    expect(email.text).toContain(skdExplanation(facts)[lang]);
  });

  it.each(languages)('the SKB cut in %s', (lang) => {
    const facts = cutOf(pranataKomputer(), 3)[11]!;
    const email = recruitmentEmails.skbAdvancement(
      { ...candidate, formationTitle: formation, advanced: false, rank: 12, facts },
      lang,
    );
    expect(email.text).toContain(skbCutExplanation(facts)[lang]);
  });

  it.each(languages)('the final result in %s', async (lang) => {
    const facts = (
      await cpnsFinal([finalist([120, 120, 200], 80), finalist([120, 110, 100], 93.333)], 1)
    )[1]!;
    const email = recruitmentEmails.finalResult(
      { ...candidate, formationTitle: formation, outcome: 'optimalisasi', finalScore: 80, rank: 2, facts },
      lang,
    );
    expect(email.text).toContain(finalExplanation(facts)[lang]);
    expect(email.text).toContain(lang === 'id' ? 'adalah 80, peringkat 2.' : 'is 80, rank 2.');
  });
});
