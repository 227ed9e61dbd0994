import { useEffect, useState } from 'preact/hooks';
import { apiDownload, qs } from '../api.ts';
import { dateToUnix, fmtDateTime, fmtDuration, fmtScore } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import { navigate, useLocation } from '../router.ts';
import { policyChecks } from '../policyChecks.ts';
import type { Policy } from '@callcov/sdk';
import type { Analysis, List } from '../types.ts';
import { ErrorNote, Loading, StatusBadge } from '../components/ui.tsx';

const STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
const FILTERS = ['status', 'agent_id', 'failed_check', 'contact_id', 'from', 'to'] as const;
const NO_FILTERS = Object.fromEntries(FILTERS.map((k) => [k, ''])) as Record<(typeof FILTERS)[number], string>;
const PAGE_SIZE = 20;

export const callDuration = (a: Analysis): number | null =>
  a.audio?.duration_seconds ?? (a.transcript?.segments?.length ? Math.max(...a.transcript.segments.map((s) => s.end)) : null);

/** Analyses, newest first: filters live in the page's URL (so Agents can link here), cursor pagination, live while running. */
export function CallsPage() {
  useTitle('Calls');
  const { query } = useLocation();
  const f = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const after = query.get('after') ?? '';
  const [history, setHistory] = useState<string[]>([]);
  const [draft, setDraft] = useState(f);
  const search = location.search;
  useEffect(() => setDraft(f), [search]); // Back/Forward and links from other pages change the filters too
  const filters = {
    status: f.status,
    agent_id: f.agent_id,
    failed_check: f.failed_check,
    contact_id: f.contact_id,
    created_gte: dateToUnix(f.from),
    created_lte: dateToUnix(f.to, true),
  };
  const path = '/api/v1/analysis' + qs({ limit: PAGE_SIZE, ...filters, starting_after: after });
  const [exporting, setExporting] = useState<{ busy: 'csv' | 'ndjson' | null; error: Error | null; done: string }>({ busy: null, error: null, done: '' });
  /** Every call matching the list's filters (all pages), as a file: GET /api/v1/analysis/export. */
  const exportAs = async (format: 'csv' | 'ndjson') => {
    setExporting({ busy: format, error: null, done: '' });
    try {
      const name = await apiDownload('/api/v1/analysis/export' + qs({ format, ...filters }), `callcov-analyses.${format}`);
      setExporting({ busy: null, error: null, done: `Downloaded ${name}` });
    } catch (err) {
      setExporting({ busy: null, error: err as Error, done: '' });
    }
  };
  const list = useResource<List<Analysis>>(path, {
    // Running analyses: every 1.5 s; otherwise the first page still looks for new calls every 5 s.
    pollMs: (d) => (d.data.some((a) => a.status === 'queued' || a.status === 'processing') ? 1500 : after ? null : 5000),
  });

  const apply = (next: Record<string, string>, cursor = '') => {
    const params = new URLSearchParams();
    for (const k of FILTERS) if (next[k]) params.set(k, next[k]!);
    if (cursor) params.set('after', cursor);
    const s = params.toString();
    navigate(`/calls${s ? `?${s}` : ''}`);
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setHistory([]);
    apply(draft);
  };
  const field = (k: (typeof FILTERS)[number]) => ({
    value: draft[k],
    onInput: (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value }),
  });
  // The checks the account's policies define, for the failed-check filter (the URL's value is kept even if unknown).
  const policies = useResource<List<Policy>>('/api/v1/policies');
  const checks = policyChecks(policies.data?.data ?? [], draft.failed_check);
  const running = list.data?.data.filter((a) => a.status === 'queued' || a.status === 'processing').length ?? 0;

  return (
    <main id="main">
      <h1>Calls</h1>
      <form class="filters card" onSubmit={onSubmit} role="search" aria-label="Filter calls">
        <div class="field">
          <label for="f-status">Status</label>
          <select id="f-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: (e.target as HTMLSelectElement).value })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-agent">Agent</label>
          <input id="f-agent" type="text" placeholder="agent_001" {...field('agent_id')} />
        </div>
        <div class="field">
          <label for="f-check">Failed check</label>
          <select id="f-check" value={draft.failed_check} onChange={(e) => setDraft({ ...draft, failed_check: (e.target as HTMLSelectElement).value })}>
            <option value="">Any</option>
            {checks.map((c) => (
              <option value={c.id}>{c.title}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-contact">Contact id</label>
          <input id="f-contact" type="search" placeholder="customer_123" {...field('contact_id')} />
        </div>
        <div class="field">
          <label for="f-from">From</label>
          <input id="f-from" type="date" {...field('from')} />
        </div>
        <div class="field">
          <label for="f-to">To</label>
          <input id="f-to" type="date" {...field('to')} />
        </div>
        <div class="field field-actions">
          <button class="btn btn-primary" type="submit">
            Apply
          </button>
          <button
            class="btn"
            type="button"
            onClick={() => {
              setDraft(NO_FILTERS);
              setHistory([]);
              apply(NO_FILTERS);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <div class="export-bar" role="group" aria-label="Export the calls that match the filters">
        <span class="muted">Export every call matching these filters:</span>
        <button class="btn btn-small" type="button" disabled={exporting.busy !== null} onClick={() => exportAs('csv')}>
          {exporting.busy === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button class="btn btn-small" type="button" disabled={exporting.busy !== null} onClick={() => exportAs('ndjson')}>
          {exporting.busy === 'ndjson' ? 'Exporting…' : 'Export NDJSON'}
        </button>
        <span class="muted" aria-live="polite" data-testid="export-status">{exporting.done}</span>
      </div>
      <ErrorNote error={exporting.error} />
      <p class="muted" aria-live="polite" data-testid="live-status">
        {running > 0 ? `${running} call${running > 1 ? 's' : ''} in progress — updating live` : ''}
      </p>
      <ErrorNote error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : list.data && list.data.data.length === 0 ? (
        <p class="empty">No calls match. Submit one with POST /api/v1/analysis.</p>
      ) : (
        list.data && (
          <div class="table-scroll card">
            <table class="calls-table" data-testid="calls-table">
              <caption class="sr-only">Calls, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Status</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Contact</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Compliance</th>
                  <th scope="col">Quality</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((a) => (
                  <tr data-id={a.id} data-status={a.status}>
                    <td>
                      <a href={`/calls/${a.id}`}>{fmtDateTime(a.created)}</a>
                    </td>
                    <td>
                      <StatusBadge status={a.status} progress={a.progress} />
                    </td>
                    <td>{a.call.agent_id ?? '—'}</td>
                    <td>{a.call.contact_id ?? '—'}</td>
                    <td>{fmtDuration(callDuration(a))}</td>
                    <td>
                      <StatusBadge status={a.results?.compliance?.status} />
                    </td>
                    <td>{fmtScore(a.results?.quality?.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      <nav class="pager" aria-label="Pages">
        <button
          class="btn"
          type="button"
          disabled={!after}
          onClick={() => {
            const prev = history.slice(0, -1);
            const cursor = history[history.length - 1] ?? '';
            setHistory(prev);
            apply(f, cursor);
          }}
        >
          ← Newer
        </button>
        <button
          class="btn"
          type="button"
          disabled={!list.data?.has_more}
          onClick={() => {
            const last = list.data!.data[list.data!.data.length - 1]!;
            setHistory([...history, after]);
            apply(f, last.id);
          }}
        >
          Older →
        </button>
      </nav>
    </main>
  );
}
