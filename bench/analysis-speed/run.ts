// Times analyseCall on a synthetic ~10,000-word, 1 h two-speaker call (target < 200 ms).
// Run: node bench/analysis-speed/run.ts
import { analyseCall } from '../../packages/core/src/analysis/index.ts';
import type { TranscriptSegment } from '../../packages/core/src/analysis/index.ts';

const agentLines = [
  'Thank you for calling Harper Valley Bank, my name is Alex. This call may be recorded for quality purposes.',
  'I understand, let me check that for you. Can you confirm your date of birth for security purposes?',
  'Your current balance is two thousand three hundred dollars and the last payment was received on Monday.',
  "I'm sorry to hear that, I can imagine how frustrating it is. I have updated the address on your account.",
  'Could you hold for a moment while I look at the recent transactions on the savings account?',
  'Thank you for holding. The transfer has been processed and you will receive a confirmation email shortly.',
];
const customerLines = [
  'Hi, I am calling because my debit card was declined at the store this morning and I do not know why.',
  'Sure, it is March third nineteen eighty five. I have been a customer for more than ten years.',
  'Okay, that is strange, I thought I had more money in there. Can you tell me what happened?',
  'That is really annoying, this is the second time this month. I need this fixed today please.',
  'Great, thank you so much, that helps a lot. I appreciate you taking the time to look into it.',
];

function makeCall(targetWords: number, seconds: number): TranscriptSegment[] {
  const segs: TranscriptSegment[] = [];
  let words = 0;
  let i = 0;
  const texts: Array<['Agent' | 'Customer', string]> = [];
  while (words < targetWords) {
    const agent = i % 2 === 0;
    const text = agent ? agentLines[i % agentLines.length] : customerLines[i % customerLines.length];
    texts.push([agent ? 'Agent' : 'Customer', text]);
    words += text.split(' ').length;
    i++;
  }
  const per = seconds / texts.length;
  texts.forEach(([speaker, text], k) => segs.push({ speaker, text, start: k * per, end: k * per + per * 0.85 }));
  return segs;
}

const segments = makeCall(10_000, 3600);
const wordCount = segments.reduce((a, s) => a + s.text.split(' ').length, 0);
const runs = 10;
for (let w = 0; w < 2; w++) analyseCall({ segments, language: 'en', durationSeconds: 3600, redactPii: true }); // warm-up (JIT, stemmer caches)
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  analyseCall({ segments, language: r % 2 ? 'en' : 'auto', durationSeconds: 3600, redactPii: true });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const cold = (() => {
  // a fresh transcript (different words) to show the cost without warm stem caches for its vocabulary
  const t0 = performance.now();
  analyseCall({ segments: segments.map((s) => ({ ...s, text: s.text.replace(/e/g, 'e ') })), language: 'en', durationSeconds: 3600 });
  return performance.now() - t0;
})();
console.log(`transcript: ${segments.length} segments, ${wordCount} words, 3600 s`);
console.log(`analyseCall: median ${times[Math.floor(runs / 2)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms over ${runs} runs (target < 200 ms)`);
console.log(`different vocabulary, cold caches: ${cold.toFixed(1)} ms`);
