// The baseline: a bare Fastify JSON route, measured in the same run as CallCov's routes.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ object: 'bare', ok: true, n: 42 }));
// the same route sending a stored body of an analysis's size, to separate payload cost from our layers' cost
const sized = process.env.BARE_BODY ?? '{}';
app.get('/bare-sized', async (_req, reply) => reply.type('application/json').send(sized));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on ${url}`);
