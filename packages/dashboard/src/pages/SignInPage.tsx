import { useState } from 'preact/hooks';
import { ApiRequestError, setKey, verifyKey } from '../api.ts';
import { useTitle } from '../hooks.ts';

/** Sign in with an API key; it is checked against the API, then kept for this tab only. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  useTitle('Sign in');
  const [key, setKeyInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const k = key.trim();
    if (!/^sk_(test|live)_\S+$/.test(k)) {
      setError('An API key starts with sk_test_ or sk_live_.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await verifyKey(k);
      setKey(k);
      setKeyInput('');
      onSignedIn();
    } catch (err) {
      setError(err instanceof ApiRequestError && err.status === 401 ? 'This key is not valid (unknown or revoked).' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="signin">
      <form class="card signin-card" onSubmit={submit} autocomplete="off">
        <h1>CallCov</h1>
        <p class="muted">Sign in with an API key. It is kept in this browser tab only and sent as the X-API-Key header.</p>
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          placeholder="sk_test_…"
          value={key}
          onInput={(e) => setKeyInput((e.target as HTMLInputElement).value)}
          aria-describedby={error ? 'signin-error' : undefined}
          aria-invalid={error ? true : undefined}
          required
        />
        {error && (
          <p id="signin-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button class="btn btn-primary" type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
