import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ApiError, invalidRequest, serializeAnalysis } from '@callcov/core';
import { isApiKeyActive, rowToAnalysis, type ServiceContext } from '@callcov/services';
import type { AnalysesTable } from '@callcov/db';
import { finishedAfter, makeFinishedAnalysisFeed } from './finishedAnalysisFeed.ts';
import { makeStreamSlots } from './streamSlots.ts';
import { EventStream } from '../openApi/responseSchemas.ts';

/**
 * `GET /api/v1/events/stream?events=analysis.completed,analysis.failed`: Server-Sent Events of the caller's analyses
 * (account and mode) as they become completed or failed, for `callcov listen`. Finished analyses are found across
 * processes by one shared poll per process of the analyses table for `completed_at` past a cursor (however many
 * streams are open); `Last-Event-ID` resumes after a reconnect (the stream first catches up on its own).
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
    const feed = makeFinishedAnalysisFeed({
      db: () => ctx.database.db,
      now: ctx.now,
      pollIntervalMs,
      batchSize,
      onError: (err) => ctx.logger.error({ err: String(err) }, 'event stream poll failed'),
    });
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
          response: { 200: EventStream, '4xx': Type.Ref('Error'), '5xx': Type.Ref('Error') },
        },
      },
      async (request, reply) => {
        const events = parseStreamEvents((request.query as { events?: string }).events);
        const statuses = events.map((e) => (e === 'analysis.completed' ? 'completed' : 'failed') as 'completed' | 'failed');
        const lastId = request.headers['last-event-id'];
        const resumeFrom = parseStreamCursor(Array.isArray(lastId) ? lastId[0] : lastId);
        const resuming = resumeFrom !== null;
        let cursor = resumeFrom ?? { at: ctx.now(), id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
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
        const send = (row: AnalysesTable) => {
          if (closed || !(row.completed_at! > cursor.at || (row.completed_at === cursor.at && row.id > cursor.id))) return;
          const type: StreamEvent = row.status === 'completed' ? 'analysis.completed' : 'analysis.failed';
          const data = JSON.stringify({ type, webhook_id: `msg_${row.id.replaceAll('-', '')}`, body: serializeAnalysis(rowToAnalysis(row)) });
          res.write(`id: ${row.completed_at}_${row.id}\nevent: ${type}\ndata: ${data}\n\n`);
          cursor = { at: row.completed_at!, id: row.id };
        };
        // Live rows come from the process's shared feed; a stream resuming after Last-Event-ID first catches up with
        // queries of its own, holding the feed's rows meanwhile (send skips any it has already sent).
        const subscriber = { accountId, mode, statuses };
        let catchingUp = resuming;
        const held: AnalysesTable[] = [];
        const unsubscribe = feed.subscribe({ ...subscriber, onRow: (row) => (catchingUp ? held.push(row) : send(row)) });
        if (catchingUp) {
          void (async () => {
            try {
              for (;;) {
                const rows = await finishedAfter(ctx.database.db, subscriber, cursor, batchSize);
                for (const row of rows) send(row);
                if (rows.length < batchSize || closed) break;
              }
            } catch (err) {
              ctx.logger.error({ err: String(err) }, 'event stream catch-up failed');
            }
            catchingUp = false;
            for (const row of held.splice(0)) send(row);
          })();
        }
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
          unsubscribe();
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
      },
    );
  };
}

export const eventStreamRoutes = makeEventStreamRoutes();
