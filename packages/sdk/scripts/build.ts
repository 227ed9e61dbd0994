/**
 * Builds the publishable package into dist/: ESM (dist/esm) and CommonJS (dist/cjs, with its own {"type":"commonjs"}),
 * each with .d.ts, plus a package.json whose exports point at them, README and LICENSE. Publish/pack from dist:
 *   npm run build -w @callcov/sdk && npm pack ./packages/sdk/dist
 * `node scripts/build.ts <dir>` builds into another directory. (The workspace package.json points at src/*.ts so the monorepo runs the sources directly.)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');
const tsc = join(root, '../../node_modules/.bin/tsc');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const compile = (outDir: string, module: string, moduleResolution: string, extra: string[] = []) =>
  execFileSync(tsc, ['-p', join(root, 'tsconfig.build.json'), '--outDir', outDir, '--module', module, '--moduleResolution', moduleResolution, ...extra], {
    stdio: 'inherit',
  });

compile(join(dist, 'esm'), 'esnext', 'bundler');
writeFileSync(join(dist, 'esm/package.json'), '{"type":"module"}\n');
compile(join(dist, 'cjs'), 'commonjs', 'bundler', ['--verbatimModuleSyntax', 'false']);
writeFileSync(join(dist, 'cjs/package.json'), '{"type":"commonjs"}\n');

// Declarations keep the sources' `.ts` specifiers; published types must name the `.js` files beside them.
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.d.ts')) continue;
  const path = join(dist, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'));
}

const source = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entry = (name: string) => ({
  import: { types: `./esm/${name}.d.ts`, default: `./esm/${name}.js` },
  require: { types: `./cjs/${name}.d.ts`, default: `./cjs/${name}.js` },
});
const manifest = {
  name: source.name,
  version: source.version,
  description: source.description,
  license: source.license,
  type: 'module',
  main: './cjs/index.js',
  module: './esm/index.js',
  types: './esm/index.d.ts',
  exports: {
    '.': { node: entry('node'), ...entry('index') },
    './node': entry('node'),
    './package.json': './package.json',
  },
  sideEffects: ['./esm/node.js', './cjs/node.js'],
  files: ['esm', 'cjs', 'README.md', 'LICENSE'],
  engines: source.engines,
  keywords: ['callcov', 'webhooks', 'standard-webhooks', 'call-analysis', 'sdk'],
};
writeFileSync(join(dist, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const f of ['README.md', 'LICENSE']) if (existsSync(join(root, f))) copyFileSync(join(root, f), join(dist, f));
console.log(`built ${dist}`);
