// A counting webhook receiver for the benchmark (its own process): records when each analysis id arrived.
import { createServer } from 'node:http';

const arrivals = new Map<string, number>();
let requests = 0;
const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ requests, arrivals: Object.fromEntries(arrivals) }));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const now = Date.now();
    requests++;
    const m = /"id":"([^"]+)"/.exec(Buffer.concat(chunks).toString('utf8'));
    if (m && !arrivals.has(m[1]!)) arrivals.set(m[1]!, now);
    res.end('ok');
  });
});
server.keepAliveTimeout = 10000;
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as { port: number }).port}`));
