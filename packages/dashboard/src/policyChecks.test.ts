import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyChecks } from './policyChecks.ts';
import type { Policy } from '@callcov/sdk';

const policy = (id: string, isDefault: boolean, rules: Array<{ id: string; title: string | { en: string; es: string } }>): Policy => ({
  object: 'policy',
  id,
  version: 1,
  name: id,
  built_in: true,
  default: isDefault,
  // titles as older documents had them (plain text) or localised; the rest of each rule as the API returns it
  document: { id, version: 1, name: id, rules: rules.map((r) => ({ ...r, category: 'disclosure', severity: 'major', kind: 'require_phrases' }) as Policy['document']['rules'][number]) },
});

test('policyChecks: each check id once (the default policy names it), sorted by title, the URL value kept', () => {
  const list = [
    policy('collections', false, [{ id: 'recording_disclosure', title: 'Recording notice (collections)' }, { id: 'mini_miranda', title: { en: 'Mini-Miranda', es: 'Mini-Miranda' } }]),
    policy('default', true, [{ id: 'recording_disclosure', title: { en: 'Recording disclosure', es: 'Aviso de grabación' } }, { id: 'agent_identification', title: 'Agent identification' }]),
  ];
  assert.deepEqual(policyChecks(list), [
    { id: 'agent_identification', title: 'Agent identification' },
    { id: 'mini_miranda', title: 'Mini-Miranda' },
    { id: 'recording_disclosure', title: 'Recording disclosure' },
  ]);
  assert.deepEqual(policyChecks([], 'custom_check'), [{ id: 'custom_check', title: 'custom_check' }]);
  assert.equal(policyChecks(list, 'mini_miranda').length, 3);
});
