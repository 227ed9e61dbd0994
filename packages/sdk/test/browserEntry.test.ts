// The built browser/edge entry (dist/esm/index.js) in Debian's Chromium: imported as a native ES module, it verifies
// webhooks with Web Crypto and talks to a real CallCov (same origin through a tiny static server + proxy).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { sampleTranscript, startTestServer, type TestServer } from '../../../test/support/testServer.ts';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));

describe('the built ESM entry in Chromium', { skip: existsSync(CHROMIUM) ? false : `Debian chromium is not installed at ${CHROMIUM}` }, () => {
  let work: string;
  let s: TestServer;
  let site: Server;
  let origin: string;
  let browser: Browser;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'callcov-sdk-browser-'));
    await promisify(execFile)(process.execPath, ['scripts/build.ts', join(work, 'dist')], { cwd: root });
    s = await startTestServer('sqlite');
    const upstream = new URL(s.url);
    site = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        const up = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: url, headers: req.headers }, (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        });
        req.pipe(up);
        return;
      }
      if (url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>sdk</title>');
        return;
      }
      const file = normalize(join(work, 'dist', url));
      if (!file.startsWith(join(work, 'dist')) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    site?.closeAllConnections();
    site?.close();
    await s?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('imports, verifies the Standard Webhooks vector, rejects tampering, and creates + waits for an analysis', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(origin + '/');
    const result = await page.evaluate(
      async ({ key, transcript }) => {
        const sdk = await import('/esm/index.js' as string);
        const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
        const headers = { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' };
        const ok = await sdk.verifyWebhook('{"test": 2432232314}', headers, secret, { now: () => 1614265330_000 });
        let tampered = '';
        try {
          await sdk.verifyWebhook('{"test": 2432232315}', headers, secret, { now: () => 1614265330_000 });
        } catch (e) {
          tampered = (e as { reason: string }).reason;
        }
        const client = new sdk.CallCov({ apiKey: key, baseUrl: location.origin });
        const created = await client.analyses.create({ transcript });
        const done = await client.analyses.waitFor(created.id, { timeout: 20000, intervalMs: 100 });
        return { id: ok.id, tampered, status: done.status, hasNodeProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined' };
      },
      { key: s.key, transcript: sampleTranscript },
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(result, { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', tampered: 'signature_mismatch', status: 'completed', hasNodeProcess: false });
    await page.close();
  });
});
