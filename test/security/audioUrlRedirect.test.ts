// Security: an audio_url that redirects to a non-http scheme (file:, ftp:, data:) is never followed, and the analysis
// says so in a sentence (not an internal error code).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestServer, waitFor, type TestServer } from '../support/testServer.ts';

describe('audio_url redirects to other schemes', () => {
  let s: TestServer;
  let host: Server;
  let base = '';
  before(async () => {
    s = await startTestServer('sqlite');
    host = createServer((req, res) => {
      const to = decodeURIComponent((req.url ?? '/').slice(1));
      res.writeHead(302, { location: to }).end();
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  after(async () => {
    host.close();
    await s.stop();
  });

  test('file:, ftp: and data: targets fail the analysis with a readable message', async () => {
    for (const target of ['file:///etc/passwd', 'ftp://127.0.0.1/call.wav', 'data:audio/wav;base64,UklGRg==']) {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { audio_url: `${base}/${encodeURIComponent(target)}` } });
      assert.equal(r.status, 202, r.text);
      const a = await waitFor(async () => {
        const g = (await s.api(`/api/v1/analysis/${r.body.id}`)).body;
        return g.status === 'failed' || g.status === 'completed' ? g : null;
      }, 20000, target);
      assert.equal(a.status, 'failed');
      assert.equal(a.error_code, 'audio_fetch_failed');
      const scheme = target.split(':')[0];
      assert.match(a.error_message, new RegExp(`^audio_url could not be reached \\(redirect to a ${scheme} URL is not followed: `), a.error_message);
      assert.doesNotMatch(a.error_message, /CALLCOV_/);
    }
  });
});
