import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { CONFIG_VARIABLES } from '@callcov/core';
import {
  CONFIG_DOC_PATH,
  END_MARKER,
  README_PATH,
  START_MARKER,
  expectedConfigDocs,
  renderConfigTable,
  replaceConfigTable,
} from '../../scripts/generateConfigDocs.ts';

test('docs/configuration.md is up to date with CONFIG_VARIABLES (run scripts/generate-config-docs)', async () => {
  const expected = await expectedConfigDocs();
  const actual = await readFile(CONFIG_DOC_PATH, 'utf8').catch(() => '(missing)');
  assert.equal(actual, expected.configDoc, 'docs/configuration.md is stale: run scripts/generate-config-docs');
});

test("README.md's configuration table is up to date with CONFIG_VARIABLES (run scripts/generate-config-docs)", async () => {
  const expected = await expectedConfigDocs();
  assert.equal(await readFile(README_PATH, 'utf8'), expected.readme, 'README.md configuration table is stale: run scripts/generate-config-docs');
});

test('the generated reference names every variable with its default and meaning', async () => {
  const doc = await readFile(CONFIG_DOC_PATH, 'utf8');
  for (const v of CONFIG_VARIABLES) {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${v.name}\` |`));
    assert.ok(row, `${v.name} is documented`);
    assert.ok(row.includes(v.default === '' ? '*(unset)*' : `\`${v.default}\``), `${v.name} shows its default`);
    assert.ok(v.description.length > 10 && row.includes(v.description.replaceAll('|', '\\|')), `${v.name} shows its meaning`);
  }
});

test('replaceConfigTable only touches the text between the markers, and refuses a README without them', () => {
  const before = `intro\n${START_MARKER}\nold table\n${END_MARKER}\noutro\n`;
  const table = renderConfigTable([{ name: 'X_A', default: '', description: 'a | b' }]);
  const after = replaceConfigTable(before, table);
  assert.equal(after, `intro\n${START_MARKER}\n| variable | default | meaning |\n|---|---|---|\n| \`X_A\` | *(unset)* | a \\| b |\n${END_MARKER}\noutro\n`);
  assert.equal(replaceConfigTable(after, table), after, 'idempotent');
  assert.throws(() => replaceConfigTable('no markers', table), /config:start/);
});
