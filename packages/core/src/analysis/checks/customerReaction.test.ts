import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';
import { agentTakesItBack, customerReaction } from './customerReaction.ts';
import { detectProhibitedLanguage } from './prohibitedLanguageCheck.ts';

const pt = (language: 'en' | 'es', lines: Line[]) => transcript(language, lines, 4);
const RULE = { id: 'prohibited_language', kind: 'detector', detector: 'prohibited_language', severity: 'critical' } as never;

describe('customer reaction', () => {
  test('an objection right after an agent turn points at that turn, in English and Spanish', () => {
    const en = pt('en', [['A', 'hello'], ['C', 'hi'], ['A', 'mate you would not want the lads to pop round tonight eh'], ['C', 'are you threatening me?']]);
    assert.deepEqual(customerReaction(en), { agentSegment: 2, reactionSegment: 3, kind: 'threat' });
    const es = pt('es', [['A', 'buenas'], ['C', 'hola'], ['A', 'usted es un caso perdido, doña'], ['C', '¡Oiga, no me falte el respeto!']]);
    assert.equal(customerReaction(es)?.kind, 'offence');
  });
  test('prohibited_language fails on the reaction alone, with both segments as evidence and a lower confidence', () => {
    const v = detectProhibitedLanguage(pt('en', [['A', 'hi'], ['C', 'hello'], ['A', 'some folk just never learn do they'], ['C', 'how dare you, I pay my bills']]), RULE);
    assert.equal(v.status, 'failed');
    assert.deepEqual(v.evidence, [2, 3]);
    assert.ok((v.confidence ?? 1) <= 0.6);
  });
  test('not a reaction: a customer who did not hear, or who objects before the agent spoke', () => {
    assert.equal(customerReaction(pt('es', [['A', 'buenas'], ['C', '¿qué me dijo? no le escuché bien']])), null);
    assert.equal(customerReaction(pt('en', [['C', 'how dare you people charge me twice'], ['A', 'let me look into that']])), null);
    assert.equal(detectProhibitedLanguage(pt('en', [['A', 'how can i help'], ['C', 'what did you say? the line is bad']]), RULE).status, 'passed');
  });
  test('the agent excusing a remark ("no offence, but…") or taking it back ("es broma") points at the remark', () => {
    assert.equal(agentTakesItBack(pt('en', [['A', 'hi'], ['C', 'hello'], ['A', 'no offence but folks round your way never pay on time']])), 2);
    assert.equal(agentTakesItBack(pt('es', [['A', 'hola'], ['C', 'buenas'], ['A', 'ustedes los del campo son así'], ['C', '¿cómo?'], ['A', 'no, no, es broma, perdone']])), 2);
    assert.equal(agentTakesItBack(pt('en', [['A', 'sorry for the wait'], ['C', 'no worries']])), null);
  });
});

test('"no offence meant" after a remark is an apology, not an excuse in advance ("no offence, but…")', () => {
  const after = pt('en', [['A', 'tap the big red button'], ['C', 'ok'], ['A', 'sorry no offence meant at all some people just find it tricky']]);
  assert.equal(agentTakesItBack(after), null);
  const before = pt('en', [['A', 'no offence but some folk just never learn']]);
  assert.equal(agentTakesItBack(before), 0);
});

test('objections to condescension and veiled menace ("don\'t patronise me", "are you calling me old", "no me trate como a una niña")', () => {
  const cases: Array<['en' | 'es', string, 'threat' | 'offence']> = [
    ['en', "don't patronise me young man", 'offence'],
    ['en', "that's really condescending", 'offence'],
    ['en', 'are you calling me old?', 'offence'],
    ['en', 'are you making fun of my accent?', 'offence'],
    ['en', 'that sounded like a threat to me', 'threat'],
    ['es', 'no me trate como a una niña', 'offence'],
    ['es', '¿me está llamando vieja?', 'offence'],
    ['es', '¿se está burlando de mí?', 'offence'],
    ['es', 'eso me suena a amenaza', 'threat'],
  ];
  for (const [lang, text, kind] of cases) {
    const r = customerReaction(pt(lang, [['A', 'hola'], ['C', 'hi'], ['A', 'well there we are then'], ['C', text]]));
    assert.equal(r?.kind, kind, text);
    assert.equal(r?.agentSegment, 2, text);
  }
  // not objections: the customer on the bank's letters, or thanking the agent
  assert.equal(customerReaction(pt('en', [['A', 'we sent you a letter'], ['C', 'the letter was a bit patronising to be honest, not you']])), null);
  assert.equal(customerReaction(pt('es', [['A', 'ya está'], ['C', 'gracias, muy amable']])), null);
});
