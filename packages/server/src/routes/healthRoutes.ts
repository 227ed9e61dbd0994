import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '@callcov/services';

/** `/healthz`: the process runs. `/readyz`: the database is reachable and writable (a vanished or read-only one is 503). */
export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await ctx.database.ping();
      await ctx.database.probeWrite();
      return { status: 'ready', database: ctx.database.kind };
    } catch (err) {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind, error: (err as Error).message });
    }
  });
}
