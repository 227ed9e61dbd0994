// Pure formatting helpers.

export const fmtDateTime = (unixSeconds: number | null | undefined): string =>
  unixSeconds == null ? '—' : new Date(unixSeconds * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function fmtDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

/** 12.34 -> "0:12.3" (player positions). */
export function fmtPosition(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = (seconds - m * 60).toFixed(1).padStart(4, '0');
  return `${m}:${s}`;
}

export const fmtPercent = (ratio: number | null | undefined, digits = 0): string =>
  ratio == null ? '—' : `${(ratio * 100).toFixed(digits)}%`;

export const fmtScore = (score: number | null | undefined): string => (score == null ? '—' : String(Math.round(score * 10) / 10));

export const fmtNumber = (n: number | null | undefined, digits = 2): string => (n == null ? '—' : n.toFixed(digits));

/** A calendar date (YYYY-MM-DD, in the browser's time zone, like the dates shown) to unix seconds at its start or end. */
export function dateToUnix(date: string, endOfDay = false): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = Date.parse(`${date}T${endOfDay ? '23:59:59' : '00:00:00'}`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

export const truncate = (s: string | null | undefined, n: number): string => (!s ? '' : s.length > n ? `${s.slice(0, n)}…` : s);

/** "active_listening" -> "Active listening" (a title for an id when no title is known). */
export const humanize = (id: string): string => {
  const s = id.replace(/[_-]+/g, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : id;
};

/** The text without a leading "Title:" that repeats the label shown next to it ("Closing: Found…" under "Closing"). */
export function withoutLabel(text: string, ...labels: string[]): string {
  for (const label of labels) {
    if (!label) continue;
    const prefix = `${label}:`;
    if (text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()) return text.slice(prefix.length).trimStart();
  }
  return text;
}

/** Compliance results of a set of calls: how many passed, failed, and still wait for a human ("review"). */
export interface PassCounts {
  passed: number;
  failed: number;
  review: number;
}

/**
 * A pass rate that says what it counts: "3 of 9 calls passed (33%)", "· 4 need review" when some have no verdict, and
 * no rate at all when every call still needs review.
 */
export function fmtPassRate(evaluated: number, rate: number | null | undefined, counts?: PassCounts | null): string {
  if (!evaluated) return 'No compliance result yet';
  const calls = (n: number) => `${n} call${n === 1 ? '' : 's'}`;
  if (counts && counts.review === evaluated) return `No verdict yet: ${evaluated === 1 ? 'the call needs' : `all ${calls(evaluated)} need`} review`;
  const passed = counts ? counts.passed : Math.round((rate ?? 0) * evaluated);
  const pct = `${Math.round((passed / evaluated) * 100)}%`;
  const base = `${passed} of ${calls(evaluated)} passed (${pct})`;
  return counts && counts.review > 0 ? `${base} · ${counts.review} need${counts.review === 1 ? 's' : ''} review` : base;
}
