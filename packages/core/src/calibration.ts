import type { CalibrationCheck, ReviewVerdict } from './schemas/reviews.ts';

/** One reviewed item: the engine's verdict and the human's (the latest review of one check of one analysis). */
export interface VerdictPair {
  checkId: string;
  machine: ReviewVerdict;
  human: ReviewVerdict;
}

/**
 * Calibration of the engine against human reviewers (DESIGN.md §1.7), per check, checks sorted by id. "failed" is the
 * positive class (a violation), as in bench/analysis-eval: precision = of the machine's "failed", the share humans
 * confirmed; recall = of the humans' "failed", the share the machine found; null when there is nothing to divide by.
 * Agreement compares the three verdicts exactly. Pure.
 */
export function computeCalibration(pairs: Iterable<VerdictPair>): CalibrationCheck[] {
  const by = new Map<string, { reviewed: number; agreed: number; tp: number; fp: number; fn: number }>();
  for (const p of pairs) {
    let c = by.get(p.checkId);
    if (!c) by.set(p.checkId, (c = { reviewed: 0, agreed: 0, tp: 0, fp: 0, fn: 0 }));
    c.reviewed++;
    if (p.machine === p.human) c.agreed++;
    const m = p.machine === 'failed';
    const h = p.human === 'failed';
    if (m && h) c.tp++;
    else if (m) c.fp++;
    else if (h) c.fn++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([checkId, c]) => ({
      check_id: checkId,
      reviewed: c.reviewed,
      agreed: c.agreed,
      agreement: ratio(c.agreed, c.reviewed),
      machine_failed_human_passed: c.fp,
      machine_passed_human_failed: c.fn,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
    }));
}

/** The latest review of each (analysis, check): reviews in any order, ties on time broken by id (ids sort by creation). */
export function latestReviews<R extends { analysisId: string; checkId: string; createdAt: number; id: string }>(reviews: Iterable<R>): R[] {
  const latest = new Map<string, R>();
  for (const r of reviews) {
    const key = `${r.analysisId}\u0000${r.checkId}`;
    const seen = latest.get(key);
    if (!seen || r.createdAt > seen.createdAt || (r.createdAt === seen.createdAt && r.id > seen.id)) latest.set(key, r);
  }
  return [...latest.values()];
}
