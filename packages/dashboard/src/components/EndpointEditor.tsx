import { WEBHOOK_EVENT_TYPES } from '@callcov/sdk';
import { useState } from 'preact/hooks';
import { apiSend } from '../api.ts';
import { useResource } from '../hooks.ts';
import type { Endpoint } from '../types.ts';
import { ErrorNote } from './ui.tsx';
import { LineChart } from './LineChart.tsx';

export const ALL_EVENTS: readonly string[] = WEBHOOK_EVENT_TYPES;
const STATUSES = ['fail', 'review', 'pass'] as const;

const list = (text: string): string[] => text.split(/[,\s]+/).map((s) => s.trim()).filter((s) => s !== '');
const headerLines = (h: Record<string, string> | null) => Object.entries(h ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n');

/** "Name: value" lines -> a header object (masked values sent back unchanged keep the stored ones). */
export function parseHeaderLines(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const at = line.indexOf(':');
    if (at <= 0) throw new Error(`"${line}" is not "Name: value".`);
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return Object.keys(out).length ? out : null;
}

/** Edits an endpoint's subscription and receiver settings (DESIGN.md §1.5b); secrets are shown masked and kept when unchanged. */
export function EndpointEditor({ endpoint, onSaved, onCancel }: { endpoint: Endpoint; onSaved: () => void; onCancel: () => void }) {
  const id = endpoint.id;
  const f = endpoint.filter ?? {};
  const [events, setEvents] = useState<string[]>(endpoint.events);
  const [statuses, setStatuses] = useState<string[]>(f.compliance_status ?? []);
  const [checks, setChecks] = useState((f.failed_check ?? []).join(', '));
  const [agents, setAgents] = useState((f.agent_id ?? []).join(', '));
  const [languages, setLanguages] = useState((f.language ?? []).join(', '));
  const [payload, setPayload] = useState<string>(endpoint.payload);
  const [headers, setHeaders] = useState(headerLines(endpoint.headers));
  const [tokenUrl, setTokenUrl] = useState(endpoint.auth?.token_url ?? '');
  const [clientId, setClientId] = useState(endpoint.auth?.client_id ?? '');
  const [clientSecret, setClientSecret] = useState(endpoint.auth?.client_secret ?? '');
  const [scope, setScope] = useState(endpoint.auth?.scope ?? '');
  const [timeout, setTimeoutMs] = useState(endpoint.timeout_ms === null ? '' : String(endpoint.timeout_ms));
  const [rate, setRate] = useState(endpoint.rate_limit_per_minute === null ? '' : String(endpoint.rate_limit_per_minute));
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const input = (set: (v: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  const save = async () => {
    setError(null);
    setBusy(true);
    try {
      const filter: Record<string, string[]> = {};
      if (statuses.length) filter.compliance_status = statuses;
      if (list(checks).length) filter.failed_check = list(checks);
      if (list(agents).length) filter.agent_id = list(agents);
      if (list(languages).length) filter.language = list(languages);
      await apiSend('PATCH', `/api/v1/webhook_endpoints/${id}`, {
        events,
        filter: Object.keys(filter).length ? filter : null,
        payload,
        headers: parseHeaderLines(headers),
        auth: tokenUrl.trim() ? { type: 'oauth2_client_credentials', token_url: tokenUrl.trim(), client_id: clientId.trim(), client_secret: clientSecret, scope: scope.trim() || null } : null,
        timeout_ms: timeout.trim() ? Number(timeout) : null,
        rate_limit_per_minute: rate.trim() ? Number(rate) : null,
      });
      onSaved();
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="endpoint-editor"
      aria-label={`Edit endpoint ${endpoint.url}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorNote error={error} />
      <fieldset class="field">
        <legend>Events</legend>
        {ALL_EVENTS.map((ev) => (
          <label class="check-label">
            <input type="checkbox" checked={events.includes(ev)} onChange={(e) => setEvents((e.target as HTMLInputElement).checked ? [...events, ev] : events.filter((x) => x !== ev))} /> {ev}
          </label>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>Only calls whose compliance status is (none ticked: any)</legend>
        {STATUSES.map((st) => (
          <label class="check-label">
            <input type="checkbox" checked={statuses.includes(st)} onChange={(e) => setStatuses((e.target as HTMLInputElement).checked ? [...statuses, st] : statuses.filter((x) => x !== st))} /> {st}
          </label>
        ))}
      </fieldset>
      <div class="inline-form">
        <div class="field grow">
          <label for={`${id}-checks`}>Failed checks (any of, comma-separated)</label>
          <input id={`${id}-checks`} value={checks} onInput={input(setChecks)} />
        </div>
        <div class="field grow">
          <label for={`${id}-agents`}>Agents (comma-separated)</label>
          <input id={`${id}-agents`} value={agents} onInput={input(setAgents)} />
        </div>
        <div class="field">
          <label for={`${id}-langs`}>Languages</label>
          <input id={`${id}-langs`} value={languages} onInput={input(setLanguages)} placeholder="en, es" />
        </div>
        <div class="field">
          <label for={`${id}-payload`}>Payload</label>
          <select id={`${id}-payload`} value={payload} onChange={input(setPayload)}>
            <option value="full">full (the analysis)</option>
            <option value="no_transcript">no_transcript</option>
            <option value="thin">thin (summary + URL)</option>
          </select>
        </div>
      </div>
      <div class="inline-form">
        <div class="field grow">
          <label for={`${id}-headers`}>Headers (one "Name: value" per line; stored encrypted)</label>
          <textarea id={`${id}-headers`} rows={3} value={headers} onInput={input(setHeaders)} />
        </div>
      </div>
      <fieldset class="inline-form">
        <legend>OAuth2 client credentials (leave the token URL empty for none)</legend>
        <div class="field grow">
          <label for={`${id}-token-url`}>Token URL</label>
          <input id={`${id}-token-url`} type="url" value={tokenUrl} onInput={input(setTokenUrl)} />
        </div>
        <div class="field">
          <label for={`${id}-client-id`}>Client ID</label>
          <input id={`${id}-client-id`} value={clientId} onInput={input(setClientId)} />
        </div>
        <div class="field">
          <label for={`${id}-client-secret`}>Client secret</label>
          <input id={`${id}-client-secret`} type="password" autocomplete="off" value={clientSecret} onInput={input(setClientSecret)} />
        </div>
        <div class="field">
          <label for={`${id}-scope`}>Scope</label>
          <input id={`${id}-scope`} value={scope} onInput={input(setScope)} />
        </div>
      </fieldset>
      <div class="inline-form">
        <div class="field">
          <label for={`${id}-timeout`}>Timeout (ms)</label>
          <input id={`${id}-timeout`} type="number" min={100} max={30000} value={timeout} onInput={input(setTimeoutMs)} placeholder="server default" />
        </div>
        <div class="field">
          <label for={`${id}-rate`}>Rate limit (per minute)</label>
          <input id={`${id}-rate`} type="number" min={1} max={100000} value={rate} onInput={input(setRate)} placeholder="none" />
        </div>
        <button class="btn btn-primary" type="submit" disabled={busy || events.length === 0}>
          Save endpoint
        </button>
        <button class="btn" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface StatsBucket {
  start: number;
  attempts: number;
  success_rate: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
}

/** The endpoint's success rate and latency per hour over the last 24 hours. */
export function EndpointChart({ endpoint }: { endpoint: Endpoint }) {
  const stats = useResource<{ buckets: StatsBucket[] }>(`/api/v1/webhook_endpoints/${endpoint.id}/stats?hours=24`);
  if (stats.error) return <ErrorNote error={stats.error} />;
  if (!stats.data) return null;
  const b = stats.data.buckets;
  const labels = b.map((x) => new Date(x.start * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  const total = b.reduce((n, x) => n + x.attempts, 0);
  return (
    <div class="endpoint-charts" data-testid={`endpoint-chart-${endpoint.id}`}>
      <p class="muted">{total} attempts in the last 24 hours.</p>
      <LineChart
        title="Success rate per hour (%)"
        xLabels={labels}
        yRange={[0, 100]}
        height={160}
        series={[{ label: 'success %', color: '#15803d', values: b.map((x) => (x.success_rate === null ? null : Math.round(x.success_rate * 1000) / 10)) }]}
        formatValue={(v) => (v == null ? '—' : `${v}%`)}
      />
      <LineChart
        title="Attempt latency per hour (ms)"
        xLabels={labels}
        height={160}
        series={[
          { label: 'p50', color: '#1d4ed8', values: b.map((x) => x.p50_ms) },
          { label: 'p95', color: '#b45309', values: b.map((x) => x.p95_ms) },
        ]}
        formatValue={(v) => (v == null ? '—' : `${Math.round(v)}`)}
      />
    </div>
  );
}
