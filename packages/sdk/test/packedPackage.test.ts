import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../../../test/support/testServer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));
// async: the test server runs in this process, so a blocking child would deadlock against it
const run = async (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  (await promisify(execFile)(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })).stdout;

/** The relative-import closure of an ESM file in the built package. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(join(file, '..', m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('the packed SDK (npm pack of the build) in an empty folder', () => {
  let work: string;
  let s: TestServer;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'callcov-sdk-pack-'));
    s = await startTestServer('sqlite');
  });
  after(async () => {
    await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('builds, packs, installs offline, and its README example runs; ESM, CJS and TypeScript consumers work', async () => {
    const dist = join(work, 'dist');
    await run(process.execPath, ['scripts/build.ts', dist], root);
    const packed = JSON.parse(await run('npm', ['pack', dist, '--json', '--pack-destination', work], work))[0];
    const tarball = join(work, packed.filename);
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    assert.ok(files.includes('esm/index.js') && files.includes('cjs/index.js') && files.includes('esm/index.d.ts') && files.includes('README.md'));
    assert.ok(!files.some((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), 'no TypeScript sources in the package');

    // bundle size: the browser/edge entry's module closure, raw and gzipped
    const esmEntry = join(dist, 'esm/index.js');
    const closure = reachable(esmEntry);
    const source = closure.map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.doesNotMatch(source, /from\s+['"]node:|require\(['"]node:|import\(['"]node:/, 'no Node-only module in the browser/edge entry');
    const raw = Buffer.byteLength(source);
    const gz = gzipSync(source).length;
    console.log(`@callcov/sdk: tarball ${statSync(tarball).size} B, unpacked ${packed.unpackedSize} B, ${packed.entryCount} files; browser entry ${closure.length} modules, ${raw} B raw, ${gz} B gzip`);

    const app = join(work, 'app');
    await run('mkdir', ['-p', app], work);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }));
    await run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], app);
    assert.deepEqual(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.')), ['@callcov'], 'no dependencies installed');

    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /## Quick start\s+```js\n([\s\S]*?)```/.exec(readme)![1]!;
    writeFileSync(join(app, 'example.mjs'), example);
    const out = await run(process.execPath, ['example.mjs'], app, { CALLCOV_API_KEY: s.key, CALLCOV_BASE_URL: s.url });
    assert.match(out, /^[0-9a-f-]{36} completed \{/);
    // the machine's older Node.js (the package promises >= 18), when there is one
    const system = '/usr/bin/node';
    if (existsSync(system) && realpathSync(system) !== realpathSync(process.execPath)) {
      const version = (await run(system, ['--version'], app)).trim();
      const older = await run(system, ['example.mjs'], app, { CALLCOV_API_KEY: s.key, CALLCOV_BASE_URL: s.url });
      assert.match(older, /^[0-9a-f-]{36} completed \{/, `README example on Node ${version}`);
      console.log(`README example also ran on Node ${version}`);
    }

    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { CallCov, verifyWebhook, CallCovNotFoundError } = require('@callcov/sdk');
       const c = new CallCov({ apiKey: process.env.CALLCOV_API_KEY, baseUrl: process.env.CALLCOV_BASE_URL });
       c.analyses.retrieve('00000000-0000-4000-8000-000000000000').catch((e) => console.log(e instanceof CallCovNotFoundError, typeof verifyWebhook));`,
    );
    assert.equal((await run(process.execPath, ['cjs.cjs'], app, { CALLCOV_API_KEY: s.key, CALLCOV_BASE_URL: s.url })).trim(), 'true function');

    writeFileSync(
      join(app, 'consumer.mts'),
      `import { CallCov, verifyWebhook, type Analysis } from '@callcov/sdk';
       const c = new CallCov({ apiKey: 'sk_test_x' });
       const a: Analysis = await c.analyses.retrieve('x');
       const score: number | undefined = a.results?.compliance?.score;
       const e = await verifyWebhook('', {}, 'whsec_x');
       export const t: 'analysis.completed' | 'analysis.failed' | 'analysis.reviewed' | 'endpoint.disabled' | 'endpoint.failing' | 'endpoint.recovered' | 'delivery.exhausted' = e.type; void score;`,
    );
    writeFileSync(join(app, 'consumer.cts'), `import sdk = require('@callcov/sdk');\nexport const n: string = sdk.SDK_VERSION;\n`);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, lib: ['es2022', 'dom'], types: [] }, files: ['consumer.mts', 'consumer.cts'] }),
    );
    await run(tsc, ['-p', 'tsconfig.json'], app);
  });
});
