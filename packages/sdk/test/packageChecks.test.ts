import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes, GENERATED_TYPES_PATH } from '../scripts/generateTypes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));

test('src/generated/types.ts is up to date with the TypeBox schemas in @callcov/core (run npm run generate -w @callcov/sdk)', () => {
  assert.equal(readFileSync(GENERATED_TYPES_PATH, 'utf8'), generateTypes());
});

test('the SDK type-checks (its own tsconfig: sources, tests, scripts)', () => {
  execFileSync(tsc, ['-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'pipe' });
});

test('the browser/edge entry type-checks without Node types (no Node-only module reachable from src/index.ts)', () => {
  execFileSync(tsc, ['-p', 'tsconfig.browser.json', '--noEmit'], { cwd: root, stdio: 'pipe' });
});
