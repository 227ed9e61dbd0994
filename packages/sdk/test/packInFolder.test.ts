import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';

const sdk = fileURLToPath(new URL('..', import.meta.url));
const repoModules = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const run = async (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  (await promisify(execFile)(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 })).stdout;

/**
 * `npm pack` run in the SDK's own folder (what an integrator tries first) packs the built JavaScript and .d.ts, not
 * src/*.ts, and the tarball imports on Node 24 and the machine's older Node (20). Packed from a copy of the folder, so
 * the workspace's package.json is never swapped under other tests.
 */
describe('npm pack in packages/sdk', () => {
  let work: string;
  let s: TestServer;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'callcov-sdk-folder-pack-'));
    s = await startTestServer('sqlite');
  });
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('packs dist (prepack builds, postpack restores the manifest); ESM and CJS import on every Node here', async () => {
    const copy = join(work, 'repo/packages/sdk');
    mkdirSync(copy, { recursive: true });
    for (const f of ['package.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts']) cpSync(join(sdk, f), join(copy, f), { recursive: true });
    symlinkSync(repoModules, join(work, 'repo/node_modules'));
    const before = readFileSync(join(copy, 'package.json'), 'utf8');
    const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], copy))[0];
    assert.equal(readFileSync(join(copy, 'package.json'), 'utf8'), before, 'postpack put the workspace manifest back');
    assert.ok(!existsSync(join(copy, '.package.workspace.json')));
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    assert.ok(files.includes('dist/esm/index.js') && files.includes('dist/esm/index.d.ts') && files.includes('dist/cjs/node.js'), files.join(' '));
    assert.ok(!files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no TypeScript sources');

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', join(work, packed.filename), '--offline', '--no-audit', '--no-fund'], app);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@callcov/sdk/package.json'), 'utf8'));
    assert.equal(manifest.exports['.'].import.default, './dist/esm/index.js');
    assert.equal(manifest.types, './dist/esm/index.d.ts');

    writeFileSync(
      join(app, 'esm.mjs'),
      `import { CallCov, CallCovNotFoundError, DEFAULT_BASE_URL } from '@callcov/sdk';
       const c = new CallCov({ apiKey: process.env.CALLCOV_API_KEY, baseUrl: process.env.CALLCOV_BASE_URL });
       const list = await c.analyses.list();
       const e = await c.analyses.retrieve('00000000-0000-4000-8000-000000000000').catch((x) => x);
       console.log(list.object, e instanceof CallCovNotFoundError, DEFAULT_BASE_URL);`,
    );
    writeFileSync(join(app, 'cjs.cjs'), `const { CallCov, verifyWebhook } = require('@callcov/sdk'); console.log(typeof CallCov, typeof verifyWebhook);`);
    const nodes = [process.execPath];
    if (existsSync('/usr/bin/node') && realpathSync('/usr/bin/node') !== realpathSync(process.execPath)) nodes.push('/usr/bin/node');
    for (const node of nodes) {
      const version = (await run(node, ['--version'], app)).trim();
      const env = { CALLCOV_API_KEY: s.key, CALLCOV_BASE_URL: s.url };
      assert.equal((await run(node, ['esm.mjs'], app, env)).trim(), 'list true http://127.0.0.1:8080', `ESM on Node ${version}`);
      assert.equal((await run(node, ['cjs.cjs'], app, env)).trim(), 'function function', `CJS on Node ${version}`);
      console.log(`packed SDK imports on Node ${version}`);
    }
  });
});
