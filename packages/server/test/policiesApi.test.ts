import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../../../test/support/testDatabase.ts';
import { sampleTranscript, startTestServer, waitFor, type TestServer } from '../../../test/support/testServer.ts';

const customPolicy = {
  id: 'greeting-only',
  name: 'Greeting only',
  rules: [
    {
      id: 'say_welcome',
      title: { en: 'Say welcome', es: 'Dar la bienvenida' },
      category: 'disclosure',
      severity: 'critical',
      kind: 'require_phrases',
      speaker: 'Agent',
      phrases: { en: [{ label: 'welcome', any_of: ['welcome to harper valley'] }], es: [{ label: 'bienvenida', any_of: ['bienvenido a harper valley'] }] },
      coaching: { recommendation: { en: 'Welcome the caller.', es: 'Dé la bienvenida.' }, example_phrase: { en: 'Welcome to Harper Valley!', es: '¡Bienvenido a Harper Valley!' } },
    },
  ],
};

const completed = async (s: TestServer, id: string) =>
  waitFor(async () => {
    const g = (await s.api(`/api/v1/analysis/${id}`)).body;
    return g.status === 'completed' || g.status === 'failed' ? g : null;
  }, 15000, 'analysis to finish');

for (const backend of BACKENDS) {
  describe(`policies, scorecards and the analysis engine on ${backend}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(backend);
    });
    after(async () => {
      await s.stop();
    });

    test('a transcript is analysed for compliance, quality and coaching with the built-in packs', async () => {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      const a = await completed(s, r.body.id);
      assert.equal(a.status, 'completed');
      const { compliance, quality, coaching } = a.results;
      assert.deepEqual(compliance.policy, { id: 'default', version: 2 });
      const disclosure = compliance.checks.find((c: any) => c.id === 'recording_disclosure');
      assert.equal(disclosure.status, 'passed');
      assert.match(disclosure.evidence[0].quote, /may be recorded/i);
      assert.equal(disclosure.evidence[0].segment, 0);
      assert.ok(quality.score >= 0 && quality.score <= 100);
      assert.ok(quality.scorecard.some((i: any) => i.id === 'greeting'));
      assert.equal(typeof coaching.summary, 'string');
      assert.equal(a.transcript.language, 'en');
    });

    test('a call without the disclosure fails its critical check', async () => {
      const segments = sampleTranscript.segments.map((seg, i) => (i === 0 ? { ...seg, text: 'Hello, Harper Valley Bank, my name is Ana, how can I help you?' } : seg));
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: { segments } } });
      const a = await completed(s, r.body.id);
      assert.equal(a.results.compliance.status, 'fail');
      assert.equal(a.results.compliance.checks.find((c: any) => c.id === 'recording_disclosure').status, 'failed');
      assert.ok(a.results.coaching.opportunities.length > 0);
      const filtered = await s.api('/api/v1/analysis?failed_check=recording_disclosure&limit=100');
      assert.ok(filtered.body.data.some((x: any) => x.id === a.id), 'the failed_check filter finds it');
      assert.ok(filtered.body.data.every((x: any) => x.results.compliance.checks.some((c: any) => c.id === 'recording_disclosure' && c.status === 'failed')));
      assert.equal((await s.api('/api/v1/analysis?failed_check=bad%20id')).status, 400);
    });

    test('redact_pii replaces a spoken card number in the stored transcript and reports it without the clear value', async () => {
      const segments = [
        ...sampleTranscript.segments.slice(0, 3),
        { speaker: 'Customer', text: 'My card number is 4111 1111 1111 1111.', start: 13.5, end: 16 },
        ...sampleTranscript.segments.slice(4),
      ];
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: { segments }, redact_pii: true } });
      const a = await completed(s, r.body.id);
      assert.ok(!JSON.stringify(a).includes('4111 1111 1111 1111'));
      assert.match(a.transcript.segments[3].text, /\[CARD_NUMBER\]/);
      assert.equal(a.results.compliance.pii.redacted, true);
      assert.ok(a.results.compliance.pii.detected.some((d: any) => d.type === 'card_number' && d.segment === 3));
    });

    test('custom policies: create, list, get, new version, default; analyses record the id and version used', async () => {
      const created = await s.api('/api/v1/policies', { method: 'POST', json: customPolicy });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.body.version, 1);
      const dup = await s.api('/api/v1/policies', { method: 'POST', json: customPolicy });
      assert.equal(dup.status, 409);
      const builtIn = await s.api('/api/v1/policies', { method: 'POST', json: { ...customPolicy, id: 'default' } });
      assert.equal(builtIn.status, 409);
      const list = await s.api('/api/v1/policies');
      assert.deepEqual(list.body.data.map((p: any) => p.id).sort(), ['collections', 'default', 'greeting-only', 'spain']);
      const { id: _id, ...withoutId } = customPolicy;
      const v2 = await s.api('/api/v1/policies/greeting-only/versions', { method: 'POST', json: { ...withoutId, name: 'Greeting only v2' } });
      assert.equal(v2.status, 201, v2.text);
      assert.equal(v2.body.version, 2);
      assert.equal((await s.api('/api/v1/policies/greeting-only?version=1')).body.document.name, 'Greeting only');
      assert.equal((await s.api('/api/v1/policies/greeting-only')).body.version, 2);
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, policy_id: 'greeting-only' } });
      const a = await completed(s, r.body.id);
      assert.deepEqual(a.results.compliance.policy, { id: 'greeting-only', version: 2 });
      assert.deepEqual(a.results.compliance.checks.map((c: any) => c.id), ['say_welcome']);
      assert.equal(a.results.compliance.checks[0].status, 'failed');
      const made = await s.api('/api/v1/policies/greeting-only/default', { method: 'POST' });
      assert.equal(made.body.default, true);
      const r2 = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript } });
      assert.equal((await completed(s, r2.body.id)).results.compliance.policy.id, 'greeting-only', 'the account default applies');
      const other = await s.newKey(`policies-other-${backend}`);
      assert.equal((await s.api('/api/v1/policies/greeting-only', { key: other.key })).status, 404, 'policies are per account');
      const unknown = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, policy_id: 'nope' } });
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.error.param, 'policy_id');
      const invalid = await s.api('/api/v1/policies', { method: 'POST', json: { ...customPolicy, id: 'broken', rules: [] } });
      assert.equal(invalid.status, 400);
      const scorecards = await s.api('/api/v1/scorecards');
      assert.ok(scorecards.body.data.some((d: any) => d.id === 'default' && d.built_in));
    });

    test('Spanish calls are analysed in Spanish', async () => {
      const segments = [
        { speaker: 'Agent', text: 'Buenos días, gracias por llamar a Banco Harper, le atiende Lucía. Esta llamada puede ser grabada; el responsable del tratamiento es Banco Harper y la finalidad es gestionar su solicitud.', start: 0, end: 9 },
        { speaker: 'Customer', text: 'Hola, quiero saber el saldo de mi cuenta.', start: 9.5, end: 12 },
        { speaker: 'Agent', text: 'Claro, ¿me confirma su nombre completo y fecha de nacimiento?', start: 12.5, end: 15 },
        { speaker: 'Customer', text: 'Patricia Brown, tres de marzo de mil novecientos ochenta.', start: 15.5, end: 18 },
        { speaker: 'Agent', text: 'Gracias. Su saldo es de dos mil euros. ¿Puedo ayudarle en algo más?', start: 18.5, end: 22 },
        { speaker: 'Customer', text: 'No, muchas gracias.', start: 22.5, end: 24 },
        { speaker: 'Agent', text: 'Gracias por llamar, que tenga un buen día.', start: 24.5, end: 26 },
      ];
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: { segments }, language: 'auto', policy_id: 'default' } });
      const a = await completed(s, r.body.id);
      assert.equal(a.transcript.language, 'es');
      assert.equal(a.results.compliance.checks.find((c: any) => c.id === 'recording_disclosure').status, 'passed');
      assert.equal(a.results.compliance.checks.find((c: any) => c.id === 'recording_disclosure').title, 'Aviso de grabación');
    });
  });
}
