import { MemoryIdempotencyStore, type IdempotencyStore } from './idempotencyStore.ts';
import { verifyWebhook, WebhookVerificationError, type AnalysisWebhookEvent, type AnyWebhookEvent, type HeadersLike, type OperationalWebhookEvent } from './verifyWebhook.ts';

export interface WebhookLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface WebhookHandlerOptions {
  /** `whsec_...` (or several, e.g. while you roll a new one out). */
  secret: string | readonly string[];
  /** Runs after the 200 has been sent, for `analysis.completed`. */
  onCompleted?: (event: AnalysisWebhookEvent) => unknown | Promise<unknown>;
  /** Runs after the 200 has been sent, for `analysis.failed`. */
  onFailed?: (event: AnalysisWebhookEvent) => unknown | Promise<unknown>;
  /** Runs after the 200 has been sent, for `analysis.reviewed` (a supervisor confirmed or corrected a verdict). */
  onReviewed?: (event: AnalysisWebhookEvent) => unknown | Promise<unknown>;
  /** Runs after the 200 has been sent, for `endpoint.failing`, `endpoint.recovered`, `endpoint.disabled` and `delivery.exhausted`. */
  onOperational?: (event: OperationalWebhookEvent) => unknown | Promise<unknown>;
  /** Runs for every verified, first-seen event (after onCompleted/onFailed/onReviewed). */
  onEvent?: (event: AnyWebhookEvent) => unknown | Promise<unknown>;
  /** Called when a handler throws (the sender already has its 200); the id is released so a redelivery is processed. */
  onError?: (error: unknown, event: AnyWebhookEvent) => void;
  /** Dedupe by webhook-id; default: an in-memory LRU. */
  idempotencyStore?: IdempotencyStore;
  toleranceSeconds?: number;
  logger?: WebhookLogger;
}

/** What to answer, and the work to run once the answer is sent. */
export interface WebhookHandlingResult {
  status: number;
  body: string;
  event: AnyWebhookEvent | null;
  /** Runs the handlers (call after responding); resolves when they are done, never rejects. */
  process: () => Promise<void>;
}

interface NodeRequestLike extends AsyncIterable<unknown> {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  rawBody?: unknown;
  readableEnded?: boolean;
}
interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
}

export interface WebhookHandler {
  /** Framework-free core: verify, dedupe, decide the answer. */
  handle(rawBody: string | Uint8Array | ArrayBuffer, headers: HeadersLike): Promise<WebhookHandlingResult>;
  /** Web `Request` -> `Response` (Hono: `c.req.raw`; Next.js route handlers; Workers/Deno/Bun). Pass `waitUntil` where the platform has one. */
  fetch(request: Request, context?: { waitUntil?: (p: Promise<unknown>) => void }): Promise<Response>;
  /** Node `http` / Express middleware `(req, res)`: reads the raw body (or uses express.raw()'s Buffer). */
  node(): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
  /** Express: the same as `node()`; mount it with no JSON parser in front, or behind `express.raw({ type: 'application/json' })`. */
  express(): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;
  /** Fastify plugin registering `POST path` with a raw-body parser scoped to it: `app.register(handler.fastify('/webhooks'))`. */
  fastify(path: string): (app: any) => Promise<void>;
}

const json = (value: unknown) => JSON.stringify(value);
const isAnalysisEvent = (event: AnyWebhookEvent): event is AnalysisWebhookEvent => event.type.startsWith('analysis.');
const analysisIdOf = (event: AnyWebhookEvent): string | null => (isAnalysisEvent(event) ? event.data.id : null);

async function readNodeBody(req: NodeRequestLike): Promise<Uint8Array | string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * A webhook receiver in the guide's shape: verify the signature, answer 200 at once, run your handler afterwards
 * ("respond fast, process async"), and skip duplicates by webhook-id.
 */
export function webhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const store = options.idempotencyStore ?? new MemoryIdempotencyStore();
  const log = options.logger;

  async function handle(rawBody: string | Uint8Array | ArrayBuffer | unknown, headers: HeadersLike): Promise<WebhookHandlingResult> {
    const nothing = async () => {};
    let event: AnyWebhookEvent;
    try {
      event = await verifyWebhook(rawBody as string, headers, options.secret, { toleranceSeconds: options.toleranceSeconds });
    } catch (err) {
      if (err instanceof WebhookVerificationError) {
        log?.warn('webhook rejected', { reason: err.reason, message: err.message });
        const status = err.reason === 'invalid_secret' || err.reason === 'body_not_raw' ? 500 : 401;
        return { status, body: json({ error: { type: 'webhook_verification_error', code: err.reason, message: err.message } }), event: null, process: nothing };
      }
      throw err;
    }
    const received = Date.now();
    log?.info('webhook received', { webhook_id: event.id, type: event.type, analysis_id: analysisIdOf(event) });
    if (!(await store.claim(event.id))) {
      log?.info('webhook duplicate skipped', { webhook_id: event.id });
      return { status: 200, body: json({ received: true, duplicate: true }), event, process: nothing };
    }
    const process = async () => {
      try {
        if (!isAnalysisEvent(event)) await options.onOperational?.(event);
        else if (event.type === 'analysis.completed') await options.onCompleted?.(event);
        else if (event.type === 'analysis.reviewed') await options.onReviewed?.(event);
        else await options.onFailed?.(event);
        await options.onEvent?.(event);
        log?.info('webhook processed', { webhook_id: event.id, analysis_id: analysisIdOf(event), duration_ms: Date.now() - received });
      } catch (err) {
        log?.error('webhook handler failed', { webhook_id: event.id, error: String((err as Error)?.stack ?? err) });
        try {
          await store.release?.(event.id);
        } catch {
          /* the store is unreachable: nothing more to do */
        }
        try {
          options.onError?.(err, event);
        } catch {
          /* a throwing onError must not break the receiver */
        }
      }
    };
    return { status: 200, body: json({ received: true }), event, process };
  }

  const node = () => async (req: NodeRequestLike, res: NodeResponseLike) => {
    let raw: unknown = req.rawBody ?? req.body;
    if (raw === undefined || (raw && typeof raw === 'object' && !(raw instanceof Uint8Array) && Object.keys(raw).length === 0 && req.readableEnded !== true)) {
      raw = await readNodeBody(req);
    }
    const result = await handle(raw as Uint8Array, req.headers);
    res.statusCode = result.status;
    res.setHeader('content-type', 'application/json');
    res.end(result.body);
    void result.process();
  };

  return {
    handle: handle as WebhookHandler['handle'],
    async fetch(request, context) {
      const result = await handle(new Uint8Array(await request.arrayBuffer()), request.headers);
      const work = result.process();
      context?.waitUntil?.(work);
      return new Response(result.body, { status: result.status, headers: { 'content-type': 'application/json' } });
    },
    node,
    express: node,
    fastify: (path) => async (app: any) => {
      app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req: unknown, body: Uint8Array, done: (e: null, b: Uint8Array) => void) => done(null, body));
      app.post(path, async (request: { body: Uint8Array; headers: Record<string, string> }, reply: any) => {
        const result = await handle(request.body, request.headers);
        reply.raw.once('finish', () => void result.process());
        return reply.status(result.status).type('application/json').send(result.body);
      });
    },
  };
}
