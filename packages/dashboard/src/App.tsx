import { useEffect, useState } from 'preact/hooks';
import { keyMode, loadKey, onUnauthorized, setKey } from './api.ts';
import { matchRoute, navigate, onLinkClick, useLocation } from './router.ts';
import { SignInPage } from './pages/SignInPage.tsx';
import { CallsPage } from './pages/CallsPage.tsx';
import { CallDetailPage } from './pages/CallDetailPage.tsx';
import { AgentsPage } from './pages/AgentsPage.tsx';
import { WebhooksPage } from './pages/WebhooksPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { CalibrationPage } from './pages/CalibrationPage.tsx';

const NAV = [
  { href: '/calls', label: 'Calls' },
  { href: '/agents', label: 'Agents' },
  { href: '/calibration', label: 'Calibration' },
  { href: '/webhooks', label: 'Webhooks' },
  { href: '/settings', label: 'Settings' },
];

function Page({ path }: { path: string }) {
  let m: Record<string, string> | null;
  if ((m = matchRoute('/calls/:id', path))) return <CallDetailPage key={m.id} id={m.id!} />;
  if (path === '/' || path === '/calls') return <CallsPage />;
  if (path.startsWith('/agents')) return <AgentsPage />;
  if (path.startsWith('/calibration')) return <CalibrationPage />;
  if (path.startsWith('/webhooks')) return <WebhooksPage />;
  if (path.startsWith('/settings')) return <SettingsPage />;
  return (
    <main id="main">
      <h1>Not found</h1>
      <p>
        <a href="/calls">Go to calls</a>
      </p>
    </main>
  );
}

export function App() {
  const { path } = useLocation();
  const [key, setKeyState] = useState(loadKey());
  useEffect(() => onUnauthorized(() => {
    setKey(null);
    setKeyState(null);
  }), []);
  useEffect(() => {
    document.addEventListener('click', onLinkClick);
    return () => document.removeEventListener('click', onLinkClick);
  }, []);

  if (!key) {
    return (
      <SignInPage
        onSignedIn={() => {
          setKeyState(loadKey());
          if (path === '/signin' || path === '/') navigate('/calls', { replace: true });
        }}
      />
    );
  }
  const mode = keyMode(key);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="/calls">
          CallCov
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li>
                <a href={n.href} aria-current={path === n.href || path.startsWith(n.href + '/') || (n.href === '/calls' && path === '/') ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class={`mode mode-${mode}`}>{mode === 'live' ? 'Live mode' : 'Test mode'}</span>
        <button
          type="button"
          class="btn btn-small"
          onClick={() => {
            setKey(null);
            setKeyState(null);
            navigate('/signin', { replace: true });
          }}
        >
          Sign out
        </button>
      </header>
      <Page path={path} />
    </>
  );
}
