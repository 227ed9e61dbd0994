// Quality: scores each scorecard item 0..1 with evidence, weighted into 0..100.
import type { QualityMetrics, QualityResult, ScorecardDocument, ScorecardItem, ScorecardResultItem } from './schemas.ts';
import type { PreparedTranscript, SegmentFilter } from './prepareTranscript.ts';
import { findPhrases, firstMatch, formatTime, uniqueEvidence } from './prepareTranscript.ts';
import { evaluateClosing } from './checks/closing.ts';
import { CHECK_DETECTORS } from './checks/registry.ts';
import type { DetectorName, PolicyRule } from './schemas.ts';

const T = {
  en: {
    groupsFound: (found: string, missing: string) => (missing ? `Found: ${found || 'nothing'}. Missing: ${missing}.` : `Found: ${found}.`),
    count: (n: number, target: number, interruptions: number) => `${n} acknowledgement/paraphrase phrase(s) (target ${target})${interruptions ? `; the agent interrupted ${interruptions} time(s)` : ''}.`,
    empathyFound: (at: string) => `Empathy expressed at ${at}.`,
    empathyMissing: (at: string) => `The customer sounded negative at ${at} and no empathy statement was heard.`,
    empathyNeutral: 'No empathy statement, but the customer did not express negative feelings.',
    noHolds: 'No hold during the call.',
    holds: (n: number, asked: number, thanked: number) => `${n} hold(s): permission asked for ${asked}, thanks given after ${thanked}.`,
    negativeEnd: ' The customer still sounded negative at the end.',
  },
  es: {
    groupsFound: (found: string, missing: string) => (missing ? `Encontrado: ${found || 'nada'}. Falta: ${missing}.` : `Encontrado: ${found}.`),
    count: (n: number, target: number, interruptions: number) => `${n} frase(s) de reconocimiento o paráfrasis (objetivo ${target})${interruptions ? `; el agente interrumpió ${interruptions} vez/veces` : ''}.`,
    empathyFound: (at: string) => `Empatía expresada en ${at}.`,
    empathyMissing: (at: string) => `El cliente se mostró negativo en ${at} y no se escuchó ninguna frase de empatía.`,
    empathyNeutral: 'Sin frase de empatía, pero el cliente no expresó sentimientos negativos.',
    noHolds: 'No hubo esperas durante la llamada.',
    holds: (n: number, asked: number, thanked: number) => `${n} espera(s): se pidió permiso en ${asked} y se agradeció en ${thanked}.`,
    negativeEnd: ' El cliente seguía mostrándose negativo al final.',
  },
};

const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function filterOf(pt: PreparedTranscript, item: ScorecardItem): SegmentFilter {
  const f: SegmentFilter = { speaker: item.speaker ?? 'Agent' };
  if (item.window?.first_seconds !== undefined) f.toSeconds = item.window.first_seconds;
  if (item.window?.last_seconds !== undefined) f.fromSeconds = pt.durationSeconds - item.window.last_seconds;
  return f;
}

function phraseGroups(item: ScorecardItem, pt: PreparedTranscript, metrics: QualityMetrics): ScorecardResultItem {
  const t = T[pt.language];
  const groups = item.phrases[pt.language] ?? [];
  const filter = filterOf(pt, item);
  const found: string[] = [];
  const missing: string[] = [];
  const segs: number[] = [];
  for (const g of groups) {
    const { hit } = firstMatch(pt, g, filter);
    if (hit) {
      found.push(`${g.label} (${formatTime(pt.segments[hit.segment].start)})`);
      segs.push(hit.segment);
    } else missing.push(g.label);
  }
  let score = groups.length ? found.length / groups.length : 0;
  let explanation = t.groupsFound(found.join(', '), missing.join(', '));
  const threshold = item.params?.negative_end_threshold;
  if (typeof threshold === 'number') {
    // last customer segment with an opinion
    let lastIdx = -1;
    pt.segments.forEach((s, i) => {
      if (s.speaker === 'Customer' && metrics.segment_sentiment[i] !== 0) lastIdx = i;
    });
    if (lastIdx >= 0 && metrics.segment_sentiment[lastIdx] <= threshold && pt.segments[lastIdx].start >= pt.durationSeconds * 0.75) {
      score *= num(item.params?.negative_end_factor, 0.5);
      explanation += t.negativeEnd;
      segs.push(lastIdx);
    }
  }
  return { id: item.id, title: item.title[pt.language], weight: item.weight, score: r3(score), evidence: uniqueEvidence(pt, segs), explanation };
}

function phraseCount(item: ScorecardItem, pt: PreparedTranscript, metrics: QualityMetrics): ScorecardResultItem {
  const t = T[pt.language];
  const target = num(item.params?.target, 2);
  const penalty = num(item.params?.interruption_penalty, 0);
  const phrases = (item.phrases[pt.language] ?? []).flatMap((g) => g.any_of);
  const hits = findPhrases(pt, phrases, filterOf(pt, item)).filter((h) => !h.negated);
  const segs = [...new Set(hits.map((h) => h.segment))].sort((a, b) => a - b);
  const interruptions = item.speaker === 'Customer' ? metrics.interruptions.customer : metrics.interruptions.agent;
  const interruptSegs = interruptions
    .map((iv) => pt.segments.findIndex((s) => s.speaker === (item.speaker === 'Customer' ? 'Customer' : 'Agent') && Math.abs(s.start - iv.start) < 0.01))
    .filter((i) => i >= 0);
  const score = clamp01(Math.min(1, segs.length / target) - penalty * interruptions.length);
  return {
    id: item.id,
    title: item.title[pt.language],
    weight: item.weight,
    score: r3(score),
    evidence: uniqueEvidence(pt, [...segs.slice(0, 3), ...interruptSegs.slice(0, 2)]),
    explanation: t.count(segs.length, target, interruptions.length),
  };
}

function empathy(item: ScorecardItem, pt: PreparedTranscript, metrics: QualityMetrics): ScorecardResultItem {
  const t = T[pt.language];
  const threshold = num(item.params?.negative_threshold, -0.3);
  const neutral = num(item.params?.neutral_score, 0.7);
  const phrases = (item.phrases[pt.language] ?? []).flatMap((g) => g.any_of);
  const hits = findPhrases(pt, phrases, filterOf(pt, item)).filter((h) => !h.negated);
  const base = { id: item.id, title: item.title[pt.language], weight: item.weight };
  if (hits.length) {
    const segs = [...new Set(hits.map((h) => h.segment))].sort((a, b) => a - b);
    return { ...base, score: 1, evidence: uniqueEvidence(pt, segs, 3), explanation: t.empathyFound(formatTime(pt.segments[segs[0]].start)) };
  }
  let worst = -1;
  pt.segments.forEach((s, i) => {
    if (s.speaker === 'Customer' && metrics.segment_sentiment[i] <= threshold && (worst < 0 || metrics.segment_sentiment[i] < metrics.segment_sentiment[worst])) worst = i;
  });
  if (worst >= 0) return { ...base, score: 0, evidence: uniqueEvidence(pt, [worst]), explanation: t.empathyMissing(formatTime(pt.segments[worst].start)) };
  return { ...base, score: neutral, evidence: [], explanation: t.empathyNeutral };
}

function holdEtiquette(item: ScorecardItem, pt: PreparedTranscript, metrics: QualityMetrics): ScorecardResultItem {
  const t = T[pt.language];
  const base = { id: item.id, title: item.title[pt.language], weight: item.weight };
  const holds = metrics.hold_events;
  if (holds.length === 0) return { ...base, score: 1, evidence: [], explanation: t.noHolds };
  const [ask, thank] = item.phrases[pt.language] ?? [];
  const askWithin = num(item.params?.ask_within_seconds, 30);
  const thankWithin = num(item.params?.thank_within_seconds, 30);
  let asked = 0;
  let thanked = 0;
  const segs: number[] = [];
  for (const h of holds) {
    if (ask) {
      const { hit } = firstMatch(pt, ask, { speaker: 'Agent', fromSeconds: h.start - askWithin, toSeconds: h.start + 0.5 });
      if (hit) ((asked += 1), segs.push(hit.segment));
    }
    if (thank) {
      const { hit } = firstMatch(pt, thank, { speaker: 'Agent', fromSeconds: h.end - 0.5, toSeconds: h.end + thankWithin });
      if (hit) ((thanked += 1), segs.push(hit.segment));
    }
  }
  const score = (0.5 * asked + 0.5 * thanked) / holds.length;
  return { ...base, score: r3(score), evidence: uniqueEvidence(pt, segs), explanation: t.holds(holds.length, asked, thanked) };
}

/** a scorecard item judged by a built-in check detector, so that it always agrees with the compliance check of that name */
function detectorItem(item: ScorecardItem, pt: PreparedTranscript): ScorecardResultItem {
  const name = item.params?.detector as DetectorName | undefined;
  const detector = name ? CHECK_DETECTORS[name] : undefined;
  const base = { id: item.id, title: item.title[pt.language], weight: item.weight };
  if (!detector) return { ...base, score: 0, evidence: [], explanation: `Unknown detector ${String(name)}.` };
  const rule: PolicyRule = { id: item.id, title: item.title, category: 'quality', severity: 'minor', kind: 'detector', detector: name, params: item.params };
  const v = detector(pt, rule);
  return { ...base, score: v.status === 'failed' ? 0 : 1, status: v.status, evidence: uniqueEvidence(pt, v.evidence), explanation: v.explanation };
}

export function evaluateScorecard(pt: PreparedTranscript, scorecard: ScorecardDocument, metrics: QualityMetrics): QualityResult {
  const items = scorecard.items.map((item) => {
    switch (item.kind) {
      case 'phrase_groups':
        return phraseGroups(item, pt, metrics);
      case 'phrase_count':
        return phraseCount(item, pt, metrics);
      case 'empathy':
        return empathy(item, pt, metrics);
      case 'hold_etiquette':
        return holdEtiquette(item, pt, metrics);
      case 'closing':
        return evaluateClosing(pt, item);
      case 'detector':
        return detectorItem(item, pt);
    }
  });
  const totalWeight = items.reduce((a, i) => a + i.weight, 0);
  const score = totalWeight > 0 ? Math.round((1000 * items.reduce((a, i) => a + i.weight * i.score, 0)) / totalWeight) / 10 : 0;
  return { score, scorecard: items, scorecard_ref: { id: scorecard.id, version: scorecard.version }, metrics };
}
