// WebSocket `/api/v1/live` (DESIGN.md §1.8): segments mode (the client's own streaming ASR sends turns) and audio
// mode (`media` frames per track, recognised here: liveAudioSession.ts); the server answers `started`, `segment`s
// (audio mode), `alert`s as the evidence arrives, and `completed` with the analysis object after `stop`.
// `/api/v1/live/twilio` speaks Twilio Media Streams' messages (twilioMediaStreams.ts) onto the same machinery.
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, checkClientUrl } from '@callcov/core';
import type { TranscriptSegment } from '@callcov/core/analysis';
import { LiveCallEvaluator, segmentProblem } from '@callcov/core/live';
import { awaitLiveCallResult, makeAuthenticateApiKey, startLiveCall, stopLiveCall, type Caller, type LiveStart, type ServiceContext } from '@callcov/services';
import { apiKeyFrom } from '../plugins/authenticate.ts';
import { keepLiveCall, type LivePersistence } from './liveCallPersistence.ts';
import { createLiveAudioSession, LiveAudioProblem, parseLiveAudioFormat, parseMediaMessage, redactedLastText, type LiveAudioSessionOptions } from './liveAudioSession.ts';
import { translateTwilioMessage } from './twilioMediaStreams.ts';

/** Close codes of a live connection (4xxx mirror the HTTP statuses of the same errors). */
export const LIVE_CLOSE = {
  normal: 1000,
  internal: 1011,
  invalidMessage: 4400,
  unauthenticated: 4401,
  outOfOrder: 4409,
  tooLarge: 4413,
  tooManyCalls: 4429,
} as const;

/** The same bound as a submitted transcript's segments. */
const MAX_SEGMENTS = 20000;

export interface LiveRoutesOptions {
  /** Largest accepted text frame, in bytes. */
  maxMessageBytes?: number;
  /** Open live connections per API key (per process). */
  maxCallsPerKey?: number;
  /** How long a call whose connection dropped before `stop` waits before it is finalised. */
  dropGraceMs?: number;
  /** How often an open call tells the database it is alive (default: a quarter of CALLCOV_LIVE_ABANDON_SECONDS, at most 15 s). */
  heartbeatMs?: number;
  /** How long `stop` waits for the final analysis. */
  completionTimeoutMs?: number;
  /** Audio mode: audio waiting for the recogniser beyond this (seconds) is refused as too fast (default 60). */
  maxAudioBacklogSeconds?: number;
  /** Audio mode: another recogniser per track than the configured engine's (benches). */
  recogniser?: LiveAudioSessionOptions['recogniser'];
}

interface Socket {
  readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', fn: (data: Buffer, isBinary: boolean) => void): void;
  on(event: 'close', fn: () => void): void;
}

/** header or Bearer as everywhere, or `?api_key=` (browsers cannot set headers on a WebSocket) */
function keyFrom(request: FastifyRequest): string | null {
  const q = (request.query as Record<string, unknown> | undefined)?.api_key;
  return apiKeyFrom(request) ?? (typeof q === 'string' && q !== '' ? q : null);
}

class LiveProblem extends Error {
  readonly code: string;
  readonly closeCode: number;
  readonly param: string | undefined;
  constructor(code: string, message: string, closeCode: number, param?: string) {
    super(message);
    this.code = code;
    this.closeCode = closeCode;
    this.param = param;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (m: Record<string, unknown>, field: string): string | undefined => {
  const v = m[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > 1000) throw new LiveProblem('invalid_field', `${field} must be a string (at most 1000 characters).`, LIVE_CLOSE.invalidMessage, field);
  return v;
};

function parseStart(m: Record<string, unknown>, caller: Caller): LiveStart {
  const language = optionalString(m, 'language');
  if (language !== undefined && language !== 'en' && language !== 'es' && language !== 'auto') {
    throw new LiveProblem('invalid_field', 'language must be "en", "es" or "auto".', LIVE_CLOSE.invalidMessage, 'language');
  }
  const webhookUrl = optionalString(m, 'webhook_url');
  if (webhookUrl !== undefined) {
    try {
      checkClientUrl(webhookUrl, 'webhook_url', caller.mode);
    } catch (e) {
      const err = e as ApiError;
      throw new LiveProblem(err.code, err.message, LIVE_CLOSE.invalidMessage, 'webhook_url');
    }
  }
  if (m.metadata !== undefined && m.metadata !== null && !isObject(m.metadata)) {
    throw new LiveProblem('invalid_field', 'metadata must be an object.', LIVE_CLOSE.invalidMessage, 'metadata');
  }
  const start: LiveStart = {};
  const agent = optionalString(m, 'agent_id');
  const contact = optionalString(m, 'contact_id');
  const policy = optionalString(m, 'policy_id');
  if (agent !== undefined) start.agent_id = agent;
  if (contact !== undefined) start.contact_id = contact;
  if (policy !== undefined) start.policy_id = policy;
  if (language !== undefined) start.language = language;
  if (webhookUrl !== undefined) start.webhook_url = webhookUrl;
  if (isObject(m.metadata)) start.metadata = m.metadata;
  return start;
}

function parseSegment(m: Record<string, unknown>): TranscriptSegment {
  if (m.speaker !== 'Agent' && m.speaker !== 'Customer') throw new LiveProblem('invalid_field', 'speaker must be "Agent" or "Customer".', LIVE_CLOSE.invalidMessage, 'speaker');
  if (typeof m.text !== 'string') throw new LiveProblem('invalid_field', 'text must be a string.', LIVE_CLOSE.invalidMessage, 'text');
  for (const f of ['start', 'end'] as const) {
    const v = m[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new LiveProblem('invalid_field', `${f} must be a number of call seconds (>= 0).`, LIVE_CLOSE.invalidMessage, f);
  }
  return { speaker: m.speaker, text: m.text, start: m.start as number, end: m.end as number };
}

export function makeLiveRoutes(options: LiveRoutesOptions = {}) {
  const maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
  const maxCallsPerKey = options.maxCallsPerKey ?? 20;
  const dropGraceMs = options.dropGraceMs ?? 30_000;
  const completionTimeoutMs = options.completionTimeoutMs ?? 120_000;
  const maxAudioBacklogSeconds = options.maxAudioBacklogSeconds ?? 60;

  return async function liveRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
    // frames beyond our own limit are still read (up to 4x) so the client gets an error message, not a bare 1009
    await app.register(websocket, { options: { maxPayload: maxMessageBytes * 4 } });
    const authenticate = makeAuthenticateApiKey(ctx.database, { now: ctx.now });
    const openPerKey = new Map<string, number>();
    // the heartbeat of an open call: well inside the time after which a silent call counts as abandoned
    const heartbeatMs = options.heartbeatMs ?? Math.min(15_000, (ctx.config.liveAbandonSeconds * 1000) / 4);

    await app.register(async (scope) => {
      scope.decorateRequest('liveCaller', null);
      scope.get(
        '/api/v1/live',
        {
          websocket: true,
          schema: { hide: true },
          // a bad key never gets `started`: 401 before the upgrade
          preValidation: async (request) => {
            const key = keyFrom(request);
            if (key === null) throw new ApiError('authentication_error', 'missing_api_key', 'No API key given: send it as X-API-Key, Authorization: Bearer or ?api_key=.');
            const caller = await authenticate(key);
            if (!caller) throw new ApiError('authentication_error', 'invalid_api_key', 'The API key is not valid (unknown or revoked).');
            (request as unknown as { liveCaller: Caller }).liveCaller = caller;
          },
        },
        (rawSocket, request) => serve(rawSocket as unknown as Socket, (request as unknown as { liveCaller: Caller }).liveCaller, null),
      );
      // Twilio cannot set headers: its key may come as ?api_key= or in the start's customParameters
      scope.get(
        '/api/v1/live/twilio',
        {
          websocket: true,
          schema: { hide: true },
          preValidation: async (request) => {
            const key = keyFrom(request);
            if (key === null) return;
            const caller = await authenticate(key);
            if (!caller) throw new ApiError('authentication_error', 'invalid_api_key', 'The API key is not valid (unknown or revoked).');
            (request as unknown as { liveCaller: Caller }).liveCaller = caller;
          },
        },
        (rawSocket, request) => serve(rawSocket as unknown as Socket, (request as unknown as { liveCaller: Caller | null }).liveCaller, translateTwilioMessage),
      );
    });

    function serve(socket: Socket, knownCaller: Caller | null, translate: typeof translateTwilioMessage | null): void {
          let caller = knownCaller as Caller;
          const send = (msg: unknown) => {
            if (socket.readyState === 1) socket.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
          };
          const fail = (p: LiveProblem) => {
            const type = p.closeCode === LIVE_CLOSE.tooManyCalls ? 'rate_limit_error' : p.closeCode === LIVE_CLOSE.unauthenticated ? 'authentication_error' : 'invalid_request_error';
            send({ type: 'error', error: { type, code: p.code, message: p.message, param: p.param ?? null } });
            socket.close(p.closeCode, p.code);
          };

          let admitted = false;
          /** The per-key cap: a problem, or the call counts against its key until the socket closes. */
          const admit = (): LiveProblem | null => {
            const open = openPerKey.get(caller.keyId) ?? 0;
            if (open >= maxCallsPerKey) return new LiveProblem('too_many_live_calls', `This API key already has ${open} live calls open (the limit is ${maxCallsPerKey}); stop one first.`, LIVE_CLOSE.tooManyCalls);
            openPerKey.set(caller.keyId, open + 1);
            admitted = true;
            return null;
          };
          if (knownCaller) {
            const refused = admit();
            if (refused) return fail(refused);
          }

          let state: 'new' | 'starting' | 'live' | 'stopping' | 'done' = 'new';
          let analysisId: string | null = null;
          let live: LiveCallEvaluator | null = null;
          let language: LiveStart['language'] = 'auto';
          let queue: Promise<void> = Promise.resolve();
          let audio: ReturnType<typeof createLiveAudioSession> | null = null;
          let kept: LivePersistence | null = null;
          /** Audio mode: each recognised turn, in call order, is sent and evaluated. */
          const onAudioSegment: LiveAudioSessionOptions['onSegment'] = (segment) => {
            if (!live || live.segments.length >= MAX_SEGMENTS) return;
            const alerts = live.add({ speaker: segment.speaker, text: segment.text, start: segment.start, end: segment.end, confidence: segment.confidence });
            kept?.changed();
            send({ type: 'segment', segment: { speaker: segment.speaker, text: redactedLastText(live.segments, language ?? 'auto'), start: segment.start, end: segment.end } });
            for (const alert of alerts) send(alert);
          };
          const audioProblem = (p: LiveAudioProblem) => new LiveProblem(p.code, p.message, LIVE_CLOSE[p.close], p.param);

          const finalise = async () => {
            if (!analysisId || !live) return;
            await kept?.stop();
            await stopLiveCall(ctx, analysisId, { segments: live.segments });
          };

          const handle = async (data: Buffer, isBinary: boolean) => {
            if (state === 'done' || state === 'stopping') return;
            if (data.length > maxMessageBytes) throw new LiveProblem('message_too_large', `A message may be at most ${maxMessageBytes} bytes; this one has ${data.length}.`, LIVE_CLOSE.tooLarge);
            if (isBinary) throw new LiveProblem('invalid_message', 'Send JSON text frames, not binary frames.', LIVE_CLOSE.invalidMessage);
            let parsed: unknown;
            try {
              parsed = JSON.parse(data.toString('utf8'));
            } catch {
              throw new LiveProblem('invalid_json', 'The message is not valid JSON.', LIVE_CLOSE.invalidMessage);
            }
            if (!isObject(parsed) || typeof parsed.event !== 'string') throw new LiveProblem('invalid_message', 'Each message is a JSON object with an "event" ("start", "segment", "media" or "stop").', LIVE_CLOSE.invalidMessage, 'event');
            let m: Record<string, unknown> = parsed;
            if (translate) {
              const t = translate(m);
              if (t.problem) throw new LiveProblem(t.problem.code, t.problem.message, LIVE_CLOSE.invalidMessage, t.problem.param);
              if (t.message === null) return;
              if (t.message.event === 'start' && state === 'new' && !admitted) {
                // the key of a Twilio stream: ?api_key= (checked before the upgrade) or the start's customParameters
                const found = t.apiKey === undefined ? null : await authenticate(t.apiKey);
                if (!found) throw new LiveProblem(t.apiKey === undefined ? 'missing_api_key' : 'invalid_api_key', t.apiKey === undefined ? 'No API key given: add ?api_key= to the stream URL or a <Parameter name="api_key">.' : 'The API key is not valid (unknown or revoked).', LIVE_CLOSE.unauthenticated, 'api_key');
                caller = found;
                const refused = admit();
                if (refused) throw refused;
              }
              m = t.message;
            }
            if (!admitted) throw new LiveProblem('not_started', 'Send "start" (with the API key) before anything else.', LIVE_CLOSE.outOfOrder, 'event');
            switch (m.event) {
              case 'start': {
                if (state !== 'new') throw new LiveProblem('already_started', 'This call has already started; "start" is sent once.', LIVE_CLOSE.outOfOrder, 'event');
                const start = parseStart(m, caller);
                let format;
                try {
                  format = parseLiveAudioFormat(m.audio);
                } catch (e) {
                  if (e instanceof LiveAudioProblem) throw audioProblem(e);
                  throw e;
                }
                state = 'starting';
                let started;
                try {
                  started = await startLiveCall(ctx, caller, start);
                } catch (err) {
                  if (err instanceof ApiError) throw new LiveProblem(err.code, err.message, LIVE_CLOSE.invalidMessage, err.param ?? undefined);
                  throw err;
                }
                analysisId = started.id;
                language = start.language ?? 'auto';
                const evaluator = new LiveCallEvaluator({ language, policy: started.policy, scorecard: started.scorecard, metadata: start.metadata ?? {} });
                live = evaluator;
                kept = keepLiveCall(ctx, started.id, () => evaluator.segments, heartbeatMs);
                if (format) {
                  audio = createLiveAudioSession({ format, config: ctx.config, language, onSegment: onAudioSegment, ...(options.recogniser ? { recogniser: options.recogniser } : {}) });
                }
                state = 'live';
                send({ type: 'started', analysis_id: started.id });
                return;
              }
              case 'segment': {
                if (state !== 'live' || !live) throw new LiveProblem('not_started', 'Send "start" before any "segment".', LIVE_CLOSE.outOfOrder, 'event');
                if (audio) throw new LiveProblem('audio_mode', 'This call is in audio mode (its start had "audio"): send "media" frames, not segments.', LIVE_CLOSE.invalidMessage, 'event');
                if (live.segments.length >= MAX_SEGMENTS) throw new LiveProblem('too_many_segments', `A live call may have at most ${MAX_SEGMENTS} segments.`, LIVE_CLOSE.tooLarge);
                const segment = parseSegment(m);
                const problem = segmentProblem(live.segments.at(-1), segment);
                if (problem) throw new LiveProblem(problem.code, problem.message, problem.code === 'segment_out_of_order' ? LIVE_CLOSE.outOfOrder : LIVE_CLOSE.invalidMessage, problem.param);
                const alerts = live.add(segment);
                kept?.changed();
                for (const alert of alerts) send(alert);
                return;
              }
              case 'media': {
                if (state !== 'live') throw new LiveProblem('not_started', 'Send "start" (with "audio") before any "media".', LIVE_CLOSE.outOfOrder, 'event');
                if (!audio) throw new LiveProblem('segments_mode', 'This call is in segments mode: start it with "audio": {"encoding", "sample_rate"} to send "media".', LIVE_CLOSE.invalidMessage, 'event');
                let frame;
                try {
                  frame = parseMediaMessage(m, audio.maxFrameBytes);
                } catch (e) {
                  if (e instanceof LiveAudioProblem) throw audioProblem(e);
                  throw e;
                }
                const problem = audio.call.frameProblem(frame.bytes);
                if (problem) throw new LiveProblem('invalid_frame', problem, LIVE_CLOSE.invalidMessage, 'payload');
                audio.call.push(frame.track, frame.bytes);
                const backlog = audio.call.backlogSeconds();
                if (backlog > maxAudioBacklogSeconds) {
                  throw new LiveProblem('audio_too_fast', `The audio arrives faster than it can be recognised (${backlog.toFixed(1)} s waiting): send it in real time.`, LIVE_CLOSE.tooManyCalls, 'payload');
                }
                return;
              }
              case 'stop': {
                if (state !== 'live') throw new LiveProblem('not_started', 'Send "start" before "stop".', LIVE_CLOSE.outOfOrder, 'event');
                state = 'stopping';
                // audio mode: the last turns are recognised (and their segments and alerts sent) first
                await audio?.call.finish();
                await finalise();
                const analysis = await awaitLiveCallResult(ctx, caller, analysisId!, completionTimeoutMs);
                state = 'done';
                if (analysis === null) {
                  send({ type: 'error', error: { type: 'api_error', code: 'completion_timeout', message: 'The final analysis was not ready in time; fetch it with GET /api/v1/analysis/{id}.', param: null } });
                  socket.close(LIVE_CLOSE.internal, 'completion_timeout');
                  return;
                }
                send(`{"type":"completed","analysis":${analysis}}`);
                socket.close(LIVE_CLOSE.normal, 'completed');
                return;
              }
              default:
                throw new LiveProblem('unknown_event', `Unknown event "${String(m.event).slice(0, 40)}".`, LIVE_CLOSE.invalidMessage, 'event');
            }
          };

          socket.on('message', (data, isBinary) => {
            // one message at a time, in order
            queue = queue
              .then(() => handle(data, isBinary))
              .catch((err: unknown) => {
                if (err instanceof LiveProblem) return fail(err);
                ctx.logger.error({ err, analysis_id: analysisId }, 'live call failed');
                send({ type: 'error', error: { type: 'api_error', code: 'internal_error', message: 'The server could not handle this message.', param: null } });
                socket.close(LIVE_CLOSE.internal, 'internal_error');
              });
          });
          socket.on('close', () => {
            if (admitted) {
              openPerKey.set(caller.keyId, (openPerKey.get(caller.keyId) ?? 1) - 1);
              if (openPerKey.get(caller.keyId)! <= 0) openPerKey.delete(caller.keyId);
            }
            // a dropped connection (or a client error) before `stop`: what was received is analysed after the grace period
            void queue.then(async () => {
              if (state !== 'live') return;
              state = 'done';
              await audio?.call.finish().catch((err: unknown) => ctx.logger.error({ err, analysis_id: analysisId }, 'live audio recognition failed'));
              setTimeout(() => {
                finalise().catch((err: unknown) => ctx.logger.error({ err, analysis_id: analysisId }, 'live call finalisation failed'));
              }, dropGraceMs).unref();
            });
          });
    }
  };
}

export const liveRoutes = makeLiveRoutes();
