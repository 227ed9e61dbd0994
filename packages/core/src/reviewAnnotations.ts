import type { ReviewSummary, ReviewVerdict } from './schemas/reviews.ts';

/**
 * The review fields of the analysis object (DESIGN.md §1.7), kept in the stored results so that GET and the webhook
 * body embed them as they are: every compliance check and scorecard item carries `review` (the latest human review,
 * null when none) and `compliance.reviewed` says whether any item has one. Pure: results in, new results out.
 */

interface Item {
  id: string;
  status?: string;
  score?: number;
  review?: ReviewSummary | null;
  [k: string]: unknown;
}
interface ResultsShape {
  compliance?: ({ checks?: Item[]; reviewed?: boolean; [k: string]: unknown } | null);
  quality?: ({ scorecard?: Item[]; [k: string]: unknown } | null);
  [k: string]: unknown;
}

export type ReviewedItemKind = 'compliance' | 'scorecard';

/** What a review of `checkId` is about: a compliance check first, else a scorecard item; null when neither exists. */
export function findReviewableItem(results: unknown, checkId: string): { kind: ReviewedItemKind; machineStatus: ReviewVerdict } | null {
  const r = results as ResultsShape | null;
  const check = r?.compliance?.checks?.find((c) => c.id === checkId);
  if (check) return { kind: 'compliance', machineStatus: check.status as ReviewVerdict };
  const item = r?.quality?.scorecard?.find((i) => i.id === checkId);
  if (item) return { kind: 'scorecard', machineStatus: scorecardItemVerdict(item) };
  return null;
}

/** A scorecard item's verdict: its own status (pass/fail items), else passed only at full score (as the evaluation reads it). */
export function scorecardItemVerdict(item: { status?: string; score?: number }): ReviewVerdict {
  if (item.status === 'passed' || item.status === 'failed' || item.status === 'not_applicable') return item.status;
  return (item.score ?? 0) >= 1 ? 'passed' : 'failed';
}

/**
 * Results with the review fields: `latest` maps check id -> its latest review; items absent from it get `review: null`
 * unless `keepExisting` (then their stored review stays). `compliance.reviewed` is true when any item has a review.
 * A scorecard item that shares its id with a compliance check is not reviewable on its own (`check_id` names the
 * check, as in findReviewableItem and bench/analysis-eval), so it keeps `review: null`.
 */
export function withReviews<T>(results: T, latest: ReadonlyMap<string, ReviewSummary> = new Map(), keepExisting = false): T {
  const r = results as ResultsShape | null;
  if (!r || typeof r !== 'object') return results;
  let any = false;
  // a review names an id; where a scorecard item has the id of a compliance check, the review is the check's
  const checkIds = new Set((r.compliance?.checks ?? []).map((c) => c.id));
  const mark = (i: Item, shadowed = false): Item => {
    const review = shadowed ? null : (latest.get(i.id) ?? (keepExisting ? (i.review ?? null) : null));
    if (review) any = true;
    return { ...i, review };
  };
  const quality = r.quality && Array.isArray(r.quality.scorecard) ? { ...r.quality, scorecard: r.quality.scorecard.map((i) => mark(i, checkIds.has(i.id))) } : r.quality;
  const compliance = r.compliance && Array.isArray(r.compliance.checks) ? { ...r.compliance, checks: r.compliance.checks.map((c) => mark(c)) } : r.compliance;
  const out: ResultsShape = { ...r };
  if (quality !== undefined) out.quality = quality;
  if (compliance) out.compliance = { ...compliance, reviewed: any };
  return out as T;
}
