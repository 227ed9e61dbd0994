import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readDigitRuns } from './spokenNumbers.ts';
import { tokenise } from './tokenise.ts';

const runs = (text: string, lang: 'en' | 'es') => readDigitRuns(tokenise(text, lang), lang).map((r) => r.digits);

describe('readDigitRuns', () => {
  test('English: digits, spoken digits, pairs, oh, double', () => {
    assert.deepEqual(runs('it is 4111 1111 1111 1111 thanks', 'en'), ['4111111111111111']);
    assert.deepEqual(runs('four one one one uh two two', 'en'), ['4111' + '22']);
    assert.deepEqual(runs('forty one eleven oh five', 'en'), ['411105']);
    assert.deepEqual(runs('double five triple nine', 'en'), ['55999']);
    assert.deepEqual(runs('twentyone', 'en'), ['21']);
  });
  test('English (UK): nought', () => {
    assert.deepEqual(runs('four nought one one', 'en'), ['4011']);
  });
  test('English: "o" only counts between numbers', () => {
    assert.deepEqual(runs('o k I see', 'en'), []);
    assert.deepEqual(runs('five o two', 'en'), ['502']);
  });
  test('Spanish: dígitos, decenas con "y", veinti-, doble', () => {
    assert.deepEqual(runs('cuatro uno uno uno', 'es'), ['4111']);
    assert.deepEqual(runs('cuarenta y uno once cero cinco', 'es'), ['411105']);
    assert.deepEqual(runs('veintitrés noventa', 'es'), ['2390']);
    assert.deepEqual(runs('doble cinco', 'es'), ['55']);
  });
  test('hesitations inside a number, and around the Spanish "y", keep it one number', () => {
    assert.deepEqual(runs('noventa mm y nueve veinte', 'es'), ['9920']);
    assert.deepEqual(runs('cincuenta eh y tres cero', 'es'), ['530']);
    assert.deepEqual(runs('noventa y em ocho', 'es'), ['98']);
    assert.deepEqual(runs('cuatro em cinco mmm seis', 'es'), ['456']);
    assert.deepEqual(runs('four five uhm five six', 'en'), ['4556']);
  });
  test('words between numbers end a run', () => {
    assert.deepEqual(runs('five dollars and twenty cents', 'en'), ['5', '20']);
  });
});

describe('readDigitRuns with compounds', () => {
  const runsC = (text: string, lang: 'en' | 'es') => readDigitRuns(tokenise(text, lang), lang, { compounds: true }).map((r) => r.digits);
  test('Spanish hundreds and thousands', () => {
    assert.deepEqual(runsC('cuatro mil quinientos treinta y nueve', 'es'), ['4539']);
    assert.deepEqual(runsC('mil cuatrocientos ochenta y ocho', 'es'), ['1488']);
    assert.deepEqual(runsC('cero trescientos cuarenta y tres', 'es'), ['0343']);
    assert.deepEqual(runsC('doce del dos mil veintisiete', 'es'), ['12', '2027']);
    assert.deepEqual(runsC('veinticinco mil pesos', 'es'), ['25000']);
  });
  test('English hundreds', () => {
    assert.deepEqual(runsC('four hundred and fifty six', 'en'), ['456']);
    assert.deepEqual(runsC('one hundred twenty three', 'en'), ['123']);
    assert.deepEqual(runsC('a hundred people', 'en'), []);
  });
  test('off by default', () => {
    assert.deepEqual(runs('cuatro mil quinientos', 'es'), ['4']);
  });
});
