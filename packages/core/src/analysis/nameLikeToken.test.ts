import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isNameLikeToken, isNameLikeWord } from './nameLikeToken.ts';
import { tokenise } from './tokenise.ts';

describe('isNameLikeWord', () => {
  test('names (lower-case ASR text) are name-like', () => {
    for (const w of ['sam', 'joe', 'ana', 'ahmed', 'irving', 'bill', 'will', 'june']) assert.equal(isNameLikeWord(w, 'en'), true, w);
    for (const w of ['lucia', 'javier', 'pedro', 'rosa', 'mercedes']) assert.equal(isNameLikeWord(w, 'es'), true, w);
  });
  test('function and common words, numbers and -ing forms are not', () => {
    for (const w of ['about', 'calling', 'sorry', 'the', 'your', 'just', 'happy', 'customer', 'bank', 'monday', 'five', 'checking', 'x', '42']) assert.equal(isNameLikeWord(w, 'en'), false, w);
    for (const w of ['cliente', 'de', 'la', 'el', 'consciente', 'nueva', 'banco', 'titular', 'atencion']) assert.equal(isNameLikeWord(w, 'es'), false, w);
  });
});

describe('isNameLikeToken', () => {
  test('a word starting a company name is not a name', () => {
    const t = tokenise('this is northwind bank', 'en');
    assert.equal(isNameLikeToken(t, 2, 'en'), false);
    const u = tokenise('this is sam from northwind bank', 'en');
    assert.equal(isNameLikeToken(u, 2, 'en'), true);
  });
  test('excluded words (company from metadata)', () => {
    const t = tokenise('this is harper valley', 'en');
    assert.equal(isNameLikeToken(t, 2, 'en', new Set(['harper', 'valley'])), false);
    assert.equal(isNameLikeToken(t, 2, 'en'), true);
  });
});
