import Fastify, { LogController, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import multipart from '@fastify/multipart';
import underPressure from '@fastify/under-pressure';
import { AgentStatsList, AgentStatsObject, AnalysisList, CalibrationObject, ReviewedCallCase, ReviewObject, AnalysisObject, ApiError, ErrorObject, WebhookAttempt, WebhookDelivery, WebhookDeliveryList, WebhookEndpoint, WebhookRecovery, WebhookSecret } from '@callcov/core';
import { makeAuthenticateApiKey, type ServiceContext } from '@callcov/services';
import { installErrorHandler } from './plugins/errorHandler.ts';
import { clientErrorHandler, frameworkErrors } from './plugins/frameworkErrors.ts';
import { requireApiKey } from './plugins/authenticate.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { buildSharedSerializer } from './plugins/sharedSerializers.ts';
import { installRequestIdHeader, requestIdOf } from './plugins/requestId.ts';
import { completeOpenApiDocument, withServer } from './openApi/completeOpenApiDocument.ts';
import { analysesRoutes } from './routes/analysesRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { makeApiReferenceRoutes } from './routes/apiReferenceRoutes.ts';

export const VERSION = '0.1.0';

export interface AppOptions {
  /** Extra route groups that need an API key (added by other features: webhooks, policies…). */
  authenticatedRoutes?: Array<(app: FastifyInstance, ctx: ServiceContext) => void>;
  /** Extra public route groups (echo service, dashboard…). */
  publicRoutes?: Array<(app: FastifyInstance, ctx: ServiceContext) => void | Promise<void>>;
  logger?: boolean | object;
  /** Hooks that observe every request (metrics), installed before any route. */
  instrument?: (app: FastifyInstance) => void;
}

/** Builds the HTTP app (testable with `app.inject`, no socket needed); `startCallCov` makes it listen. */
export async function buildApp(ctx: ServiceContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: ctx.config.maxBodyBytes,
    routerOptions: { ignoreTrailingSlash: true },
    trustProxy: false,
    frameworkErrors,
    clientErrorHandler,
    schemaController: { compilersFactory: { buildSerializer: buildSharedSerializer } },
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
  });
  installRequestIdHeader(app);
  app.setValidatorCompiler(validatorCompiler);
  // The API takes JSON or multipart only; anything else is a 415 with our error object.
  app.removeContentTypeParser('text/plain');
  installErrorHandler(app);
  options.instrument?.(app);
  app.addSchema(ErrorObject);
  app.addSchema(AnalysisObject);
  app.addSchema(AnalysisList);
  for (const schema of [WebhookAttempt, WebhookDelivery, WebhookDeliveryList, WebhookEndpoint, WebhookRecovery, WebhookSecret, AgentStatsObject, AgentStatsList, ReviewObject, CalibrationObject, ReviewedCallCase]) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CallCov API',
        version: VERSION,
        description: 'Call analysis: transcription, compliance, quality and coaching, delivered by signed webhooks.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // the document served at /api/v1/openapi.json names the origin it was fetched from instead
      servers: [{ url: `http://127.0.0.1:${ctx.config.port || 8080}`, description: 'The embedded default (callcov serve)' }],
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ apiKey: [] }, { bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  if (ctx.config.maxEventLoopDelayMs > 0) {
    // load shedding: an overloaded process answers API calls 503 + Retry-After at once rather than letting them queue
    // until clients give up; health, metrics and the dashboard's files are always served
    // Compiling the routes' schemas at start-up blocks the event loop for a moment (longer on a busy machine); that
    // is not overload, so event-loop pressure counts only from one full sample interval after the app is ready.
    const sampleIntervalMs = 1000;
    let countLoopDelay = false;
    app.addHook('onReady', () => {
      // setImmediate: after every onReady hook (and any stall in them) has run
      setImmediate(() => setTimeout(() => { countLoopDelay = true; }, sampleIntervalMs * 1.5).unref());
    });
    await app.register(underPressure, {
      maxEventLoopDelay: ctx.config.maxEventLoopDelayMs,
      sampleInterval: sampleIntervalMs,
      pressureHandler: (request, reply, type) => {
        if (!request.url.startsWith('/api/') && !request.url.startsWith('/echo/')) return undefined;
        if (type === 'eventLoopDelay' && !countLoopDelay) return undefined;
        const err = new ApiError('api_error', 'overloaded', 'The server is overloaded right now; retry after a few seconds.', {
          statusCode: 503,
          headers: { 'Retry-After': '5' },
        });
        for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
        reply.status(503).type('application/json');
        // a non-null return value is what under-pressure sends (undefined lets the request through)
        return JSON.stringify(err.toBody(request.id)) as unknown as void;
      },
    });
  }
  await app.register(multipart, {
    limits: { fileSize: ctx.config.maxUploadBytes, files: 1, fields: 20, fieldSize: ctx.config.maxBodyBytes, parts: 30 },
  });

  healthRoutes(app, ctx);
  let openApi: ReturnType<typeof completeOpenApiDocument> | undefined;
  const servedOpenApi = (request: { protocol: string; host: string }) => {
    openApi ??= completeOpenApiDocument(app.swagger() as object);
    return withServer(openApi, requestOrigin(request.protocol, request.host, ctx.config.port));
  };
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async (request) => servedOpenApi(request));
  makeApiReferenceRoutes(servedOpenApi)(app); // GET /docs: that document rendered as HTML

  const authenticate = makeAuthenticateApiKey(ctx.database, { now: ctx.now });
  await app.register(async (api) => {
    requireApiKey(api, { authenticate, ratePerSecond: ctx.config.rateLimitPerSecond, burst: ctx.config.rateLimitBurst, now: ctx.now });
    analysesRoutes(api, ctx);
    for (const routes of options.authenticatedRoutes ?? []) routes(api, ctx);
  });
  for (const routes of options.publicRoutes ?? []) await routes(app, ctx);
  return app;
}

/** `http://host:port` as the client reached us (a Host header that is not a plain host[:port] falls back to loopback). */
export function requestOrigin(protocol: string, host: string | undefined, port: number): string {
  if (host && /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) return `${protocol}://${host}`;
  return `${protocol}://127.0.0.1:${port || 8080}`;
}
