import { errorFromResponse, CallCovConnectionError } from '../errors.ts';
import { retryDelayMs, sleep } from '../retryDelay.ts';
import { parseSse } from '../sseParser.ts';

export type StreamEventType = 'analysis.completed' | 'analysis.failed';

/** One finished analysis from the event stream: `body` is the exact JSON a webhook carries (sign it byte for byte). */
export interface StreamedEvent {
  /** The stream position (resume with it). */
  id: string;
  type: StreamEventType;
  /** The webhook's stable `webhook-id`. */
  webhook_id: string;
  /** The analysis object as JSON text, exactly as GET returns it. */
  body: string;
}

export interface EventStreamOptions {
  events?: StreamEventType[];
  signal?: AbortSignal;
  /** Resume after this event id. */
  lastEventId?: string;
  /** Called each time the stream is (re)connected. */
  onConnect?: () => void;
  /** Called when the connection drops and will be retried. */
  onDisconnect?: (error: unknown, retryInMs: number) => void;
}

export type OpenStream = (path: string, query: Record<string, string>, headers: Record<string, string>, signal?: AbortSignal) => Promise<Response>;

/** The account's finished analyses as they happen (Server-Sent Events), reconnecting with backoff and resuming by id. */
export class EventsResource {
  readonly #open: OpenStream;
  constructor(open: OpenStream) {
    this.#open = open;
  }

  async *stream(options: EventStreamOptions = {}): AsyncGenerator<StreamedEvent> {
    let lastId = options.lastEventId ?? null;
    let failures = 0;
    const query: Record<string, string> = options.events ? { events: options.events.join(',') } : {};
    while (!options.signal?.aborted) {
      let error: unknown;
      try {
        const res = await this.#open('/api/v1/events/stream', query, { accept: 'text/event-stream', ...(lastId ? { 'last-event-id': lastId } : {}) }, options.signal);
        if (!res.ok || !res.body) {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(await res.text());
          } catch {
            /* not JSON */
          }
          const e = errorFromResponse(res.status, res.headers, parsed);
          if (res.status < 500 && res.status !== 429) throw e; // auth or request errors do not heal by retrying
          error = e;
        } else {
          failures = 0;
          options.onConnect?.();
          for await (const m of parseSse(res.body)) {
            if (m.event !== 'analysis.completed' && m.event !== 'analysis.failed') continue;
            const data = JSON.parse(m.data) as Omit<StreamedEvent, 'id'>;
            if (m.id) lastId = m.id;
            yield { id: m.id ?? '', type: data.type, webhook_id: data.webhook_id, body: data.body };
          }
          error = new CallCovConnectionError({ message: 'The event stream ended' });
        }
      } catch (err) {
        if (options.signal?.aborted) return;
        if (err && typeof err === 'object' && 'status' in err && typeof (err as { status: unknown }).status === 'number') {
          const status = (err as { status: number }).status;
          if (status < 500 && status !== 429) throw err;
        }
        error = err;
      }
      failures++;
      const wait = retryDelayMs(failures, { baseMs: 250, maxMs: 5000 });
      options.onDisconnect?.(error, wait);
      try {
        await sleep(wait, options.signal);
      } catch {
        return;
      }
    }
  }
}
