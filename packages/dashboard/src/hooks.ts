import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiRequestError, apiGet } from './api.ts';

export interface Resource<T> {
  data: T | null;
  error: ApiRequestError | Error | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads `path` (null: nothing to load); for live updates, re-loads after `pollMs(data)` milliseconds (null: stop).
 */
export function useResource<T>(path: string | null, options: { pollMs?: (data: T) => number | null } = {}): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;
  const pollMs = useRef(options.pollMs);
  pollMs.current = options.pollMs;

  const reload = useCallback(async () => {
    if (path === null) return;
    try {
      const d = await apiGet<T>(path);
      if (current.current === path) {
        setData(d);
        setError(null);
      }
    } catch (err) {
      if (current.current === path) setError(err as Error);
    } finally {
      if (current.current === path) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    setLoading(path !== null);
    setData(null);
    setError(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    const ms = data === null ? null : (pollMs.current?.(data) ?? null);
    if (ms === null) return;
    // A hidden tab polls slowly; it catches up when shown again.
    const t = setTimeout(() => void reload(), document.hidden ? Math.max(ms, 30000) : ms);
    return () => clearTimeout(t);
  }, [data, reload]);

  return { data, error, loading, reload };
}

/** Sets document.title for the page (screen readers announce it on navigation). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · CallCov`;
  }, [title]);
}
