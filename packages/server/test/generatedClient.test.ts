import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const tsc = join(repo, 'node_modules/.bin/tsc');
const run = async (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  (await promisify(execFile)(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })).stdout;

/**
 * What an integrator does with the OpenAPI document: generate types with openapi-typescript, call the API with
 * openapi-fetch. The client must type-check (operations named, 2xx bodies typed, not unknown) and work against the
 * running server.
 */
describe('a client generated from /api/v1/openapi.json (openapi-typescript + openapi-fetch)', () => {
  let s: TestServer;
  let dir: string;
  before(async () => {
    s = await startTestServer('sqlite');
    // inside the repository (a git-ignored folder) so that openapi-fetch resolves from its node_modules
    mkdirSync(join(repo, '.tmp'), { recursive: true });
    dir = mkdtempSync(join(repo, '.tmp/openapi-client-'));
  });
  after(async () => {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('generates, type-checks and runs', async () => {
    const doc = await (await fetch(`${s.url}/api/v1/openapi.json`)).json();
    writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(doc)));
    const schema = readFileSync(join(dir, 'schema.d.ts'), 'utf8');
    for (const op of ['createAnalysis', 'getAnalysis', 'listAnalyses', 'rotateWebhookSecret']) assert.match(schema, new RegExp(`${op}: \\{`), op);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(
      join(dir, 'client.ts'),
      `import createClient from 'openapi-fetch';
import type { paths, operations } from './schema.d.ts';

const client = createClient<paths>({ baseUrl: process.env.BASE_URL, headers: { 'X-API-Key': process.env.API_KEY } });
const created = await client.POST('/api/v1/analysis', {
  body: { agent_id: 'agent_gen', transcript: { segments: [{ speaker: 'Agent', text: 'Hello, thank you for calling.', start: 0, end: 2 }] } },
});
if (!created.data) throw new Error('create failed: ' + JSON.stringify(created.error));
const id: string = created.data.id;
const status: 'queued' | 'processing' | 'completed' | 'failed' = created.data.status;
const one = await client.GET('/api/v1/analysis/{id}', { params: { path: { id } } });
const agent: string | null | undefined = one.data?.call.agent_id;
const list = await client.GET('/api/v1/analysis', { params: { query: { limit: 5 } } });
const first: string | undefined = list.data?.data[0]?.id;
const missing = await client.GET('/api/v1/analysis/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
const code: string | undefined = missing.error?.error.code;
const endpoints = await client.GET('/api/v1/webhook_endpoints');
const count: number | undefined = endpoints.data?.data.length;
type Secret = operations['getWebhookSecret']['responses'][200]['content']['application/json'];
const secret: Secret | undefined = (await client.GET('/api/v1/webhooks/secret')).data;
console.log(JSON.stringify({ status, agent, first: first === id, code, count, secret: secret?.secret.startsWith('whsec_'), requestId: missing.response.headers.get('request-id')?.startsWith('req_') }));
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, allowImportingTsExtensions: true, lib: ['es2022', 'dom'], types: ['node'], typeRoots: [join(repo, 'node_modules/@types')], skipLibCheck: true },
        files: ['client.ts'],
      }),
    );
    await run(tsc, ['-p', 'tsconfig.json'], dir).catch((err: { stdout?: string }) => assert.fail(`generated client does not type-check:\n${err.stdout}`));
    const out = JSON.parse(await run(process.execPath, ['client.ts'], dir, { BASE_URL: s.url, API_KEY: s.key }));
    assert.deepEqual(out, { status: 'queued', agent: 'agent_gen', first: true, code: 'resource_missing', count: 0, secret: true, requestId: true });
  });
});
