// The layering is declared, not a convention: every @callcov/* package a workspace's sources import is in that
// workspace's package.json, and no import runs against the layers below (a lower layer never imports a higher one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PACKAGES = join(ROOT, 'packages');

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' || e.name === 'generated' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const workspaces = readdirSync(PACKAGES)
  .filter((d) => existsSync(join(PACKAGES, d, 'package.json')))
  .map((d) => {
    const pkg = JSON.parse(readFileSync(join(PACKAGES, d, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const imports = new Map<string, string>();
    for (const f of sources(join(PACKAGES, d, 'src'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(@callcov\/[a-z-]+)(?:\/[^']*)?'/g)) {
        if (m[1] !== pkg.name && !imports.has(m[1]!)) imports.set(m[1]!, relative(ROOT, f));
      }
    }
    return { dir: d, name: pkg.name as string, declared, imports };
  });

test('every @callcov/* import of a workspace is declared in its package.json', () => {
  const missing = workspaces.flatMap((w) => [...w.imports].filter(([dep]) => !w.declared.has(dep)).map(([dep, file]) => `${w.name} imports ${dep} (${file}) without declaring it`));
  assert.deepEqual(missing, []);
  assert.ok(workspaces.length >= 10, `read ${workspaces.length} workspaces`);
});

test('the declared workspace dependencies form no cycle (the layers only point down)', () => {
  const graph = new Map(workspaces.map((w) => [w.name, [...w.declared].filter((d) => d.startsWith('@callcov/'))]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycle: string[] = [];
  const visit = (n: string, path: string[]): boolean => {
    if (state.get(n) === 'done') return false;
    if (state.get(n) === 'visiting') {
      cycle.push(...path, n);
      return true;
    }
    state.set(n, 'visiting');
    for (const d of graph.get(n) ?? []) if (visit(d, [...path, n])) return true;
    state.set(n, 'done');
    return false;
  };
  for (const n of graph.keys()) if (visit(n, [])) break;
  assert.deepEqual(cycle, [], `cycle: ${cycle.join(' -> ')}`);
  // core is the bottom layer: it imports no other workspace
  assert.deepEqual(graph.get('@callcov/core') ?? [], []);
});
