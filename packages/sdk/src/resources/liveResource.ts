// Live calls (DESIGN.md §1.8): `client.live.connect({...start fields})` opens the WebSocket /api/v1/live, sends
// `start`, and resolves once the server answered `started`. Uses the runtime's global WebSocket (Node >= 22,
// browsers, Deno, Bun, Workers). The message types below are the contract's, field for field.
import { CallCovAuthenticationError, CallCovConnectionError, CallCovError, CallCovInvalidRequestError, CallCovRateLimitError, CallCovAPIError } from '../errors.ts';
import type { Analysis } from '../generated/types.ts';
import { SDK_VERSION } from '../httpClient.ts';

export type LiveSpeaker = 'Agent' | 'Customer';
export type LiveTrack = 'agent' | 'customer';

/** The fields of `start`: without `audio` the client sends ready segments; with it, `media` frames per track. */
export interface LiveStartParams {
  agent_id?: string;
  contact_id?: string;
  language?: 'en' | 'es' | 'auto';
  policy_id?: string;
  webhook_url?: string;
  metadata?: Record<string, unknown>;
  audio?: { encoding: 'mulaw' | 'pcm16'; sample_rate: 8000 | 16000 };
}

/** A finished turn (segments mode): call seconds on the call's own clock. */
export interface LiveSegment {
  speaker: LiveSpeaker;
  text: string;
  start: number;
  end: number;
}

export interface LiveAlert {
  type: 'alert';
  check_id: string;
  status: 'failed' | 'at_risk';
  severity: 'critical' | 'major' | 'minor';
  message: string;
  /** Call seconds. */
  at: number;
  evidence: Array<{ segment: number; speaker: string; start: number; end: number; quote: string }>;
}

export interface LiveStartedMessage {
  type: 'started';
  analysis_id: string;
}
/** Audio mode: a turn as it is recognised. */
export interface LiveSegmentMessage {
  type: 'segment';
  segment: LiveSegment;
}
export interface LiveCompletedMessage {
  type: 'completed';
  analysis: Analysis;
}
export interface LiveErrorMessage {
  type: 'error';
  error: { type: string; code: string; message: string; param: string | null };
}
export type LiveServerMessage = LiveStartedMessage | LiveSegmentMessage | LiveAlert | LiveCompletedMessage | LiveErrorMessage;

type Listener<M> = (message: M) => void;
interface LiveEvents {
  alert: LiveAlert;
  segment: LiveSegmentMessage;
  error: CallCovError;
  message: LiveServerMessage;
  close: { code: number; reason: string };
}

export interface LiveConnectOptions {
  signal?: AbortSignal;
  /** A WebSocket constructor (defaults to the global one). */
  WebSocket?: typeof WebSocket;
}

/** An error message (or an unexpected close) of a live call as one of the SDK's error classes. */
function liveError(e: LiveErrorMessage['error'] | null, close?: { code: number; reason: string }): CallCovError {
  if (!e) return new CallCovConnectionError({ message: `The live connection closed (${close?.code ?? 'no code'} ${close?.reason ?? ''}) before the call completed.`.trim(), code: close?.reason || null });
  const init = { message: e.message, type: e.type, code: e.code, param: e.param, raw: e };
  if (e.type === 'authentication_error') return new CallCovAuthenticationError(init);
  if (e.type === 'rate_limit_error') return new CallCovRateLimitError(init);
  if (e.type === 'invalid_request_error') return new CallCovInvalidRequestError(init);
  return new CallCovAPIError(init);
}

/** Bytes -> base64 without Buffer (browsers, Workers). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** One live call in progress. */
export class LiveCall implements AsyncIterable<LiveServerMessage> {
  /** The analysis of this call (GET /api/v1/analysis/{id} works from now on). */
  readonly analysisId: string;
  /** Resolves when the connection is closed (normally 1000 after `completed`). */
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly #ws: WebSocket;
  readonly #listeners = new Map<keyof LiveEvents, Set<Listener<never>>>();
  readonly #buffer: LiveServerMessage[] = [];
  #wake: (() => void) | null = null;
  #done = false;
  #completed: Promise<Analysis>;

  /** @internal use `client.live.connect` */
  constructor(ws: WebSocket, analysisId: string, early: LiveServerMessage[], closed: Promise<{ code: number; reason: string }>) {
    this.#ws = ws;
    this.analysisId = analysisId;
    this.closed = closed;
    let lastError: LiveErrorMessage['error'] | null = null;
    this.#completed = new Promise<Analysis>((resolve, reject) => {
      this.on('message', (m) => {
        if (m.type === 'completed') resolve(m.analysis);
        if (m.type === 'error') lastError = m.error;
      });
      void closed.then((c) => reject(liveError(lastError, c)));
    });
    this.#completed.catch(() => {});
    ws.addEventListener('message', (e) => this.#receive(String((e as MessageEvent).data)));
    void closed.then((c) => {
      this.#done = true;
      this.#emit('close', c);
      this.#wake?.();
    });
    for (const m of early) this.#dispatch(m);
  }

  #receive(data: string): void {
    let m: LiveServerMessage;
    try {
      m = JSON.parse(data) as LiveServerMessage;
    } catch {
      return;
    }
    this.#dispatch(m);
  }

  #dispatch(m: LiveServerMessage): void {
    this.#buffer.push(m);
    this.#wake?.();
    this.#emit('message', m);
    if (m.type === 'alert') this.#emit('alert', m);
    else if (m.type === 'segment') this.#emit('segment', m);
    else if (m.type === 'error') this.#emit('error', liveError(m.error));
  }

  #emit<K extends keyof LiveEvents>(event: K, value: LiveEvents[K]): void {
    for (const fn of this.#listeners.get(event) ?? []) {
      try {
        (fn as Listener<LiveEvents[K]>)(value);
      } catch {
        // a throwing listener never breaks the call
      }
    }
  }

  /** Listens to `alert`, `segment` (audio mode), `error`, every `message`, or `close`; returns the unsubscribe. */
  on<K extends keyof LiveEvents>(event: K, fn: Listener<LiveEvents[K]>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(fn as Listener<never>);
    return () => set.delete(fn as Listener<never>);
  }

  #send(message: unknown): void {
    if (this.#ws.readyState !== 1) throw new CallCovConnectionError({ message: 'The live connection is not open.' });
    this.#ws.send(JSON.stringify(message));
  }

  /** Segments mode: one finished turn (in call order). */
  send(segment: LiveSegment): void {
    this.#send({ event: 'segment', speaker: segment.speaker, text: segment.text, start: segment.start, end: segment.end });
  }

  /** Audio mode: one frame of a track (the start's encoding and rate; 20-100 ms frames). */
  sendMedia(track: LiveTrack, bytes: Uint8Array | ArrayBuffer): void {
    this.#send({ event: 'media', track, payload: bytesToBase64(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) });
  }

  /** Bytes the socket has queued but not yet sent (pace `sendMedia` on it). */
  get bufferedAmount(): number {
    return this.#ws.bufferedAmount;
  }

  /** Ends the call: resolves with the final analysis (the same as GET returns), or rejects with the server's error. */
  stop(): Promise<Analysis> {
    if (this.#ws.readyState === 1) this.#ws.send(JSON.stringify({ event: 'stop' }));
    return this.#completed;
  }

  /** Drops the connection without `stop` (the server finalises the call after its grace period). */
  close(): void {
    this.#ws.close(1000, 'client_closed');
  }

  /** Every server message, in order, until the connection closes. */
  async *[Symbol.asyncIterator](): AsyncIterator<LiveServerMessage> {
    let i = 0;
    for (;;) {
      while (i < this.#buffer.length) yield this.#buffer[i++]!;
      if (this.#done) return;
      await new Promise<void>((r) => (this.#wake = r));
      this.#wake = null;
    }
  }
}

export class LiveResource {
  readonly #baseUrl: string;
  readonly #apiKey: string;
  constructor(baseUrl: string, apiKey: string) {
    this.#baseUrl = baseUrl;
    this.#apiKey = apiKey;
  }

  /** Opens a live call and sends `start`; resolves once the server answered `started`. */
  connect(params: LiveStartParams = {}, options: LiveConnectOptions = {}): Promise<LiveCall> {
    const WS = options.WebSocket ?? (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
    if (typeof WS !== 'function') return Promise.reject(new CallCovError({ message: 'No WebSocket in this runtime: pass live.connect(params, { WebSocket }).' }));
    const url = new URL(`${this.#baseUrl.replace(/^http/, 'ws')}/api/v1/live`);
    // Node's WebSocket (undici) takes headers; browsers cannot set them, so the key goes in the query there
    const node = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
    if (!node) url.searchParams.set('api_key', this.#apiKey);
    const ws = node
      ? new WS(url.toString(), { headers: { authorization: `Bearer ${this.#apiKey}`, 'x-callcov-client': `callcov-sdk-js/${SDK_VERSION}` } } as never)
      : new WS(url.toString());
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.addEventListener('close', (e) => resolve({ code: (e as CloseEvent).code, reason: (e as CloseEvent).reason })));
    return new Promise<LiveCall>((resolve, reject) => {
      const early: LiveServerMessage[] = [];
      let lastError: LiveErrorMessage['error'] | null = null;
      let settled = false;
      const onAbort = () => ws.close(1000, 'aborted');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const onMessage = (e: Event) => {
        let m: LiveServerMessage;
        try {
          m = JSON.parse(String((e as MessageEvent).data)) as LiveServerMessage;
        } catch {
          return;
        }
        if (m.type === 'error') lastError = m.error;
        if (m.type !== 'started') return void early.push(m);
        settled = true;
        ws.removeEventListener('message', onMessage);
        options.signal?.removeEventListener('abort', onAbort);
        resolve(new LiveCall(ws, m.analysis_id, early, closed));
      };
      ws.addEventListener('message', onMessage);
      ws.addEventListener('open', () => ws.send(JSON.stringify({ event: 'start', ...params })));
      void closed.then((c) => {
        if (settled) return;
        options.signal?.removeEventListener('abort', onAbort);
        // a bad key is refused before the upgrade (HTTP 401): the WebSocket only sees a failed handshake
        reject(lastError ? liveError(lastError) : c.code === 1006 ? new CallCovConnectionError({ message: 'Could not open the live connection (refused, or the API key is not valid: HTTP 401 before the upgrade).' }) : liveError(null, c));
      });
    });
  }
}
