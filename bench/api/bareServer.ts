// The baseline: a bare Fastify JSON route, measured in the same run as CallCov's routes.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ object: 'bare', ok: true, n: 42 }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on ${url}`);
