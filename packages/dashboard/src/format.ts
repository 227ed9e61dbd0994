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
