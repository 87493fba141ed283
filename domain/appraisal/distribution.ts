// The predikat distribution of a year, per unit and overall, as HR's year dashboard draws it: counts in
// the predikat order (best first), the staff not yet given an annual predikat apart, and each count's
// share of the rated staff. Counting is the database's (one $group by unit and predikat); this module
// only arranges the groups, so the chart, its table and the tests read the same numbers.
import { predikatNames, predikatValues, type Predikat } from './rule-sets';

/** One group of the database's count: a unit, a predikat (null: not yet given), how many. */
export interface PredikatGroup {
  unitCode: string;
  predikat: string | null;
  n: number;
}

export interface DistributionRow {
  predikat: Predikat;
  name: string;
  count: number;
  /** The share of the rated staff, in whole percent (0 when nobody is rated). */
  percent: number;
}

export interface Distribution {
  /** Every predikat, in order, with its count (0 included, so every chart has the same rows). */
  rows: DistributionRow[];
  rated: number;
  unrated: number;
}

export interface YearDistribution {
  overall: Distribution;
  units: ({ unitCode: string } & Distribution)[];
}

const isPredikat = (p: string | null): p is Predikat =>
  p !== null && (predikatValues as readonly string[]).includes(p);

function distributionOf(groups: readonly PredikatGroup[]): Distribution {
  const counts = new Map<Predikat, number>();
  let unrated = 0;
  for (const g of groups) {
    if (isPredikat(g.predikat)) counts.set(g.predikat, (counts.get(g.predikat) ?? 0) + g.n);
    else unrated += g.n;
  }
  const rated = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    rows: predikatValues.map((p) => {
      const count = counts.get(p) ?? 0;
      return {
        predikat: p,
        name: predikatNames[p],
        count,
        percent: rated === 0 ? 0 : Math.round((count / rated) * 100),
      };
    }),
    rated,
    unrated,
  };
}

/** The distribution overall and per unit (units by code), from the database's groups. */
export function yearDistribution(groups: readonly PredikatGroup[]): YearDistribution {
  const byUnit = new Map<string, PredikatGroup[]>();
  for (const g of groups) byUnit.set(g.unitCode, [...(byUnit.get(g.unitCode) ?? []), g]);
  return {
    overall: distributionOf(groups),
    units: [...byUnit.keys()]
      .sort()
      .map((unitCode) => ({ unitCode, ...distributionOf(byUnit.get(unitCode)!) })),
  };
}

/** A distribution as a chart's bars: one per predikat, its count and share written beside it. */
export function distributionBars(d: Distribution): { label: string; value: number; valueText: string }[] {
  return d.rows.map((r) => ({ label: r.name, value: r.count, valueText: `${r.count} (${r.percent}%)` }));
}
