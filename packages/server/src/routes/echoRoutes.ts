import type { FastifyInstance } from 'fastify';
import { ApiError, invalidRequest } from '@callcov/core';
import type { ServiceContext } from '@callcov/services';
import { ECHO_ID_RE, listEchoRequests, recordEchoRequest } from '@callcov/webhooks';
import { echoViewPage } from './echoViewPage.ts';
import { setViewSecurityHeaders } from './viewSecurityHeaders.ts';

const checkId = (id: string) => {
  if (!ECHO_ID_RE.test(id)) throw invalidRequest('invalid_echo_id', 'The echo id must be 1-100 letters, digits, - or _.', 'id');
  return id;
};

/** The webhook test service (DESIGN §1.6): point a webhook_url at /echo/{id}, watch it at /view/{id}. */
export async function echoRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  await app.register(async (echo) => {
    // the raw bytes are what signatures cover: keep every body as text, whatever its content type
    echo.removeAllContentTypeParsers();
    echo.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
    echo.post('/echo/:id', { schema: { hide: true } }, async (req, reply) => {
      const id = checkId((req.params as { id: string }).id);
      // ?status=NNN: answer that status (to see retries, like Svix Play); the request is recorded all the same
      const rawStatus = (req.query as { status?: unknown }).status;
      let status = 200;
      if (rawStatus !== undefined) {
        status = Number(rawStatus);
        if (typeof rawStatus !== 'string' || !/^[2-5][0-9][0-9]$/.test(rawStatus)) throw invalidRequest('invalid_status', 'status must be an HTTP status code from 200 to 599.', 'status');
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const { id: requestId, verification } = await recordEchoRequest(ctx, id, headers, typeof req.body === 'string' ? req.body : '');
      if (status === 204 || status === 205 || status === 304) return reply.code(status).send();
      return reply.code(status).send({ received: true, id: requestId, verification, ...(status === 200 ? {} : { status }) });
    });
  });
  app.get('/view/:id', { schema: { hide: true } }, async (req, reply) => {
    const raw = (req.params as { id: string }).id;
    const isJson = raw.endsWith('.json');
    const nonce = setViewSecurityHeaders(reply, !isJson);
    if (isJson) {
      const q = req.query as { limit?: string; before?: string };
      const limit = q.limit === undefined ? undefined : Number(q.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) throw invalidRequest('invalid_limit', 'limit must be an integer from 1 to 100.', 'limit');
      return listEchoRequests(ctx, checkId(raw.slice(0, -5)), { limit, before: typeof q.before === 'string' ? q.before : undefined });
    }
    const id = checkId(raw);
    return reply.type('text/html; charset=utf-8').send(echoViewPage(id, nonce));
  });
  void ApiError;
}
