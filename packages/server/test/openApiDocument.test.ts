import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';

/** The served OpenAPI document, linted by Redocly's own linter with its `recommended` rules: no error, no warning. */
describe('OpenAPI document', () => {
  let s: TestServer;
  let doc: any;
  before(async () => {
    s = await startTestServer('sqlite');
    doc = (await s.api('/api/v1/openapi.json', { key: null })).body;
  });
  after(async () => {
    await s.stop();
  });

  test('redocly lint (recommended): 0 errors, 0 warnings', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: `${s.url}/api/v1/openapi.json`, config });
    const lines = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
    assert.deepEqual(lines, []);
  });

  test('every operation has a unique, readable operationId and a 2xx response', () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item)) {
        assert.match(op.operationId ?? '', /^[a-z][A-Za-z]+$/, `${method} ${path}`);
        assert.ok(Object.keys(op.responses).some((c) => /^2/.test(c)), `${method} ${path} has a 2xx response`);
        ids.push(op.operationId);
      }
    }
    assert.equal(new Set(ids).size, ids.length, 'unique');
    for (const name of ['createAnalysis', 'getAnalysis', 'listAnalyses', 'deleteAnalysis', 'listAnalysisDeliveries', 'getWebhookSecret', 'rotateWebhookSecret', 'updateWebhookEndpoint', 'listPolicies', 'setDefaultPolicy']) {
      assert.ok(ids.includes(name), name);
    }
  });

  test('servers names this server, info has a license', () => {
    assert.deepEqual(doc.servers.map((x: { url: string }) => x.url), [s.url]);
    assert.equal(doc.info.license.identifier, 'MIT');
  });

  test('POST /api/v1/analysis documents the multipart form with the same fields as the JSON body', () => {
    const body = doc.paths['/api/v1/analysis'].post.requestBody.content;
    const form = body['multipart/form-data'].schema.properties;
    assert.equal(form.audio.format, 'binary');
    const jsonSchema = body['application/json'].schema;
    const jsonFields = Object.keys((jsonSchema.$ref ? doc.components.schemas[jsonSchema.$ref.split('/').pop()] : jsonSchema).properties);
    assert.deepEqual(Object.keys(form).sort(), ['audio', ...jsonFields].sort());
    assert.equal(form.transcript.contentMediaType, 'application/json');
  });

  test('the webhooks section lists the events and their signature headers', () => {
    assert.deepEqual(Object.keys(doc.webhooks).sort(), ['analysis.completed', 'analysis.failed', 'analysis.reviewed', 'delivery.exhausted', 'endpoint.disabled', 'endpoint.failing', 'endpoint.recovered']);
    const completed = doc.webhooks['analysis.completed'].post;
    assert.equal(completed.requestBody.content['application/json'].schema.$ref, '#/components/schemas/Analysis');
    const headers = completed.parameters.map((p: { name: string }) => p.name);
    for (const h of ['X-CallCov-Signature', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'X-CallCov-Event']) assert.ok(headers.includes(h), h);
  });

  test('responses document the Request-Id header', () => {
    assert.ok(doc.components.headers.RequestId);
    assert.equal(doc.paths['/api/v1/analysis/{id}'].get.responses['200'].headers['Request-Id'].$ref, '#/components/headers/RequestId');
  });
});
