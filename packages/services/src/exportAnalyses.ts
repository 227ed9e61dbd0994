import type { ListAnalysesQuery } from '@callcov/core';
import { listAnalyses } from './readAnalyses.ts';
import type { Caller, ServiceContext } from './serviceContext.ts';

/** The columns of an analyses export, one row per analysis (CSV header order, NDJSON keys). */
export const ANALYSIS_EXPORT_COLUMNS = [
  'id',
  'status',
  'created',
  'completed_at',
  'agent_id',
  'contact_id',
  'language',
  'duration_seconds',
  'compliance_status',
  'compliance_score',
  'quality_score',
  'failed_checks',
  'error_code',
  'livemode',
] as const;
export type AnalysisExportRow = Record<(typeof ANALYSIS_EXPORT_COLUMNS)[number], string | number | boolean | null>;

const iso = (unixSeconds: unknown) => (typeof unixSeconds === 'number' ? new Date(unixSeconds * 1000).toISOString() : null);

/** Pure: the export row of an analysis object (times as ISO 8601 UTC, failed checks `;`-separated). */
export function analysisExportRow(a: any): AnalysisExportRow {
  const compliance = a.results?.compliance ?? null;
  const failed = (compliance?.checks ?? []).filter((c: { status?: string }) => c.status === 'failed').map((c: { id: string }) => c.id);
  return {
    id: a.id,
    status: a.status,
    created: iso(a.created),
    completed_at: iso(a.completed_at),
    agent_id: a.call?.agent_id ?? null,
    contact_id: a.call?.contact_id ?? null,
    language: a.transcript?.language ?? null,
    duration_seconds: a.audio?.duration_seconds ?? null,
    compliance_status: compliance?.status ?? null,
    compliance_score: compliance?.score ?? null,
    quality_score: a.results?.quality?.score ?? null,
    failed_checks: failed.join(';'),
    error_code: a.error_code ?? null,
    livemode: a.livemode,
  };
}

/**
 * Pure: one CSV line (RFC 4180: quoted when needed, quotes doubled). Cells that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start) get a leading `'`, so an agent id like `=HYPERLINK(…)` stays text.
 */
export function csvLine(values: ReadonlyArray<string | number | boolean | null>): string {
  return (
    values
      .map((v) => {
        if (v === null) return '';
        let s = String(v);
        if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
        return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}

/**
 * The account's analyses matching the list filters, newest first, as export lines (`csv` with a header line, or
 * `ndjson`), read page by page so any number of analyses streams in bounded memory.
 */
export async function* exportAnalyses(
  ctx: ServiceContext,
  caller: Caller,
  query: Omit<ListAnalysesQuery, 'limit' | 'starting_after'>,
  format: 'csv' | 'ndjson',
): AsyncGenerator<string> {
  let startingAfter: string | undefined;
  for (;;) {
    const page = JSON.parse(await listAnalyses(ctx, caller, { ...query, limit: 100, ...(startingAfter ? { starting_after: startingAfter } : {}) })) as { data: any[]; has_more: boolean };
    // the header after the first page is read: a bad filter fails before anything is sent
    if (startingAfter === undefined && format === 'csv') yield csvLine([...ANALYSIS_EXPORT_COLUMNS]);
    for (const a of page.data) {
      const row = analysisExportRow(a);
      yield format === 'csv' ? csvLine(ANALYSIS_EXPORT_COLUMNS.map((c) => row[c])) : JSON.stringify(row) + '\n';
    }
    if (!page.has_more || page.data.length === 0) return;
    startingAfter = page.data.at(-1).id;
  }
}
