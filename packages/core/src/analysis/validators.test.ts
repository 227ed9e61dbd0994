import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isLuhnValid, isPlausibleCardNumber, isValidDni, isValidIban, isValidNie } from './validators.ts';

describe('validators', () => {
  test('Luhn: known card numbers', () => {
    assert.ok(isLuhnValid('4111111111111111'));
    assert.ok(isLuhnValid('378282246310005'));
    assert.ok(!isLuhnValid('4111111111111112'));
    assert.ok(isPlausibleCardNumber('5555555555554444'));
    assert.ok(!isPlausibleCardNumber('0000000000000000'), 'all one digit / bad issuer prefix');
  });
  test('Luhn property: changing any single digit of a valid number breaks it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }), fc.nat(), fc.integer({ min: 1, max: 9 }), (ds, pos, delta) => {
        const body = ds.join('');
        let full = '';
        for (let c = 0; c < 10; c++) if (isLuhnValid(body + c)) full = body + c;
        assert.ok(full, 'exactly one check digit completes the number');
        const i = pos % full.length;
        const changed = full.slice(0, i) + String((Number(full[i]) + delta) % 10) + full.slice(i + 1);
        return !isLuhnValid(changed);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
  test('DNI check letter', () => {
    assert.ok(isValidDni('12345678', 'Z'));
    assert.ok(isValidDni('00000000', 't'));
    assert.ok(!isValidDni('12345678', 'A'));
    assert.ok(!isValidDni('1234567', 'Z'));
  });
  test('NIE check letter', () => {
    assert.ok(isValidNie('X', '1234567', 'L'));
    assert.ok(isValidNie('Y', '1234567', 'X'));
    assert.ok(!isValidNie('X', '1234567', 'A'));
  });
  test('IBAN mod-97', () => {
    assert.ok(isValidIban('ES9121000418450200051332'));
    assert.ok(isValidIban('GB82WEST12345698765432'));
    assert.ok(!isValidIban('ES9121000418450200051333'));
    assert.ok(!isValidIban('ES91'));
  });
});
