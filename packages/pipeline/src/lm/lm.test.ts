import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arpaLogProb, buildArpa, parseArpa } from './buildArpa.ts';
import { COMPANY_SLOT, compoundToken, editCallLm, splitCompoundWords } from './callLm.ts';
import { documentPhrases, metadataNames } from './documentPhrases.ts';
import { cardinalWords, digitsToWords, lmSentences } from './lmText.ts';
import { formatDictionary, letterToSound, parseDictionary, pronounce, spellLetters } from './pronounce.ts';

test('lmSentences: lower case, numbers spoken, sentence splits, apostrophes kept', () => {
  assert.deepEqual(lmSentences("Hi, I'm Ana. It's $45.50 for 3 months!"), [['hi', "i'm", 'ana'], ["it's", 'forty', 'five', 'dollars', 'fifty', 'for', 'three', 'months']]);
  assert.deepEqual(lmSentences('the 2nd of May, 1984'), [['the', 'second', 'of', 'may', 'nineteen', 'eighty', 'four']]);
  assert.deepEqual(lmSentences('account 0042 or 123456'), [['account', 'oh', 'oh', 'four', 'two', 'or', 'one', 'two', 'three', 'four', 'five', 'six']]);
  assert.deepEqual(lmSentences('sixty-eight, AT&T'), [['sixty', 'eight', 'at', 'and', 't']]);
  assert.deepEqual(cardinalWords(4212), ['four', 'thousand', 'two', 'hundred', 'twelve']);
  assert.deepEqual(digitsToWords('2005'), ['two', 'thousand', 'five']);
});

const corpus = [['thank', 'you', 'for', 'calling'], ['thank', 'you'], ['you', 'are', 'welcome'], ['thank', 'you', 'for', 'holding'], ['for', 'you']];

test('buildArpa: every conditional distribution sums to one, seen n-grams beat unseen ones', () => {
  const m = buildArpa(corpus, { background: { probabilities: new Map([['hello', 5], ['you', 3]]), weight: 0.1 } });
  const model = parseArpa(m.text);
  assert.deepEqual(m.counts[0], model[1].size);
  const vocab = [...model[1].keys()].filter((w) => w !== '<s>');
  assert.ok(vocab.includes('hello'), 'background words join the vocabulary');
  for (const ctx of [[], ['<s>'], ['thank'], ['thank', 'you'], ['you', 'for'], ['welcome'], ['hello', 'calling']]) {
    const total = vocab.reduce((s, w) => s + 10 ** arpaLogProb(model, ctx, w), 0);
    assert.ok(Math.abs(total - 1) < 0.01, `context ${ctx.join(' ')} sums to ${total}`);
  }
  assert.ok(arpaLogProb(model, ['thank', 'you'], 'for') > arpaLogProb(model, ['thank', 'you'], 'welcome'));
  assert.ok(arpaLogProb(model, ['<s>'], 'thank') > arpaLogProb(model, ['<s>'], 'calling'));
});

test('buildArpa: pruned top-order n-grams leave normalised back-offs', () => {
  const model = parseArpa(buildArpa(corpus, { minTopCount: 2 }).text);
  assert.ok(model[3].has('<s> thank you'));
  assert.ok(!model[3].has('you for holding'));
  const vocab = [...model[1].keys()].filter((w) => w !== '<s>');
  const total = vocab.reduce((s, w) => s + 10 ** arpaLogProb(model, ['you', 'for'], w), 0);
  assert.ok(Math.abs(total - 1) < 0.01, `sums to ${total}`);
});

const cmu = parseDictionary('harper HH AA R P ER\nvalley V AE L IY\nbank B AE NG K\nshell SH EH L\nharbour HH AA R B ER\nread R IY D\nread(2) R EH D\n');

test('pronounce: dictionary, compound split, rules, acronyms; dictionary format round-trips', () => {
  assert.deepEqual(pronounce('read', cmu), ['R IY D', 'R EH D']);
  assert.deepEqual(pronounce('shellharbour', cmu), ['SH EH L HH AA R B ER']);
  assert.deepEqual(pronounce('hsbc', cmu), [spellLetters('hsbc')]);
  assert.equal(spellLetters('tv'), 'T IY V IY');
  assert.equal(letterToSound('brightlane'), 'B R AY T L EY N');
  assert.equal(letterToSound('zentro'), 'Z EH N T R OW');
  assert.match(pronounce('harperton', cmu)[0], /^HH AA R P ER T/);
  assert.equal(formatDictionary([['read', ['R IY D', 'R EH D']]]), 'read R IY D\nread(2) R EH D\n');
});

test('editCallLm: the company slot becomes each company as one word; unknown hint words become unigrams', () => {
  const arpa = buildArpa([['thank', 'you', 'for', 'calling', COMPANY_SLOT], ['welcome', 'to', COMPANY_SLOT]]).text;
  const two = editCallLm(arpa, cmu, { companies: ['Harper Valley Bank', 'Shellharbour Energy'], words: ['harper valley bank', 'Zentro Plus'] });
  const model = parseArpa(two.arpa);
  assert.ok(!two.arpa.includes(COMPANY_SLOT));
  assert.ok(model[3].has('for calling harper_valley_bank') && model[3].has('for calling shellharbour_energy'));
  assert.ok(model[1].has('zentro') && model[1].has('plus') && model[1].has('harper'));
  assert.ok(two.dictLines.includes('harper_valley_bank HH AA R P ER V AE L IY B AE NG K'));
  assert.ok(two.dictLines.some((l) => l.startsWith('zentro ')));
  const none = parseArpa(editCallLm(arpa, cmu, {}).arpa);
  assert.ok(![...none[2].keys()].some((k) => k.includes(COMPANY_SLOT)) && none[2].has('for calling'));
  assert.equal(compoundToken('  '), null);
});

test('splitCompoundWords shares the time of a compound by length', () => {
  assert.deepEqual(splitCompoundWords([{ word: 'ab_cd', start: 1, end: 2, confidence: 0.8 }, { word: 'x', start: 2, end: 3, confidence: 1 }]), [
    { word: 'ab', start: 1, end: 1.5, confidence: 0.8 }, { word: 'cd', start: 1.5, end: 2, confidence: 0.8 }, { word: 'x', start: 2, end: 3, confidence: 1 },
  ]);
});

test('documentPhrases and metadataNames collect what a call is likely to say', () => {
  const policy = { rules: [{ kind: 'require_phrases', phrases: { en: ['this call is recorded'], es: ['grabada'] } }, { coaching: { example_phrase: { en: 'My name is Alex.' } } }] };
  assert.deepEqual(documentPhrases(policy, 'en'), ['this call is recorded', 'My name is Alex.']);
  assert.deepEqual(metadataNames({ company_name: 'Acme Bank', product_names: ['Gold Card'], agent_id: 'x', note: 'Acme' }), ['Acme Bank', 'Gold Card']);
});
