// The API client: every call carries the key in the X-API-Key header; the key lives in memory and sessionStorage
// (gone when the tab closes), never in a URL, a cookie or a log line.

const STORAGE_KEY = 'callcov.apiKey';
let apiKey: string | null = null;

export function loadKey(): string | null {
  if (apiKey === null) {
    try {
      apiKey = sessionStorage.getItem(STORAGE_KEY);
    } catch {
      apiKey = null;
    }
  }
  return apiKey;
}

export function setKey(key: string | null): void {
  apiKey = key;
  try {
    if (key === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    /* storage unavailable: memory only */
  }
}

export const keyMode = (key: string | null): 'test' | 'live' | null =>
  key?.startsWith('sk_live_') ? 'live' : key?.startsWith('sk_test_') ? 'test' : null;

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
export const onUnauthorized = (fn: Listener) => {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
};

async function request(path: string, init: RequestInit = {}, key = loadKey()): Promise<Response> {
  const headers = new Headers(init.headers);
  if (key) headers.set('X-API-Key', key);
  if (init.body !== undefined && typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  const res = await fetch(path, { ...init, headers, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  if (!res.ok) {
    let code = 'http_' + res.status;
    let message = `HTTP ${res.status}`;
    try {
      const body = await res.json();
      code = body?.error?.code ?? code;
      message = body?.error?.message ?? message;
    } catch {
      /* not JSON */
    }
    if (res.status === 401 && key === loadKey()) unauthorizedListeners.forEach((fn) => fn());
    throw new ApiRequestError(res.status, code, message);
  }
  return res;
}

export async function apiGet<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

export async function apiSend<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return (await request(path, { method, body: body === undefined ? undefined : JSON.stringify(body) })).json() as Promise<T>;
}

/**
 * Downloads what the API answers (with the key header, so not a plain link) as a file, through a blob: URL and an
 * <a download>; returns the file's name (the answer's Content-Disposition, else `fallbackName`).
 */
export async function apiDownload(path: string, fallbackName: string): Promise<string> {
  const res = await request(path);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** Checks a key before keeping it. */
export async function verifyKey(key: string): Promise<void> {
  await request('/api/v1/analysis?limit=1', {}, key);
}

/** Fetches a stored recording (with the key header) into a blob: URL the <audio> element can play; null if none is stored. */
export async function fetchAudioUrl(analysisId: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const res = await request(`/api/v1/analysis/${encodeURIComponent(analysisId)}/audio`, { signal });
    return URL.createObjectURL(await res.blob());
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 404) return null;
    throw err;
  }
}

export const qs = (params: Record<string, string | number | undefined | null>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};
