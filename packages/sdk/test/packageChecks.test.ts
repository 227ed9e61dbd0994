import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes, GENERATED_TYPES_PATH } from '../scripts/generateTypes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples/receivers/', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));

test('src/generated/types.ts is up to date with the TypeBox schemas in @callcov/core (run npm run generate -w @callcov/sdk)', () => {
  const committed = readFileSync(GENERATED_TYPES_PATH, 'utf8').split('\n');
  const fresh = generateTypes().split('\n');
  const at = fresh.findIndex((line, i) => line !== committed[i]);
  const stale = at !== -1 || committed.length !== fresh.length;
  assert.ok(!stale, `stale at line ${at + 1}: committed ${JSON.stringify(committed[at])}, schemas say ${JSON.stringify(fresh[at])}; run npm run generate -w @callcov/sdk`);
});

test('the SDK, its tests, scripts and the example receivers type-check (own tsconfig)', async () => {
  // Errors in other packages reached through test imports are theirs (the root type-check reports them); ours must be none.
  const r = await new Promise<{ out: string }>((resolve) =>
    execFile(tsc, ['-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: root }, (_err, stdout, stderr) => resolve({ out: stdout + stderr })),
  );
  const ours = r.out
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .filter((line) => {
      const file = resolve(root, line.slice(0, line.indexOf('(')));
      return file.startsWith(root) || file.startsWith(examples);
    });
  assert.deepEqual(ours, []);
});

test('the browser/edge entry type-checks without Node types (no Node-only module reachable from src/index.ts)', () => {
  execFileSync(tsc, ['-p', 'tsconfig.browser.json', '--noEmit'], { cwd: root, stdio: 'pipe' });
});
