import { newId } from '@callcov/services';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** An id a client may choose (`X-Request-Id`): 1-128 characters, no spaces or separators that break logs or headers. */
export const CLIENT_REQUEST_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:/+=-]{0,127}$/;

export const newRequestId = () => newId('req');

/**
 * Fastify's `genReqId`: the client's `X-Request-Id` (or `Request-Id`) when it is a valid id, else a new `req_…`.
 * The id is `request.id`, the `request_id` of every log line of the request, the `Request-Id` response header and
 * `error.request_id` of error bodies (DESIGN.md §1.2).
 */
export function requestIdOf(req: IncomingMessage): string {
  for (const name of ['x-request-id', 'request-id']) {
    const raw = req.headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && CLIENT_REQUEST_ID_RE.test(value)) return value;
  }
  return newRequestId();
}

/**
 * Every response carries `Request-Id`. Set on the raw response, so replies Fastify sends, hijacked streams (SSE) and
 * the load-shedding 503 all have it; error replies set it again (see `send`), as do framework errors that run no hook.
 */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('Request-Id', request.id);
    done();
  });
}
