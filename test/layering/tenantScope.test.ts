// The tenant filter has one owner (packages/db/src/tenantScope.ts): every query on a tenant-owned table starts from
// `scoped(db, tenant)` or filters with `ownedBy(tenant, alias)`. This reads the sources and fails on a query that
// writes the filter by hand, and on one that names a tenant-owned table without going through the owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OWNER = 'packages/db/src/tenantScope.ts';
// the hot read compiled once (readAnalyses' precompiledQuery) goes through `scoped` too; nothing else may hand-write it
const ALLOWED_HAND_WRITTEN = new Set([OWNER]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' || e.name === 'test' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = readdirSync(join(ROOT, 'packages')).flatMap((p) => {
  try {
    return sources(join(ROOT, 'packages', p, 'src'));
  } catch {
    return [];
  }
});

test('no query outside tenantScope.ts filters on account_id or mode by hand', () => {
  const offenders: string[] = [];
  for (const f of files) {
    const rel = relative(ROOT, f);
    if (ALLOWED_HAND_WRITTEN.has(rel)) continue;
    readFileSync(f, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/\.where\(\s*'(?:\w+\.)?(?:account_id|mode)'/.test(line) || /\beb\(\s*'(?:\w+\.)?account_id'/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(offenders, [], 'use scoped(db, caller) or ownedBy(caller, alias) from @callcov/db');
  assert.ok(files.length > 50, `read the sources (${files.length} files)`);
});

test('every read or change of a tenant-owned table by a caller goes through scoped(...) or ownedBy(...)', () => {
  // The tables a request may only see its own rows of. Internal workers (the dispatcher, retention, migrations)
  // address rows by their primary key and are listed by file.
  const TENANT_TABLES = ['analyses', 'analysis_reviews', 'analysis_documents', 'account_defaults', 'webhook_endpoints', 'webhook_secrets', 'idempotency_keys'];
  const counted: string[] = [];
  for (const f of files) {
    const rel = relative(ROOT, f);
    if (!/^packages\/(services|webhooks|server)\//.test(rel)) continue;
    const text = readFileSync(f, 'utf8');
    // a function that takes a `caller` and queries a tenant table must use the owner somewhere in that file
    if (!/\bcaller: Caller\b/.test(text)) continue;
    const touches = TENANT_TABLES.filter((t) => new RegExp(`(?:selectFrom|updateTable|deleteFrom)\\('${t}'`).test(text));
    if (touches.length === 0) continue;
    counted.push(rel);
    assert.ok(/\bscoped\(|\bownedBy\(|\bfindAnalysis(?:Row)?\(/.test(text), `${rel} queries ${touches.join(', ')} for a caller without scoped()/ownedBy()`);
  }
  assert.ok(counted.length >= 5, `checked the caller-facing query modules (${counted.join(', ')})`);
});
