// The queue owns its table: no package but packages/queue (and the schema in packages/db) reads or writes `jobs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

test("only packages/queue queries the jobs table (other packages use its API: addJob, deferJob, rescheduleJob, lastJobError...)", () => {
  const offenders: string[] = [];
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    if (pkg === 'queue' || pkg === 'db') continue;
    let files: string[] = [];
    try {
      files = sources(join(ROOT, 'packages', pkg, 'src'));
    } catch {
      continue;
    }
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/(?:selectFrom|updateTable|deleteFrom|insertInto)\(\s*'jobs'/.test(line)) offenders.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  assert.deepEqual(offenders, []);
});
