// prohibited_language, as ANALYSIS-CHECKS.md defines it: no profanity, insult, threat or discriminatory remark BY THE
// AGENT, in any wording or dialect. Not a failure: the customer's swearing; the agent quoting policy ("abusive
// language is not tolerated", "no toleramos insultos"); negations and reassurance that deny a threat ("nobody is going
// to arrest you", "no vamos a embargar nada"); innocent words containing a bad word (Scunthorpe, computadora,
// disputa, Pichincha); lawful statements of next steps ("the account may be referred to a collection agency", "we
// may report the late payment to the credit bureaus as required by law").
//
// One linear scan of the agent's normalised segments against a few precompiled alternations per language
// (prohibitedLanguage.ts); each hit is then judged in its frame: quoted, denied, self-directed, aimed at a thing,
// negated (a negator in the same clause, not the conditional "if you don't pay" / "si no paga", not the veiled
// "we don't want to have to…"), lawful framing, and for the context-dependent threats (visits, employer/family) a
// debt or payment-pressure call that is not about a service visit.
// `detectThreats` is the same judgement restricted to threats (the collections pack's `no_threats` rule).
import type { AnalysisLanguage, PolicyRule } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { formatTime } from '../prepareTranscript.ts';
import { CONTEXT, PROHIBITED_PATTERNS } from '../prohibitedLanguage.ts';
import type { PatternSet, ProhibitedCategory } from '../prohibitedLanguage.ts';
import type { CheckDetector, CheckVerdict } from './checkVerdict.ts';
import { normaliseText, segmentTexts } from './callText.ts';
import { agentTakesItBack, customerReaction } from './customerReaction.ts';
import { GRAMMAR_PATTERNS } from './prohibitedGrammar.ts';

interface CompiledSet {
  set: PatternSet;
  re: RegExp;
  /** a cheap substring test every text matching `re` passes (null: always run `re`) */
  gate: RegExp | null;
}

// ---- speed: a literal substring every match must contain, read off each pattern, so that the big alternations only
// run on the few segments that could match (and are compiled only when first needed).
type Item = { kind: 'char'; c: string; min: number; max: number } | { kind: 'other'; min: number } | { kind: 'group'; alts: Item[][]; min: number };

function parseAlt(src: string, pos: { i: number }): Item[][] {
  const alts: Item[][] = [[]];
  while (pos.i < src.length) {
    const ch = src[pos.i];
    if (ch === ')') break;
    if (ch === '|') {
      alts.push([]);
      pos.i++;
      continue;
    }
    let item: Item;
    if (ch === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(pos.i));
      pos.i += look ? look[0].length : src.startsWith('(?:', pos.i) ? 3 : 1;
      const inner = parseAlt(src, pos);
      pos.i++; // ')'
      item = look ? { kind: 'other', min: 0 } : { kind: 'group', alts: inner, min: 1 };
    } else if (ch === '[') {
      const end = src.indexOf(']', pos.i + 1);
      pos.i = end + 1;
      item = { kind: 'other', min: 1 };
    } else if (ch === '\\') {
      pos.i += 2;
      item = { kind: 'other', min: 1 };
    } else if (ch === '.' || ch === '^' || ch === '$') {
      pos.i++;
      item = { kind: 'other', min: ch === '.' ? 1 : 0 };
    } else {
      pos.i++;
      item = { kind: 'char', c: ch, min: 1, max: 1 };
    }
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(src.slice(pos.i));
    if (q) {
      pos.i += q[0].length;
      const min = q[0][0] === '?' || q[0][0] === '*' ? 0 : q[0][0] === '+' ? 1 : Number(q[1]);
      item.min = Math.min(item.min, min) === 0 ? 0 : item.min;
      if (item.kind === 'char') item.max = 2; // repeated: not a plain literal
    }
    alts[alts.length - 1].push(item);
  }
  return alts;
}

interface Trigger {
  s: string;
  /** the substring starts a word in every match */
  ws: boolean;
}

const COMMON_TRIGGER = /^(?:you|are|the|her|his|get|que|por|van|today|don|old|try|hacer|not|can|and|for|con|del|las|los|una|uno|han|has|had|was|one|out|all|any)$/;

/** substrings one of which every match of the sequence contains (`startsWord`: the sequence starts a word), or null */
function seqTrigger(seq: Item[], startsWord: boolean): Trigger[] | null {
  const candidates: Trigger[][] = [];
  let run = '';
  let runWs = false;
  let prevSpace = startsWord;
  const flush = () => {
    if (run.length >= 3) candidates.push([{ s: run, ws: runWs }]);
    run = '';
  };
  for (const it of seq) {
    if (it.min === 0) {
      flush();
      prevSpace = false;
      continue;
    }
    if (it.kind === 'char' && it.max === 1 && /[a-zñ]/.test(it.c)) {
      if (!run) runWs = prevSpace;
      run += it.c;
      prevSpace = false;
    } else {
      flush();
      if (it.kind === 'group') {
        const parts = it.alts.map((a) => seqTrigger(a, prevSpace));
        if (parts.every((p): p is Trigger[] => p !== null)) candidates.push(parts.flat());
      }
      prevSpace = it.kind === 'char' && it.c === ' ' && it.max === 1;
    }
  }
  flush();
  if (candidates.length === 0) return null;
  const score = (c: Trigger[]) => (c.some((x) => COMMON_TRIGGER.test(x.s)) ? -1000 : 0) + Math.min(...c.map((x) => Math.min(x.s.length, 6) + (x.ws ? 2 : 0))) * 100 - c.length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

export function triggerOf(pattern: string): Trigger[] | null {
  try {
    const alts = parseAlt(pattern, { i: 0 });
    const parts = alts.map((a) => seqTrigger(a, true));
    return parts.every((p): p is Trigger[] => p !== null) ? parts.flat() : null;
  } catch {
    return null;
  }
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const mkRe = (ps: string[]) => new RegExp(`(?<= )(?:${ps.join('|')})(?= )`, 'g');

/**
 * The compositional patterns (checks/prohibitedGrammar.ts) are long alternations with optional frames, too slow to run
 * as one regex on every segment. Each pattern runs on its own, only on segments holding one of its trigger
 * fragments, found by one pass over the segment's words (every word prefix looked up in a map).
 */
interface GrammarIndex {
  items: CompiledSet[];
  /** word-initial trigger fragment -> items */
  byPrefix: Map<string, number[]>;
  maxPrefix: number;
  /** fragments found inside words */
  inside: Array<{ s: string; ids: number[] }>;
  /** items without a usable trigger: always run */
  always: number[];
}

function indexGrammar(language: AnalysisLanguage): GrammarIndex {
  const idx: GrammarIndex = { items: [], byPrefix: new Map(), maxPrefix: 0, inside: [], always: [] };
  const inside = new Map<string, number[]>();
  for (const set of GRAMMAR_PATTERNS[language]) {
    for (const p of set.patterns) {
      const id = idx.items.length;
      idx.items.push({ set, re: mkRe([p]), gate: null });
      const t = triggerOf(p);
      if (!t || t.some((x) => COMMON_TRIGGER.test(x.s))) {
        idx.always.push(id);
        continue;
      }
      for (const x of t) {
        const map = x.ws ? idx.byPrefix : inside;
        const ids = map.get(x.s) ?? [];
        if (!ids.includes(id)) ids.push(id);
        map.set(x.s, ids);
        if (x.ws) idx.maxPrefix = Math.max(idx.maxPrefix, x.s.length);
      }
    }
  }
  idx.inside = [...inside].map(([s, ids]) => ({ s, ids }));
  return idx;
}

/** the grammar items that could match this (normalised, space-padded) text, in pattern order */
export function grammarCandidates(idx: GrammarIndex, text: string): number[] {
  const found = new Set<number>(idx.always);
  for (const w of text.split(' ')) {
    if (w.length < 3) continue;
    const top = Math.min(w.length, idx.maxPrefix);
    for (let l = 3; l <= top; l++) {
      const ids = idx.byPrefix.get(w.slice(0, l));
      if (ids) for (const id of ids) found.add(id);
    }
  }
  for (const x of idx.inside) if (text.includes(x.s)) for (const id of x.ids) found.add(id);
  return [...found].sort((a, b) => a - b);
}

function compileSets(language: AnalysisLanguage): CompiledSet[] {
  const out: CompiledSet[] = [];
  for (const set of PROHIBITED_PATTERNS[language]) {
    const gated: string[] = [];
    const always: string[] = [];
    const atWord = new Set<string>();
    const inside = new Set<string>();
    for (const p of set.patterns) {
      const t = triggerOf(p);
      if (t && !t.some((x) => COMMON_TRIGGER.test(x.s))) {
        gated.push(p);
        for (const x of t) (x.ws ? atWord : inside).add(x.s);
      } else always.push(p);
    }
    const mk = (ps: string[]) => new RegExp(`(?<= )(?:${ps.join('|')})(?= )`, 'g');
    const alts = [...(atWord.size ? [`(?<= )(?:${[...atWord].map(escapeRe).join('|')})`] : []), ...[...inside].map(escapeRe)];
    if (gated.length) out.push({ set, re: mk(gated), gate: new RegExp(alts.join('|')) });
    if (always.length) out.push({ set, re: mk(always), gate: null });
  }
  return out;
}
const COMPILED: Record<AnalysisLanguage, CompiledSet[]> = { en: compileSets('en'), es: compileSets('es') };
export const GRAMMAR: Record<AnalysisLanguage, GrammarIndex> = { en: indexGrammar('en'), es: indexGrammar('es') };

/** mild words: still a violation, said with less certainty */
const MILD = /^(?:damn|damned|dammit|damnit|damn it|crap|crappy|pissed|what the hell|hell no|like hell|duh|tough luck|marica|maricas|no mames|no mamen|carajo|culo|cagada|no joda|nojoda|boo hoo|boohoo|bugger|screw it|frickin|fricking|freakin|effin|arsed|chimba|chucha|ni madres|maldita sea|maldito sea)$/;
/** Spanish interjection "no" ("no, señor, …"): not a negation of what follows */
const ES_NO_INTERJECTION = /^(?:señor|senor|señora|senora|señorita|senorita|mire|mira|pues|claro|don|doña|dona|joven|mijo|mija|hombre|oiga|oye|no|eh|este|bueno)$/;
const THREAT_WORD = /^(?:threat\w*|amenaz\w*)$/;
/** the word right before a grammar frame that denies it */
const DENIED_FRAME: Record<AnalysisLanguage, RegExp> = {
  en: /(?:^| )(?:not|never|isnt|arent|wasnt|aint|nobody thinks|no one thinks|nobody said|no one said) $/,
  es: /(?:^| )(?:no|nunca|jamas|ni|nadie dice que|nadie piensa que) $/,
};
/** an insult frame that starts with the verb a negation would deny ("[no] es usted tonto", "[not] you're a fool") */
const COPULA_FRAME = /^(?:es|eres|sos|esta|estas|usted es|es usted|parece|pareces|youre|you re|you are|hes|he s|shes|she s|being)\b/;
/** a multi-word insult that could be said of oneself ("such a twit", "tan tonta") */
const SELF_FRAME = /^(?:such|what|a|an|so|really|total|complete|absolute|utter|bloody|right|proper|real|typical|bit|un|una|tan|muy|bien|que|medio|media|re|super)\b/;
const PRONOUN_NEXT_NO = /^(?:one|way|need|longer|intention|intentions|plans?|reason|chance)$/;

export interface ProhibitedHit {
  segment: number;
  category: ProhibitedCategory | 'custom';
  /** the normalised words that matched */
  text: string;
  /** 0-1 */
  confidence: number;
}

interface Judge {
  language: AnalysisLanguage;
  debtCall: boolean;
}

function lastWords(prefix: string, n: number): string[] {
  const w = prefix.trim().split(' ').filter(Boolean);
  return w.slice(-n);
}

/** a negator in the words before the match that denies it (same clause, not conditional, not veiled) */
function negatedBefore(language: AnalysisLanguage, prefix: string): boolean {
  const lex = CONTEXT[language];
  const all = lastWords(prefix, 12);
  let start = 0;
  for (let k = 0; k < all.length; k++) if (lex.scopeBreak.test(all[k])) start = k + 1;
  for (let k = Math.max(start, all.length - 6); k < all.length; k++) {
    const w = all[k];
    const next = all[k + 1] ?? '';
    const next2 = all[k + 2] ?? '';
    const distance = all.length - 1 - k;
    let neg = lex.negators.test(w);
    if (!neg && w === 'no') {
      if (language === 'en') neg = PRONOUN_NEXT_NO.test(next);
      else neg = distance <= 2 && !ES_NO_INTERJECTION.test(next);
    }
    if (!neg) continue;
    // "we don't want to have to…", "no queremos llegar a…": a veiled threat, not a denial
    if (lex.veiled.test(next) || (next === 'le' && /^(?:conviene|gustaria)$/.test(next2)) || (next === 'nos' && /^(?:gustaria|queda)$/.test(next2))) continue;
    // "I'm not threatening you, but…": the negator denies the word "threat", not what follows
    if (THREAT_WORD.test(next) || THREAT_WORD.test(next2)) continue;
    // "if you don't pay", "si no paga", "si usted no paga", "if this isn't paid": a condition
    // (only with words between the negator and the match: "sí, no le vamos a embargar" is a denial)
    if (distance >= 1 && [1, 2, 3].some((d) => lex.conditional.test(all[k - d] ?? ''))) continue;
    return true;
  }
  return false;
}

function judgeHit(j: Judge, cs: CompiledSet, texts: string[], i: number, m: RegExpExecArray, speakerSegments: number[], pos: number): number | null {
  const lex = CONTEXT[j.language];
  const text = texts[i];
  const matched = m[0];
  const before = text.slice(Math.max(0, m.index - 90), m.index);
  const after = text.slice(m.index + matched.length, m.index + matched.length + 90);
  for (const inn of lex.innocent) {
    if (inn.match.test(matched) && (!inn.before || inn.before.test(before)) && (!inn.after || inn.after.test(after))) return null;
  }
  const { kind, category } = cs.set;
  if (lex.quotedBefore.test(before)) return null;
  if (kind === 'insult') {
    // a frame ("no sea gil", "are you stupid") says who it is aimed at; a bare word may be denied, self-directed or about a thing
    // a frame denied by the word just before it: "no es usted tonto", "nobody said you're a fool"
    if (COPULA_FRAME.test(matched) && DENIED_FRAME[j.language].test(before)) return null;
    if (matched.includes(' ') && !cs.set.denyCheck) return 0.9;
    if (lex.deniedBefore.test(before)) return null;
    // self-directed ("silly me", "I'm such a twit"); a multi-word frame only when it starts like a predicate
    if ((!matched.includes(' ') || SELF_FRAME.test(matched)) && (lex.selfBefore.test(before) || lex.selfAfter.test(after))) return null;
    if (lex.thingAfter.test(after) || lex.thingBefore.test(before)) return null;
    return 0.9;
  }
  if (kind === 'plain') return MILD.test(matched) ? 0.75 : category === 'discriminatory' ? 0.85 : 0.92;
  // threats
  const clauseBefore = lastWords(before, 8).join(' ');
  if (kind !== 'threat_fixed') {
    if (negatedBefore(j.language, before)) return null;
    if (lex.deniedAfter.test(after)) return null;
  }
  if (lex.reassurance.test(clauseBefore)) return null;
  if (cs.set.lawful && lex.lawful.test(text)) return null;
  if (kind === 'threat_context') {
    if (lex.service.test(text)) return null;
    const prev = pos > 0 ? texts[speakerSegments[pos - 1]] : '';
    const pressured = lex.pressure.test(text) || lex.pressure.test(prev);
    if (!pressured && !j.debtCall) return null;
    return pressured ? 0.88 : 0.78;
  }
  return 0.9;
}

/** Every prohibited-language hit in the speaker's segments (the agent's by default), in call order. */
export function findProhibitedLanguage(pt: PreparedTranscript, opts: { speaker?: PolicyRule['speaker']; categories?: ProhibitedCategory[]; extraPhrases?: string[] } = {}): ProhibitedHit[] {
  const texts = segmentTexts(pt);
  const speaker = opts.speaker ?? 'Agent';
  const sets = COMPILED[pt.language].filter((c) => !opts.categories || opts.categories.includes(c.set.category));
  const lex = CONTEXT[pt.language];
  const debtCall = texts.some((t) => lex.debt.test(t));
  const judge: Judge = { language: pt.language, debtCall };
  const mine: number[] = [];
  pt.segments.forEach((s, i) => {
    if (speaker === 'any' || s.speaker === speaker) mine.push(i);
  });
  const extras = (opts.extraPhrases ?? []).map((p) => normaliseText(p).trim()).filter(Boolean);
  const hits: ProhibitedHit[] = [];
  mine.forEach((i, pos) => {
    const text = texts[i];
    if (text.length < 3) return;
    const grammar = GRAMMAR[pt.language];
    const extra = grammarCandidates(grammar, text)
      .map((id) => grammar.items[id])
      .filter((c) => !opts.categories || opts.categories.includes(c.set.category));
    for (const cs of [...sets, ...extra]) {
      if (cs.gate && !cs.gate.test(text)) continue;
      cs.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cs.re.exec(text)) !== null) {
        const conf = judgeHit(judge, cs, texts, i, m, mine, pos);
        if (conf !== null) {
          hits.push({ segment: i, category: cs.set.category, text: m[0], confidence: conf });
          break;
        }
      }
    }
    for (const e of extras) if (text.includes(` ${e} `)) hits.push({ segment: i, category: 'custom', text: e, confidence: 0.9 });
  });
  return hits;
}

const NAMES: Record<AnalysisLanguage, Record<ProhibitedCategory | 'custom', string>> = {
  en: { profanity: 'profanity', insult: 'insult', threat: 'threat', discriminatory: 'discriminatory remark', custom: 'forbidden phrase' },
  es: { profanity: 'groserías', insult: 'insulto', threat: 'amenaza', discriminatory: 'comentario discriminatorio', custom: 'frase prohibida' },
};

const T = {
  en: {
    found: (cats: string, at: string, n: number) => `Prohibited language by the agent (${cats}) at ${at}${n > 1 ? ` and in ${n - 1} more segment(s)` : ''}.`,
    none: 'The agent used no profanity, insult, threat or discriminatory remark.',
    noneThreat: 'The agent made no threat.',
    reaction: (what: string, at: string, react: string) => `Probable ${what} by the agent at ${at}: the customer objected to it straight away (${react}); the agent's words were not recognised as such.`,
    takenBack: (at: string) => `Probable offensive remark by the agent at ${at}: the agent excused or took back what was said ("no offence", "just joking"); the words themselves were not recognised as such.`,
  },
  es: {
    found: (cats: string, at: string, n: number) => `Lenguaje prohibido del agente (${cats}) en ${at}${n > 1 ? ` y en ${n - 1} segmento(s) más` : ''}.`,
    none: 'El agente no usó groserías, insultos, amenazas ni comentarios discriminatorios.',
    noneThreat: 'El agente no hizo ninguna amenaza.',
    reaction: (what: string, at: string, react: string) => `Probable ${what} del agente en ${at}: el cliente protestó enseguida (${react}); las palabras del agente no se reconocieron como tal.`,
    takenBack: (at: string) => `Probable comentario ofensivo del agente en ${at}: el propio agente lo excusó o se retractó ("sin ofender", "es broma"); las palabras no se reconocieron como tal.`,
  },
};

function verdict(pt: PreparedTranscript, hits: ProhibitedHit[], threatsOnly: boolean, speaker: PolicyRule['speaker'] = 'Agent'): CheckVerdict {
  const t = T[pt.language];
  if (hits.length === 0) {
    // no wording recognised; but the customer objected to what the agent had just said ("are you threatening me?")
    const r = speaker === 'Agent' ? customerReaction(pt, threatsOnly) : null;
    if (r) {
      const what = NAMES[pt.language][r.kind === 'threat' ? 'threat' : 'insult'];
      return { status: 'failed', evidence: [r.agentSegment, r.reactionSegment], explanation: t.reaction(what, formatTime(pt.segments[r.agentSegment].start), formatTime(pt.segments[r.reactionSegment].start)), confidence: 0.6 };
    }
    const back = speaker === 'Agent' && !threatsOnly ? agentTakesItBack(pt) : null;
    if (back !== null) return { status: 'failed', evidence: [back], explanation: t.takenBack(formatTime(pt.segments[back].start)), confidence: 0.55 };
    return { status: 'passed', evidence: [], explanation: threatsOnly ? t.noneThreat : t.none, confidence: 0.85 };
  }
  const segs = [...new Set(hits.map((h) => h.segment))];
  // the most telling first: the most confident hit, then call order
  const best = [...hits].sort((a, b) => b.confidence - a.confidence || a.segment - b.segment)[0];
  const evidence = [best.segment, ...segs.filter((s) => s !== best.segment)];
  const cats = [...new Set(hits.map((h) => NAMES[pt.language][h.category]))].join(', ');
  const confidence = Math.max(...hits.map((h) => h.confidence));
  return { status: 'failed', evidence, explanation: t.found(cats, formatTime(pt.segments[segs[0]].start), segs.length), confidence };
}

export const detectProhibitedLanguage: CheckDetector = (pt, rule) => {
  const extra = Array.isArray(rule.params?.extra_phrases) ? (rule.params!.extra_phrases as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  return verdict(pt, findProhibitedLanguage(pt, { speaker: rule.speaker ?? 'Agent', extraPhrases: extra }), false, rule.speaker ?? 'Agent');
};

/** threats only (harm, visits, employer/family, seizure, arrest, lawsuits, credit blacklisting as intimidation) */
export const detectThreats: CheckDetector = (pt, rule) => verdict(pt, findProhibitedLanguage(pt, { speaker: rule.speaker ?? 'Agent', categories: ['threat'] }), true, rule.speaker ?? 'Agent');
