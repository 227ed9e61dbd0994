import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { apiSend } from '../api.ts';
import { fmtDateTime } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { AnalysisDocument, ApiKey, List } from '../types.ts';
import { JsonView } from '../components/JsonView.tsx';
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

const KIND = {
  policies: { one: 'policy', field: 'policy_id' },
  scorecards: { one: 'scorecard', field: 'scorecard_id' },
} as const;

/** One document's JSON (any of its versions), for the documents card below. */
function DocumentViewer({ path, id, latest, onClose }: { path: keyof typeof KIND; id: string; latest: number; onClose: () => void }) {
  const [version, setVersion] = useState(latest);
  useEffect(() => setVersion(latest), [id, latest]);
  const doc = useResource<AnalysisDocument>(`/api/v1/${path}/${encodeURIComponent(id)}?version=${version}`);
  const versionId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]); // keyboard users land on what they asked to see
  return (
    <section class="json-viewer" aria-labelledby={`${versionId}-h`} data-testid={`${KIND[path].one}-viewer`}>
      <div class="card-head">
        <h3 id={`${versionId}-h`} ref={heading} tabIndex={-1}>
          {doc.data ? doc.data.name : id} <code class="muted">{id}</code>
        </h3>
        <div class="actions">
          {latest > 1 && (
            <>
              <label for={versionId} class="check-label">
                Version
              </label>
              <select id={versionId} value={String(version)} onChange={(e) => setVersion(Number((e.target as HTMLSelectElement).value))}>
                {Array.from({ length: latest }, (_, i) => latest - i).map((v) => (
                  <option value={String(v)}>
                    {v}
                    {v === latest ? ' (latest)' : ''}
                  </option>
                ))}
              </select>
            </>
          )}
          {doc.data && (
            <button type="button" class="btn btn-small" onClick={() => void navigator.clipboard?.writeText(JSON.stringify(doc.data!.document, null, 2))}>
              Copy JSON
            </button>
          )}
          <button type="button" class="btn btn-small" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <ErrorNote error={doc.error} />
      {doc.data ? <JsonView value={doc.data.document} label={`${doc.data.name}, version ${doc.data.version}, as JSON`} testId={`${KIND[path].one}-json`} /> : !doc.error && <Loading />}
    </section>
  );
}

/** Policies or scorecards: built-in and the account's own (latest versions), their JSON, and the account default. */
function DocumentsCard({ title, path }: { title: string; path: keyof typeof KIND }) {
  const list = useResource<List<AnalysisDocument>>(`/api/v1/${path}`);
  const [viewing, setViewing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<AnalysisDocument | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const { one, field } = KIND[path];
  const headingId = `h-${path}`;
  const makeDefault = async () => {
    const d = confirming;
    setConfirming(null);
    if (!d) return;
    setError(null);
    try {
      await apiSend('POST', `/api/v1/${path}/${encodeURIComponent(d.id)}/default`);
      await list.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  const shown = list.data?.data.find((d) => d.id === viewing) ?? null;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p class="muted small">
        Analyses that name no <code>{field}</code> use the account default (its latest version).
      </p>
      <ErrorNote error={list.error ?? error} />
      {!list.data ? (
        !list.error && <Loading />
      ) : (
        <div class="table-scroll">
          <table class="docs-table" data-testid={`${path}-table`}>
            <caption class="sr-only">{title}: built-in and your own</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Version</th>
                <th scope="col">Source</th>
                <th scope="col">Default</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.data.data.map((d) => (
                <tr data-doc={d.id} data-default={d.default ? 'true' : 'false'}>
                  <th scope="row">{d.name}</th>
                  <td>
                    <code>{d.id}</code>
                  </td>
                  <td>{d.version}</td>
                  <td>{d.built_in ? 'Built-in' : 'Yours'}</td>
                  <td>{d.default ? <span class="badge badge-active">default</span> : <span class="muted">—</span>}</td>
                  <td>
                    <div class="actions">
                      <button type="button" class="btn btn-small" aria-expanded={viewing === d.id} onClick={() => setViewing(viewing === d.id ? null : d.id)}>
                        View JSON<span class="sr-only"> of {d.name}</span>
                      </button>
                      {!d.default && (
                        <button type="button" class="btn btn-small" onClick={() => setConfirming(d)}>
                          Make default…<span class="sr-only"> ({d.name})</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && <DocumentViewer key={shown.id} path={path} id={shown.id} latest={shown.version} onClose={() => setViewing(null)} />}
      <ConfirmDialog
        open={confirming !== null}
        title={`Make this the default ${one}?`}
        confirmLabel="Make default"
        tone="primary"
        onConfirm={makeDefault}
        onCancel={() => setConfirming(null)}
      >
        <p>
          New analyses that name no <code>{field}</code> will use <strong>{confirming?.name}</strong> (<code>{confirming?.id}</code>). Analyses already done keep their
          results.
        </p>
      </ConfirmDialog>
    </section>
  );
}

export function SettingsPage() {
  useTitle('Settings');
  return (
    <main id="main">
      <h1>Settings</h1>
      <ApiKeysCard />
      <DocumentsCard title="Compliance policies" path="policies" />
      <DocumentsCard title="Quality scorecards" path="scorecards" />
    </main>
  );
}
