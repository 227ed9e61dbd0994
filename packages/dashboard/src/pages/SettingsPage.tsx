import { useState } from 'preact/hooks';
import { ApiRequestError, apiSend } from '../api.ts';
import { fmtDateTime } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { ApiKey, List } from '../types.ts';
import { ConfirmDialog, ErrorNote, Loading, StatusBadge } from '../components/ui.tsx';

function ApiKeysCard() {
  const keys = useResource<List<ApiKey>>('/api/v1/api_keys');
  const [created, setCreated] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const create = async () => {
    setError(null);
    try {
      setCreated(await apiSend<ApiKey>('POST', '/api/v1/api_keys'));
      await keys.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  const revoke = async () => {
    const k = revoking;
    setRevoking(null);
    if (!k) return;
    setError(null);
    try {
      await apiSend('DELETE', `/api/v1/api_keys/${k.id}`);
      await keys.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <section class="card" aria-labelledby="h-keys">
      <div class="card-head">
        <h2 id="h-keys">API keys</h2>
        <button type="button" class="btn btn-primary" onClick={create}>
          Create key
        </button>
      </div>
      <ErrorNote error={keys.error ?? error} />
      {created?.key && (
        <div class="notice" role="status">
          <p>New key (shown once; store it now):</p>
          <code class="secret" data-testid="new-key">
            {created.key}
          </code>
          <button type="button" class="btn btn-small" onClick={() => void navigator.clipboard?.writeText(created.key!)}>
            Copy
          </button>
          <button type="button" class="btn btn-small" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      )}
      {!keys.data ? (
        <Loading />
      ) : (
        <div class="table-scroll">
          <table data-testid="keys-table">
            <caption class="sr-only">API keys of this account and mode</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {keys.data.data.map((k) => (
                <tr data-key={k.id}>
                  <td>
                    <code>{k.hint}</code> {k.current && <span class="muted">(this session)</span>}
                  </td>
                  <td>{fmtDateTime(k.created)}</td>
                  <td>{fmtDateTime(k.last_used_at)}</td>
                  <td>
                    <StatusBadge status={k.revoked_at ? 'revoked' : 'active'} />
                  </td>
                  <td>
                    {!k.revoked_at && !k.current && (
                      <button type="button" class="btn btn-small btn-danger" onClick={() => setRevoking(k)}>
                        Revoke…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog open={revoking !== null} title="Revoke this key?" confirmLabel="Revoke" onConfirm={revoke} onCancel={() => setRevoking(null)}>
        <p>
          Requests with <code>{revoking?.hint}</code> will be refused within seconds. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** Shows a JSON resource if the server has it (policies and scorecards may not be served yet). */
function JsonResourceCard({ title, path }: { title: string; path: string }) {
  const res = useResource<unknown>(path);
  const missing = res.error instanceof ApiRequestError && res.error.status === 404;
  return (
    <section class="card" aria-label={title}>
      <h2>{title}</h2>
      {missing ? (
        <p class="muted">This server does not offer {path} yet.</p>
      ) : res.error ? (
        <ErrorNote error={res.error} />
      ) : !res.data ? (
        <Loading />
      ) : (
        <pre class="json" tabIndex={0}>{JSON.stringify(res.data, null, 2)}</pre>
      )}
    </section>
  );
}

export function SettingsPage() {
  useTitle('Settings');
  return (
    <main id="main">
      <h1>Settings</h1>
      <ApiKeysCard />
      <JsonResourceCard title="Policies" path="/api/v1/policies" />
      <JsonResourceCard title="Scorecards" path="/api/v1/scorecards" />
    </main>
  );
}
