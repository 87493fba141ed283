// A large CPNS cycle written straight into the read models (no workflows), as the exports and the
// announcements read it: a cycle record with every stage announced, and `size` applications in
// `formations` formations with their NIK sealed, registration numbers, screening, SKD, SKB and final
// results and ranks. For the large-export test and the export benchmark, where running 100,000 application
// workflows would measure Temporal, not the export.
import type { Models } from '../../db/connection';
import { cpns2024 } from '../../domain/recruitment/rule-sets';
import { formatRegistrationNumber } from '../../domain/recruitment/registration-number';
import type { FieldCrypto } from '../../runtime/field-crypto';

export interface SeededCycle {
  code: string;
  formations: string[];
  size: number;
  /** The NIK of application `i` (16 digits). */
  nikOf(i: number): string;
}

const hex20 = (i: number) => i.toString(16).padStart(20, '0');

export async function seedCycle(
  models: Models,
  fields: FieldCrypto,
  o: { code: string; size: number; formations?: number; batch?: number },
): Promise<SeededCycle> {
  const formations = Array.from({ length: o.formations ?? 4 }, (_, i) => `FORMASI-${i + 1}`);
  const now = Date.now();
  const closes = new Date(now + 3 * 86_400_000).toISOString();
  await models.cycles.create({
    _id: o.code,
    kind: 'CPNS',
    title: `Seleksi CPNS Kota Kupang 2026 (${o.size} pelamar)`,
    budgetYear: 2026,
    ruleSetId: cpns2024.id,
    rules: cpns2024,
    formations: formations.map((code) => ({
      code,
      title: `Jabatan ${code}`,
      unit: 'DISKOMINFO',
      type: 'umum',
      vacancies: 10,
    })),
    schedule: {
      registrationOpensAt: new Date(now - 86_400_000).toISOString(),
      registrationClosesAt: new Date(now).toISOString(),
    },
    phase: 'final-appeal',
    appealWindows: { administration: closes, skd: closes, final: closes },
    createdBy: 'hr-1',
  });
  const nikOf = (i: number) => `5371${String(i).padStart(12, '0')}`;
  const batch = o.batch ?? 5_000;
  for (let start = 0; start < o.size; start += batch) {
    const docs = [];
    for (let i = start; i < Math.min(o.size, start + batch); i++) {
      const f = i % formations.length;
      const rank = Math.floor(i / formations.length) + 1;
      const twk = 65 + 5 * (i % 10);
      const tiu = 80 + 5 * (i % 8);
      const tkp = 166 + (i % 50);
      const skb = 60 + (i % 40);
      const skdTotal = twk + tiu + tkp;
      const score = Math.round((0.4 * (skdTotal / 550) * 100 + 0.6 * skb) * 1000) / 1000;
      const outcome = rank <= 10 ? 'passed' : rank <= 30 ? 'optimalisasi' : 'not-passed';
      docs.push({
        _id: `${o.code}-${hex20(i)}`,
        cycleCode: o.code,
        workflowId: `application/${o.code}/${hex20(i)}`,
        applicantKey: hex20(i),
        formationCode: formations[f],
        formationType: 'umum',
        nik: fields.seal(nikOf(i)),
        name: `Peserta Nomor ${i}`,
        email: fields.seal(`peserta${i}@example.com`),
        birthDate: '1996-01-05',
        education: { level: 'S1', major: 'Informatika', gpa: 3.2 },
        language: 'id',
        status: outcome,
        registrationNumber: formatRegistrationNumber(o.code, i + 1),
        seq: 1,
        screening: { decision: 'MS', reason: 'berkas lengkap' },
        skd: { twk, tiu, tkp, total: skdTotal, passed: true, reasons: [] },
        skdRank: rank,
        skb: { score: skb, components: { CAT: skb } },
        final: { score, rank, outcome },
        appeals: {},
        deadlines: {},
        documents: null,
        withdrawal: null,
      });
    }
    await models.applications.collection.insertMany(docs as never[], { ordered: false });
  }
  return { code: o.code, formations, size: o.size, nikOf };
}
