import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '@callcov/db';
import type { Registry } from 'prom-client';

/**
 * For processes without the API (worker, dispatcher roles): a small HTTP server with `/healthz` (the process and its
 * event loop answer), `/readyz` (the database answers and takes writes) and `/metrics` (Prometheus), for
 * Kubernetes probes and scraping. Nothing else is served.
 */
export async function startHealthServer(options: { host: string; port: number; database: Database; registry: Registry }): Promise<{ url: string; close(): Promise<void> }> {
  const { database, registry } = options;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, { status: 'method not allowed' });
    if (path === '/healthz') return json(200, { status: 'ok' });
    if (path === '/readyz') {
      database.ping().then(() => database.probeWrite()).then(
        () => json(200, { status: 'ready', database: database.kind }),
        (err: Error) => json(503, { status: 'unavailable', database: database.kind, error: err.message }),
      );
      return;
    }
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        (err: Error) => json(500, { error: err.message }),
      );
      return;
    }
    json(404, { status: 'not found' });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
