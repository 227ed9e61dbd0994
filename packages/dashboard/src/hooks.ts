import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiRequestError, apiGet } from './api.ts';

export interface Resource<T> {
  data: T | null;
  error: ApiRequestError | Error | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads `path` (null: nothing to load); re-loads every `pollMs` while `shouldPoll(data)` holds, for live updates.
 */
export function useResource<T>(path: string | null, options: { pollMs?: number; shouldPoll?: (data: T) => boolean } = {}): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;
  const shouldPoll = useRef(options.shouldPoll);
  shouldPoll.current = options.shouldPoll;

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
    if (!options.pollMs || data === null || !shouldPoll.current?.(data)) return;
    const t = setTimeout(() => void reload(), options.pollMs);
    return () => clearTimeout(t);
  }, [data, options.pollMs, reload]);

  return { data, error, loading, reload };
}

/** Sets document.title for the page (screen readers announce it on navigation). */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · CallCov`;
  }, [title]);
}
