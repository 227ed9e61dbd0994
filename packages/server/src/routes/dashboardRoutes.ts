import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { ServiceContext } from '@callcov/services';

/** Where `scripts/build-dashboard` puts the production build. */
export const DASHBOARD_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dashboard/dist');

/** Client-side routes of the single-page app: each answers index.html (the app routes itself). /api, /echo, /view… never do. */
export const DASHBOARD_CLIENT_ROUTES = ['/', '/signin', '/calls', '/calls/*', '/agents', '/agents/*', '/webhooks', '/webhooks/*', '/settings', '/settings/*', '/calibration'];

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>CallCov</title>
<body style="font-family:system-ui;margin:3rem"><h1>CallCov</h1><p>The dashboard is not built. Run <code>scripts/build-dashboard</code> (scripts/start does it) and reload.</p>
<p>The API is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></body></html>`;

/**
 * Serves the dashboard's build: hashed files under /assets/ are cached for a year (immutable); index.html is
 * revalidated on every load (no-cache), so a new build is picked up at once.
 */
export function makeDashboardRoutes(distDir: string = DASHBOARD_DIST) {
  return async function dashboardRoutes(app: FastifyInstance, _ctx: ServiceContext): Promise<void> {
    const indexPath = join(distDir, 'index.html');
    let cached: { mtimeMs: number; html: Buffer } | null = null;
    const readIndex = async (): Promise<Buffer | null> => {
      try {
        const s = await stat(indexPath);
        if (!cached || cached.mtimeMs !== s.mtimeMs) cached = { mtimeMs: s.mtimeMs, html: await readFile(indexPath) };
        return cached.html;
      } catch {
        return null;
      }
    };
    await app.register(async (scope) => {
      await scope.register(fastifyStatic, {
        root: join(distDir, 'assets'),
        prefix: '/assets/',
        index: false,
        dotfiles: 'deny',
        cacheControl: false,
        etag: true,
        lastModified: true,
        setHeaders: (res) => {
          res.header('Cache-Control', 'public, max-age=31536000, immutable');
          res.header('X-Content-Type-Options', 'nosniff');
        },
      });
    });
    for (const url of DASHBOARD_CLIENT_ROUTES) {
      app.get(url, { schema: { hide: true } }, async (_req, reply) => {
        const html = await readIndex();
        reply
          .header('Cache-Control', 'no-cache')
          .header('X-Content-Type-Options', 'nosniff')
          .header('Referrer-Policy', 'no-referrer')
          .header('X-Frame-Options', 'DENY')
          .header(
            'Content-Security-Policy',
            "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
          )
          .type('text/html; charset=utf-8');
        if (!html) return reply.status(503).send(NOT_BUILT);
        return reply.send(html);
      });
    }
  };
}

export const dashboardRoutes = makeDashboardRoutes();
