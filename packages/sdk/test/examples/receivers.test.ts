import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { startReceiver } from '../../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../../test/support/testServer.ts';
import type { AnyWebhookEvent, WebhookLogger } from '../../src/index.ts';
import { createExpressReceiver } from '../../../../examples/receivers/express/server.ts';
import { createFastifyReceiver } from '../../../../examples/receivers/fastify/server.ts';
import { createHonoReceiver } from '../../../../examples/receivers/hono/server.ts';
import { createNodeReceiver } from '../../../../examples/receivers/node-http/server.ts';

interface Running {
  url: string;
  close(): Promise<void>;
}
type Start = (secret: string, onProcessed: (e: AnyWebhookEvent) => void, logger: WebhookLogger) => Promise<Running>;

const listenNode = async (server: Server): Promise<Running> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
};

const RECEIVERS: Record<string, Start> = {
  express: (secret, onProcessed, logger) => listenNode(createExpressReceiver({ secret, onProcessed, logger }).listen(0, '127.0.0.1')),
  fastify: async (secret, onProcessed, logger) => {
    const app = await createFastifyReceiver({ secret, onProcessed, logger });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return { url, close: () => app.close() };
  },
  hono: async (secret, onProcessed, logger) => {
    const app = createHonoReceiver({ secret, onProcessed, logger });
    return listenNode(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server);
  },
  'node-http': (secret, onProcessed, logger) => listenNode(createNodeReceiver({ secret, onProcessed, logger })),
};

const collectingLogger = () => {
  const lines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
};

describe('example receivers get real signed deliveries from a real CallCov (sqlite)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(async () => {
    await s.stop();
  });

  for (const [name, start] of Object.entries(RECEIVERS)) {
    test(`${name}: verifies, answers 200, processes once per webhook-id, rejects forgeries`, async () => {
      const processed: AnyWebhookEvent[] = [];
      const log = collectingLogger();
      const r = await start(s.secret, (e) => processed.push(e), log.logger);
      try {
        const url = `${r.url.replace('localhost', '127.0.0.1')}/webhooks/analysis`;
        const created = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, agent_id: `agent_${name}`, webhook_url: url } });
        const id = created.body.id as string;
        await waitFor(async () => processed.find((e) => (e.data as { id?: string }).id === id), 15000, `${name} processed the webhook`);
        const deliveries = (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data;
        assert.equal(deliveries[0].status, 'succeeded');
        assert.equal(deliveries[0].attempts[0].status_code, 200);
        assert.ok(log.lines.some((l) => l.message.includes('processed') || l.message.includes('storing')), 'logs processing');

        // at-least-once: a resend carries the same webhook-id and is answered 200 but not processed again
        const resent = await s.api(`/api/v1/analysis/${id}/deliveries`, { method: 'POST' });
        assert.equal(resent.status, 202);
        await waitFor(async () => (await s.api(`/api/v1/analysis/${id}/deliveries`)).body.data.filter((d: any) => d.status === 'succeeded').length === 2, 15000, 'resend delivered');
        await new Promise((res) => setTimeout(res, 100));
        assert.equal(processed.filter((e) => (e.data as { id?: string }).id === id).length, 1, 'duplicate skipped');
        assert.ok(log.lines.some((l) => l.message.includes('duplicate')));

        // a forged delivery (signed with another secret) is refused with 401 and never processed
        const other = await s.newKey(`forger_${name}`);
        const forged = await s.api('/api/v1/analysis', { method: 'POST', key: other.key, json: { transcript: sampleTranscript, webhook_url: url } });
        await waitFor(async () => {
          const d = (await s.api(`/api/v1/analysis/${forged.body.id}/deliveries`, { key: other.key })).body.data;
          return d[0]?.attempts?.[0]?.status_code === 401;
        }, 15000, 'forged delivery refused');
        assert.ok(!processed.some((e) => (e.data as { id?: string }).id === forged.body.id));
      } finally {
        await r.close();
      }
    });
  }

  test('next.js route handler: POST(Request) verifies a captured real delivery and refuses a tampered one', async () => {
    process.env.CALLCOV_WEBHOOK_SECRET = s.secret;
    const route = await import('../../../../examples/receivers/nextjs/app/api/webhooks/analysis/route.ts');
    const capture = await startReceiver();
    try {
      const created = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, webhook_url: `${capture.url}/x` } });
      const req = await waitFor(async () => capture.requests.find((r) => r.body.includes(created.body.id)), 15000, 'captured delivery');
      const res = await route.POST(new Request('http://localhost:3000/api/webhooks/analysis', { method: 'POST', headers: req.headers, body: req.body }));
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { received: true });
      await waitFor(async () => route.processed.find((e) => (e.data as { id?: string }).id === created.body.id), 5000, 'processed');
      const tampered = await route.POST(new Request('http://localhost:3000/api/webhooks/analysis', { method: 'POST', headers: req.headers, body: req.body.replace('Agent', 'Agente') }));
      assert.equal(tampered.status, 401);
      assert.equal((await tampered.json()).error.code, 'signature_mismatch');
    } finally {
      await capture.close();
    }
  });
});
