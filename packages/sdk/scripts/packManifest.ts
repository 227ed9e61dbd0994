/**
 * `npm pack` / `npm publish` run in packages/sdk pack the built package, not the TypeScript sources:
 *   prepack:  build into dist/ (scripts/build.ts), keep the workspace package.json as .package.workspace.json and put
 *             the publish manifest in its place (exports -> ./dist/esm|cjs, .d.ts types, files: dist, README, LICENSE);
 *   postpack: put the workspace package.json back.
 * The workspace itself keeps running src/*.ts (its package.json exports point there). Usage: node scripts/packManifest.ts prepack|postpack
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const manifestPath = join(root, 'package.json');
const saved = join(root, '.package.workspace.json');

/** The built manifest (dist/package.json) with its paths made relative to the package folder. */
export function publishManifest(built: Record<string, any>, workspace: Record<string, any>): Record<string, any> {
  const prefix = (v: unknown): unknown =>
    typeof v === 'string'
      ? v.startsWith('./') && v !== './package.json'
        ? `./dist/${v.slice(2)}`
        : v
      : Array.isArray(v)
        ? v.map(prefix)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prefix(x)]))
          : v;
  return {
    ...built,
    main: prefix(built.main),
    module: prefix(built.module),
    types: prefix(built.types),
    exports: prefix(built.exports),
    sideEffects: prefix(built.sideEffects),
    files: ['dist/esm', 'dist/cjs', 'README.md', 'LICENSE'],
    scripts: { prepack: workspace.scripts?.prepack, postpack: workspace.scripts?.postpack },
    devDependencies: undefined,
  };
}

const step = process.argv[2];
if (step === 'prepack') {
  if (existsSync(saved)) renameSync(saved, manifestPath); // a pack that died half-way: start from the real manifest
  // the build's output goes to stderr, so `npm pack --json` prints JSON only
  execFileSync(process.execPath, [join(root, 'scripts/build.ts'), join(root, 'dist')], { stdio: ['ignore', 2, 2] });
  const workspace = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const built = JSON.parse(readFileSync(join(root, 'dist/package.json'), 'utf8'));
  renameSync(manifestPath, saved);
  writeFileSync(manifestPath, JSON.stringify(publishManifest(built, workspace), null, 2) + '\n');
} else if (step === 'postpack') {
  if (existsSync(saved)) renameSync(saved, manifestPath);
} else {
  console.error('usage: node scripts/packManifest.ts prepack|postpack');
  process.exit(2);
}
