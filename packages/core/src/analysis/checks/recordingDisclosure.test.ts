// recording_disclosure (checks/recordingDisclosure.ts): someone else listening in on the call is monitoring, said in
// any wording; "listen to" something else is not. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectRecordingDisclosure } from './recordingDisclosure.ts';
import { transcript } from './testTranscript.ts';
import type { AnalysisLanguage, PolicyRule } from '../schemas.ts';

const RULE = { id: 'recording_disclosure' } as PolicyRule;
const status = (language: AnalysisLanguage, first: string) => detectRecordingDisclosure(transcript(language, [['A', first], ['C', 'ok']]), RULE).status;

test('a supervisor or the quality team listening in is a monitoring notice', () => {
  assert.equal(status('en', 'Hi, Sam at Acme here, just so you know a supervisor may listen in on this call.'), 'passed');
  assert.equal(status('en', 'morning its jo from acme our quality team sometimes listens to these calls'), 'passed');
  assert.equal(status('es', 'Buenos días, le atiende Ana de Telecable; un supervisor podría escuchar esta llamada.'), 'passed');
  assert.equal(status('es', 'hola soy ana de telecable el equipo de calidad puede revisar las llamadas'), 'passed');
});
test('listening to something else, or a colleague joining, is not', () => {
  assert.equal(status('en', 'Hi, Sam at Acme here, let me just listen to the voicemail you left.'), 'failed');
  assert.equal(status('en', 'Hi, Sam at Acme here, my manager might join this call in a minute.'), 'failed');
  assert.equal(status('es', 'Hola, soy Ana de Telecable, escucho su mensaje y le digo.'), 'failed');
});
