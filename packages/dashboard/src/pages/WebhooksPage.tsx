import { WEBHOOK_EVENT_TYPES } from '@callcov/sdk';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { apiSend } from '../api.ts';
import { fmtDateTime, truncate } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { Delivery, Endpoint, List, WebhookSecret } from '../types.ts';
import { ConfirmDialog, ErrorNote, Loading, StatusBadge } from '../components/ui.tsx';
import { echoViewPath } from '../echoViewPath.ts';
import { EndpointChart, EndpointEditor } from '../components/EndpointEditor.tsx';

const EVENTS: readonly string[] = WEBHOOK_EVENT_TYPES;

const describeFilter = (e: Endpoint) =>
  e.filter ? Object.entries(e.filter).map(([k, v]) => `${k}: ${(v as string[]).join('|')}`).join('; ') : 'every call';

/** Every delivery with its attempt log (status, duration, response excerpt, next retry) and a Resend button. */
export function DeliveryTable({ deliveries, onResend }: { deliveries: Delivery[]; onResend: (analysisId: string) => void | Promise<void> }) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <div class="table-scroll">
      <table class="deliveries" data-testid="deliveries">
        <caption class="sr-only">Webhook deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Next retry</th>
            <th scope="col">URL</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <Fragment key={d.id}>
              <tr data-delivery={d.id} data-status={d.status}>
                <td>{fmtDateTime(d.created)}</td>
                <td>
                  {d.event}
                  {d.webhook_id.startsWith('msg_test_') ? <span class="muted"> (test event)</span> : d.trigger === 'manual' ? <span class="muted"> (resent)</span> : ''}
                  {d.analysis_id && (
                    <>
                      <br />
                      <a href={`/calls/${d.analysis_id}`} class="small">
                        call …{d.analysis_id.slice(-8)}
                      </a>
                    </>
                  )}
                </td>
                <td>
                  <StatusBadge status={d.status} />
                </td>
                <td>
                  <button type="button" class="btn btn-small" aria-expanded={!!open[d.id]} onClick={() => setOpen({ ...open, [d.id]: !open[d.id] })}>
                    {d.attempt_count} attempt{d.attempt_count === 1 ? '' : 's'}
                  </button>
                </td>
                <td>{d.next_attempt_at ? fmtDateTime(d.next_attempt_at) : '—'}</td>
                <td class="url" title={d.url}>
                  {truncate(d.url, 48)}
                  {echoViewPath(d.url, location.origin) && (
                    <>
                      <br />
                      <a href={echoViewPath(d.url, location.origin)!} class="small" target="_blank" rel="noopener">
                        echo view<span class="sr-only"> (opens in a new tab)</span>
                      </a>
                    </>
                  )}
                </td>
                <td>
                  {d.analysis_id && (
                    <button
                      type="button"
                      class="btn btn-small"
                      disabled={busy === d.id}
                      onClick={async () => {
                        setBusy(d.id);
                        try {
                          await onResend(d.analysis_id!);
                        } finally {
                          setBusy(null);
                        }
                      }}
                    >
                      Resend
                    </button>
                  )}
                </td>
              </tr>
              {open[d.id] && (
                <tr class="attempts-row">
                  <td colSpan={7}>
                    {d.attempts.length === 0 ? (
                      <p class="muted">No attempt yet.</p>
                    ) : (
                      <table class="attempts">
                        <caption class="sr-only">Attempts of delivery {d.id}</caption>
                        <thead>
                          <tr>
                            <th scope="col">#</th>
                            <th scope="col">Time</th>
                            <th scope="col">HTTP</th>
                            <th scope="col">Duration</th>
                            <th scope="col">Response / error</th>
                            <th scope="col">Next retry</th>
                          </tr>
                        </thead>
                        <tbody>
                          {d.attempts.map((t) => (
                            <tr class={t.succeeded ? 'ok' : 'ko'}>
                              <td>{t.attempt}</td>
                              <td>{fmtDateTime(t.started_at)}</td>
                              <td>{t.status_code ?? '—'}</td>
                              <td>{t.duration_ms} ms</td>
                              <td>
                                <code class="excerpt">{truncate(t.error_message ? `${t.error_class ?? 'error'}: ${t.error_message}` : (t.response_body ?? ''), 300) || '—'}</code>
                              </td>
                              <td>{t.next_attempt_at ? fmtDateTime(t.next_attempt_at) : '—'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SecretCard() {
  const secret = useResource<WebhookSecret>('/api/v1/webhooks/secret');
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [note, setNote] = useState('');
  const rotate = async () => {
    setConfirming(false);
    setError(null);
    try {
      await apiSend('POST', '/api/v1/webhooks/secret/rotate');
      await secret.reload();
      setRevealed(true);
      setNote('Secret rotated. The previous one keeps signing for 24 hours.');
    } catch (err) {
      setError(err as Error);
    }
  };
  const s = secret.data;
  return (
    <section class="card" aria-labelledby="h-secret">
      <h2 id="h-secret">Signing secret</h2>
      <ErrorNote error={secret.error ?? error} />
      {!s ? (
        <Loading />
      ) : (
        <>
          <p>
            <code class="secret" data-testid="secret">
              {revealed ? s.secret : `whsec_${'•'.repeat(24)}`}
            </code>
          </p>
          <p class="muted">Created {fmtDateTime(s.created)}. Verify webhooks with it (X-CallCov-Signature and webhook-signature).</p>
          <div class="actions">
            <button type="button" class="btn" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
              {revealed ? 'Hide secret' : 'Reveal secret'}
            </button>
            <button type="button" class="btn btn-danger" onClick={() => setConfirming(true)}>
              Rotate secret…
            </button>
          </div>
          <p aria-live="polite" class="note">{note}</p>
          {s.previous.length > 0 && (
            <div>
              <h3>Still signing</h3>
              <ul>
                {s.previous.map((p) => (
                  <li>
                    <code>{revealed ? p.secret : `whsec_${'•'.repeat(12)}`}</code> until {fmtDateTime(p.expires_at)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <ConfirmDialog open={confirming} title="Rotate the signing secret?" confirmLabel="Rotate" onConfirm={rotate} onCancel={() => setConfirming(false)}>
        <p>A new secret starts signing now. The current one keeps signing alongside it for 24 hours, so update your receivers before then.</p>
      </ConfirmDialog>
    </section>
  );
}

function EndpointsCard({ onSent }: { onSent: () => void }) {
  const list = useResource<List<Endpoint>>('/api/v1/webhook_endpoints');
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['analysis.completed', 'analysis.failed']);
  const [error, setError] = useState<Error | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [charts, setCharts] = useState<Record<string, boolean>>({});
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await list.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <section class="card" aria-labelledby="h-endpoints">
      <h2 id="h-endpoints">Default endpoints</h2>
      <p class="muted">Analyses without a webhook_url are delivered to these.</p>
      <ErrorNote error={list.error ?? error} />
      <p aria-live="polite" class="note">{note}</p>
      {list.data && list.data.data.length > 0 && (
        <ul class="endpoints">
          {list.data.data.map((e) => (
            <li data-endpoint={e.id} class={e.enabled ? '' : 'is-disabled'}>
              <code>{e.url}</code> <span class="muted">{e.events.join(', ')}</span> <StatusBadge status={e.enabled ? 'enabled' : 'disabled'} />
              {e.disabled_reason && <span class="muted"> ({e.disabled_reason})</span>}
              <br />
              <span class="small muted" data-testid="endpoint-settings">
                filter: {describeFilter(e)} · payload: {e.payload}
                {e.headers ? ` · headers: ${Object.keys(e.headers).join(', ')}` : ''}
                {e.auth ? ` · OAuth2 (${e.auth.client_id})` : ''}
                {e.timeout_ms !== null ? ` · timeout ${e.timeout_ms} ms` : ''}
                {e.rate_limit_per_minute !== null ? ` · ≤ ${e.rate_limit_per_minute}/min` : ''}
              </span>
              <span class="actions">
                <button type="button" class="btn btn-small" aria-expanded={editing === e.id} onClick={() => setEditing(editing === e.id ? null : e.id)}>
                  Edit
                </button>
                <button type="button" class="btn btn-small" aria-expanded={!!charts[e.id]} onClick={() => setCharts({ ...charts, [e.id]: !charts[e.id] })}>
                  Chart
                </button>
                <button type="button" class="btn btn-small" onClick={() => act(() => apiSend('PATCH', `/api/v1/webhook_endpoints/${e.id}`, { enabled: !e.enabled }))}>
                  {e.enabled ? 'Disable' : 'Enable'}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() =>
                    act(async () => {
                      const d = await apiSend<Delivery>('POST', `/api/v1/webhook_endpoints/${e.id}/test`);
                      setNote(`Test event queued as ${d.id}; see the delivery log.`);
                      onSent();
                    })
                  }
                >
                  Send test event
                </button>
                <button type="button" class="btn btn-small btn-danger" onClick={() => act(() => apiSend('DELETE', `/api/v1/webhook_endpoints/${e.id}`))}>
                  Delete
                </button>
              </span>
              {editing === e.id && (
                <EndpointEditor
                  endpoint={e}
                  onCancel={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    setNote(`Endpoint ${e.url} saved.`);
                    void list.reload();
                  }}
                />
              )}
              {charts[e.id] && <EndpointChart endpoint={e} />}
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void act(async () => {
            await apiSend('POST', '/api/v1/webhook_endpoints', { url: url.trim(), events });
            setUrl('');
          });
        }}
      >
        <div class="field grow">
          <label for="ep-url">Endpoint URL</label>
          <input id="ep-url" type="url" required placeholder="https://example.com/webhooks/callcov" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </div>
        <fieldset class="field">
          <legend>Events</legend>
          {EVENTS.map((ev) => (
            <label class="check-label">
              <input type="checkbox" checked={events.includes(ev)} onChange={(e) => setEvents((e.target as HTMLInputElement).checked ? [...events, ev] : events.filter((x) => x !== ev))} /> {ev}
            </label>
          ))}
        </fieldset>
        <button class="btn btn-primary" type="submit" disabled={events.length === 0}>
          Add endpoint
        </button>
      </form>
    </section>
  );
}

function DeliveryLogCard({ refresh }: { refresh: number }) {
  const log = useResource<List<Delivery>>('/api/v1/webhooks/deliveries?limit=50', {
    pollMs: (l) => (l.data.some((d) => d.status === 'pending') ? 1500 : null),
  });
  const [error, setError] = useState<Error | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (refresh > 0) void log.reload();
  }, [refresh]);
  const [since, setSince] = useState('');
  const recover = async () => {
    setError(null);
    try {
      const r = await apiSend<{ deliveries_queued: number }>('POST', '/api/v1/webhooks/recover', { since: Math.floor(new Date(since).getTime() / 1000) });
      setNote(`${r.deliveries_queued} failed deliver${r.deliveries_queued === 1 ? 'y' : 'ies'} queued again (same webhook-ids).`);
      await log.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  const resend = async (analysisId: string) => {
    setError(null);
    try {
      const d = await apiSend<Delivery>('POST', `/api/v1/analysis/${encodeURIComponent(analysisId)}/deliveries`);
      setNote(`Resent as ${d.id}.`);
      await log.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <section class="card" aria-labelledby="h-log">
      <div class="card-head">
        <h2 id="h-log">Delivery log</h2>
        <button type="button" class="btn btn-small" onClick={() => void log.reload()}>
          Refresh
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          void recover();
        }}
      >
        <div class="field">
          <label for="recover-since">Recover failed since</label>
          <input id="recover-since" type="datetime-local" required value={since} onInput={(e) => setSince((e.target as HTMLInputElement).value)} />
        </div>
        <button class="btn" type="submit" disabled={since === ''}>
          Recover failed deliveries
        </button>
      </form>
      <ErrorNote error={log.error ?? error} />
      <p aria-live="polite" class="note">{note}</p>
      {!log.data ? <Loading /> : log.data.data.length === 0 ? <p class="muted">No deliveries yet.</p> : <DeliveryTable deliveries={log.data.data} onResend={resend} />}
    </section>
  );
}

export function WebhooksPage() {
  useTitle('Webhooks');
  const [refresh, setRefresh] = useState(0);
  return (
    <main id="main">
      <h1>Webhooks</h1>
      <SecretCard />
      <EndpointsCard onSent={() => setRefresh((n) => n + 1)} />
      <DeliveryLogCard refresh={refresh} />
    </main>
  );
}
