import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ApiError, invalidRequest, serializeAnalysis } from '@callcov/core';
import { isApiKeyActive, rowToAnalysis, type ServiceContext } from '@callcov/services';
import { makeStreamSlots } from './streamSlots.ts';

/**
 * `GET /api/v1/events/stream?events=analysis.completed,analysis.failed`: Server-Sent Events of the caller's analyses
 * (account and mode) as they become completed or failed, for `callcov listen`. Finished analyses are found across
 * processes by polling the analyses table for `completed_at` past a cursor; `Last-Event-ID` resumes after a reconnect.
 * Each event: `id: <completed_at ms>_<analysis id>`, `event: <type>`,
 * `data: {"type", "webhook_id": "msg_<id without dashes>", "body": "<the analysis JSON exactly as GET returns it>"}`.
 * The stream's key is checked again every few seconds (a revoked key's stream ends), and one key holds at most
 * `maxStreamsPerKey` streams per process (more are a 429).
 */
const STREAM_EVENTS = ['analysis.completed', 'analysis.failed'] as const;
type StreamEvent = (typeof STREAM_EVENTS)[number];

export interface EventStreamOptions {
  pollIntervalMs?: number;
  heartbeatMs?: number;
  batchSize?: number;
  /** How often an open stream checks that its key is still valid (default 2 s). */
  keyCheckMs?: number;
  /** Open streams one API key may hold in one process (default 10). */
  maxStreamsPerKey?: number;
}

export function parseStreamEvents(raw: string | undefined): StreamEvent[] {
  if (raw === undefined || raw.trim() === '') return [...STREAM_EVENTS];
  const wanted = raw.split(',').map((e) => e.trim()).filter(Boolean);
  for (const e of wanted) {
    if (!(STREAM_EVENTS as readonly string[]).includes(e)) {
      throw invalidRequest('invalid_event', `Unknown event '${e}'; streamable events: ${STREAM_EVENTS.join(', ')}.`, 'events');
    }
  }
  return [...new Set(wanted)] as StreamEvent[];
}

/** `<completed_at ms>_<uuid>` -> cursor, or null when malformed. */
export function parseStreamCursor(lastEventId: string | undefined): { at: number; id: string } | null {
  const m = lastEventId ? /^(\d{1,16})_([0-9a-f-]{36})$/i.exec(lastEventId.trim()) : null;
  return m ? { at: Number(m[1]), id: m[2]!.toLowerCase() } : null;
}

export function makeEventStreamRoutes(options: EventStreamOptions = {}) {
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const batchSize = options.batchSize ?? 100;
  const keyCheckMs = options.keyCheckMs ?? 2000;
  const maxStreamsPerKey = options.maxStreamsPerKey ?? 10;

  return function eventStreamRoutes(app: FastifyInstance, ctx: ServiceContext): void {
    // open streams end when the server closes, so a graceful shutdown never waits on a listener
    const open = new Set<() => void>();
    const slots = makeStreamSlots(maxStreamsPerKey);
    app.addHook('preClose', async () => {
      for (const end of [...open]) end();
    });
    app.get(
      '/api/v1/events/stream',
      {
        schema: {
          summary: "Server-Sent Events of the account's finished analyses (used by `callcov listen`)",
          tags: ['events'],
          querystring: Type.Object({ events: Type.Optional(Type.String({ maxLength: 200 })) }),
          response: { '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') },
        },
      },
      async (request, reply) => {
        const events = parseStreamEvents((request.query as { events?: string }).events);
        const statuses = events.map((e) => (e === 'analysis.completed' ? 'completed' : 'failed') as 'completed' | 'failed');
        const lastId = request.headers['last-event-id'];
        let cursor = parseStreamCursor(Array.isArray(lastId) ? lastId[0] : lastId) ?? { at: ctx.now(), id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
        const { accountId, mode, keyId } = request.caller;
        if (!slots.tryAcquire(keyId)) {
          throw new ApiError('rate_limit_error', 'too_many_streams', `This API key already holds ${maxStreamsPerKey} open event streams; close one first.`, {
            headers: { 'Retry-After': '5' },
          });
        }

        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write(`retry: 2000\n: connected ${JSON.stringify({ events })}\n\n`);

        let closed = false;
        let polling = false;
        const poll = async () => {
          if (closed || polling) return;
          polling = true;
          try {
            const rows = await ctx.database.db
              .selectFrom('analyses')
              .selectAll()
              .where('account_id', '=', accountId)
              .where('mode', '=', mode)
              .where('status', 'in', statuses)
              .where('deleted_at', 'is', null)
              .where((eb) =>
                eb.or([eb('completed_at', '>', cursor.at), eb.and([eb('completed_at', '=', cursor.at), eb('id', '>', cursor.id)])]),
              )
              .orderBy('completed_at')
              .orderBy('id')
              .limit(batchSize)
              .execute();
            for (const row of rows) {
              if (closed) return;
              const type: StreamEvent = row.status === 'completed' ? 'analysis.completed' : 'analysis.failed';
              const data = JSON.stringify({ type, webhook_id: `msg_${row.id.replaceAll('-', '')}`, body: serializeAnalysis(rowToAnalysis(row)) });
              res.write(`id: ${row.completed_at}_${row.id}\nevent: ${type}\ndata: ${data}\n\n`);
              cursor = { at: row.completed_at!, id: row.id };
            }
          } catch (err) {
            ctx.logger.error({ err: String(err) }, 'event stream poll failed');
          } finally {
            polling = false;
          }
        };
        const pollTimer = setInterval(() => void poll(), pollIntervalMs);
        const keyCheck = setInterval(() => {
          void isApiKeyActive(ctx.database, keyId).then(
            (active) => {
              if (active || closed) return;
              res.write(`event: error\ndata: ${JSON.stringify({ type: 'authentication_error', code: 'invalid_api_key', message: 'The API key was revoked.' })}\n\n`);
              end();
            },
            (err: unknown) => ctx.logger.error({ err: String(err) }, 'event stream key check failed'),
          );
        }, keyCheckMs);
        const heartbeat = setInterval(() => {
          if (!closed) res.write(`: heartbeat ${Date.now()}\n\n`);
        }, heartbeatMs);
        const cleanup = () => {
          if (closed) return;
          closed = true;
          open.delete(end);
          slots.release(keyId);
          clearInterval(pollTimer);
          clearInterval(keyCheck);
          clearInterval(heartbeat);
        };
        const end = () => {
          cleanup();
          res.end();
        };
        open.add(end);
        request.raw.on('close', cleanup);
        res.on('close', cleanup);
        res.on('error', cleanup);
        void poll();
      },
    );
  };
}

export const eventStreamRoutes = makeEventStreamRoutes();
