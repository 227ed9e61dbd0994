import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver } from '../../../test/support/testReceiver.ts';
import { sampleTranscript, startTestServer, waitFor } from '../../../test/support/testServer.ts';

test('with CALLCOV_LLM_URL the summary and coaching wording come from the model; compliance stays the engine’s', async () => {
  // a real OpenAI-compatible chat server on 127.0.0.1 that answers with a refinement keeping the same skills
  const llm = await startReceiver((req, res) => {
    const body = JSON.parse(req.body);
    const facts = JSON.parse(body.messages[1].content.split('Engine findings (JSON):\n')[1]);
    const content = JSON.stringify({
      summary: 'REFINED: the customer asked for a savings balance and got it.',
      opportunities: facts.opportunities.map((o: any) => ({ skill: o.skill, recommendation: `REFINED ${o.recommendation}`, example_phrase: o.example_phrase })),
    });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  });
  const plain = await startTestServer('sqlite');
  const enriched = await startTestServer('sqlite', { env: { CALLCOV_LLM_URL: `${llm.url}/v1`, CALLCOV_LLM_MODEL: 'test-model' } });
  try {
    const run = async (s: typeof plain) => {
      const r = await s.api('/api/v1/analysis', { method: 'POST', json: { transcript: sampleTranscript, policy_id: 'default' } });
      return waitFor(async () => {
        const g = (await s.api(`/api/v1/analysis/${r.body.id}`)).body;
        return g.status === 'completed' ? g : null;
      }, 15000);
    };
    const a = await run(plain);
    const b = await run(enriched);
    assert.equal(llm.requests.length, 1);
    assert.equal(llm.requests[0]!.url, '/v1/chat/completions');
    const sent = JSON.parse(llm.requests[0]!.body);
    assert.equal(sent.model, 'test-model');
    assert.equal(sent.response_format.type, 'json_schema');
    assert.match(b.results.coaching.summary, /^REFINED/);
    assert.doesNotMatch(a.results.coaching.summary, /^REFINED/);
    assert.deepEqual(b.results.compliance, a.results.compliance, 'verdicts are deterministic, untouched by the model');
    assert.deepEqual(b.results.quality.scorecard, a.results.quality.scorecard);
  } finally {
    await plain.stop();
    await enriched.stop();
    await llm.close();
  }
});
