import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText } from './callText.ts';

describe('normaliseText', () => {
  test('lower case, accents folded (ñ kept), apostrophes dropped, punctuation to spaces, padded', () => {
    assert.equal(normaliseText('¿Cuál es su Año? It’s ok.'), ' cual es su año its ok ');
  });
  test('hesitations are dropped wherever they fall; "mhm" (a yes) and real words stay', () => {
    assert.equal(normaliseText('Seguros Cumbre, le mm atiende uh um Verónica'), ' seguros cumbre le atiende veronica ');
    assert.equal(normaliseText('ehm, er, hmm... mhm, em'), ' mhm ');
    assert.equal(normaliseText('the ember is humming'), ' the ember is humming ');
    assert.equal(normaliseText('¿Algo, este, más en que le pueda ayudar? Este mes no, este es el número'), ' algo mas en que le pueda ayudar este mes no este es el numero ');
  });
  test('the recogniser\'s "your" for "you\'re" is read as "youre" only where only that fits', () => {
    assert.equal(normaliseText('your welcome'), ' youre welcome ');
    assert.equal(normaliseText('your on the fibre plan'), ' youre on the fibre plan ');
    assert.equal(normaliseText('your account and your right to dispute'), ' your account and your right to dispute ');
  });
});
