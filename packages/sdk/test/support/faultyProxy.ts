import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  outcome: 'forwarded' | 'injected' | 'dropped';
}

export type Fault = { kind: 'status'; status: number; headers?: Record<string, string> } | { kind: 'drop' };

/**
 * A real HTTP proxy on 127.0.0.1 in front of `target`: `plan(n)` decides, for the n-th request (1-based), whether to
 * inject a fault (an error status, or a dropped connection) or forward it untouched.
 */
export async function startFaultyProxy(target: string, plan: (n: number, req: IncomingMessage) => Fault | null) {
  const seen: ProxiedRequest[] = [];
  const t = new URL(target);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const fault = plan(seen.length + 1, req);
    const record: ProxiedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, outcome: fault ? (fault.kind === 'drop' ? 'dropped' : 'injected') : 'forwarded' };
    seen.push(record);
    if (fault?.kind === 'drop') {
      req.resume();
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(JSON.stringify({ error: { type: fault.status === 429 ? 'rate_limit_error' : 'api_error', code: 'injected', message: `injected ${fault.status}` } }));
      });
      return;
    }
    const upstream = httpRequest({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
