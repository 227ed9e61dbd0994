// Compliance: evaluates a policy document's rules against a prepared transcript.
import type { ComplianceCheck, ComplianceResult, Evidence, PolicyDocument, PolicyRule, PiiType, ReviewReason, Severity } from './schemas.ts';
import type { PreparedTranscript, SegmentFilter } from './prepareTranscript.ts';
import { evidenceFor, findPhrases, firstMatch, formatTime, uniqueEvidence } from './prepareTranscript.ts';
import type { PiiFinding } from './detectPii.ts';
import { CHECK_DETECTORS } from './checks/registry.ts';
import type { CheckVerdict } from './checks/checkVerdict.ts';

export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };
/** a required phrase matched below this similarity sends the call to review */
const REVIEW_SIMILARITY = 0.9;
/** a failed critical check caps the compliance score at this value, so the score never reads as a pass */
export const FAILED_CRITICAL_SCORE_CAP = 50;

export interface EvaluatedCheck extends ComplianceCheck {
  /** lowest similarity among the phrase matches that made it pass (1 when exact or not phrase-based) */
  matchSimilarity: number;
  autoFail: boolean;
  /** why a person should review this verdict (absent when the engine is sure) */
  uncertain?: string;
}

interface EventHit {
  segment: number;
  token: number;
}

const T = {
  en: {
    found: (label: string, who: string, at: string, score: number) => `${label}: said by the ${who} at ${at}${score < 1 ? ` (approximate match, similarity ${score})` : ''}.`,
    missing: (labels: string, who: string, where: string) => `Not found: ${labels} (${who}, ${where}).`,
    negatedNote: (n: number) => ` ${n} negated mention(s) were not counted.`,
    inFirst: (n: number) => `first ${n} s`,
    inLast: (n: number) => `last ${n} s`,
    beforeEvent: (ev: string, at: string) => `before ${ev.replace(/_/g, ' ')} at ${at}`,
    wholeCall: 'whole call',
    eventAbsent: (ev: string) => `Not applicable: no ${ev.replace(/_/g, ' ')} in the call.`,
    forbiddenFound: (n: number, at: string) => `${n} forbidden phrase(s) by the speaker, first at ${at}.`,
    forbiddenNone: 'No forbidden phrase was said.',
    piiFound: (types: string, at: string) => `Sensitive data spoken (${types}), first at ${at}; values are masked.`,
    piiNone: 'No such data was spoken.',
    timeNA: (keys: string) => `Not applicable: no local call time in metadata (${keys}).`,
    timeOk: (t: string, a: number, b: number) => `Call placed at ${t} local time, within ${a}:00-${b}:00.`,
    timeBad: (t: string, a: number, b: number) => `Call placed at ${t} local time, outside ${a}:00-${b}:00.`,
    speaker: { Agent: 'agent', Customer: 'customer', any: 'anyone' },
    noPhrases: 'Not applicable: the rule has no phrases in English.',
  },
  es: {
    found: (label: string, who: string, at: string, score: number) => `${label}: dicho por el ${who} en ${at}${score < 1 ? ` (coincidencia aproximada, similitud ${score})` : ''}.`,
    missing: (labels: string, who: string, where: string) => `No encontrado: ${labels} (${who}, ${where}).`,
    negatedNote: (n: number) => ` ${n} mención(es) negada(s) no se han contado.`,
    inFirst: (n: number) => `primeros ${n} s`,
    inLast: (n: number) => `últimos ${n} s`,
    beforeEvent: (ev: string, at: string) => `antes de ${ev === 'account_details' ? 'dar datos de la cuenta' : ev.replace(/_/g, ' ')} en ${at}`,
    wholeCall: 'toda la llamada',
    eventAbsent: (ev: string) => `No aplica: no hay ${ev === 'account_details' ? 'datos de la cuenta' : ev.replace(/_/g, ' ')} en la llamada.`,
    forbiddenFound: (n: number, at: string) => `${n} frase(s) prohibida(s), la primera en ${at}.`,
    forbiddenNone: 'No se dijo ninguna frase prohibida.',
    piiFound: (types: string, at: string) => `Se dijeron datos sensibles (${types}), el primero en ${at}; los valores se ocultan.`,
    piiNone: 'No se dijeron datos de este tipo.',
    timeNA: (keys: string) => `No aplica: no hay hora local de la llamada en los metadatos (${keys}).`,
    timeOk: (t: string, a: number, b: number) => `Llamada realizada a las ${t} hora local, dentro de ${a}:00-${b}:00.`,
    timeBad: (t: string, a: number, b: number) => `Llamada realizada a las ${t} hora local, fuera de ${a}:00-${b}:00.`,
    speaker: { Agent: 'agente', Customer: 'cliente', any: 'cualquiera' },
    noPhrases: 'No aplica: la regla no tiene frases en español.',
  },
};

function findEvents(pt: PreparedTranscript, policy: PolicyDocument): Map<string, EventHit> {
  const out = new Map<string, EventHit>();
  for (const ev of policy.events ?? []) {
    const groups = ev.phrases[pt.language] ?? [];
    let best: EventHit | null = null;
    for (const g of groups) {
      const { hit } = firstMatch(pt, g, { speaker: ev.speaker ?? 'any' });
      if (hit && (!best || hit.segment < best.segment || (hit.segment === best.segment && hit.token < best.token))) best = { segment: hit.segment, token: hit.token };
    }
    if (best) out.set(ev.id, best);
  }
  return out;
}

function windowFilter(pt: PreparedTranscript, rule: { speaker?: PolicyRule['speaker']; window?: PolicyRule['window'] }, events: Map<string, EventHit>): { filter: SegmentFilter; where: string } | { notApplicable: string } {
  const t = T[pt.language];
  const w = rule.window ?? {};
  const filter: SegmentFilter = { speaker: rule.speaker ?? 'any' };
  const where: string[] = [];
  if (w.first_seconds !== undefined) {
    filter.toSeconds = w.first_seconds;
    where.push(t.inFirst(w.first_seconds));
  }
  if (w.last_seconds !== undefined) {
    filter.fromSeconds = pt.durationSeconds - w.last_seconds;
    where.push(t.inLast(w.last_seconds));
  }
  if (w.before_event) {
    const ev = events.get(w.before_event);
    if (ev) {
      filter.beforeSegment = ev.segment;
      filter.beforeToken = ev.token;
      where.push(t.beforeEvent(w.before_event, formatTime(pt.segments[ev.segment].start)));
    } else if ((w.when_event_absent ?? 'not_applicable') === 'not_applicable') {
      return { notApplicable: t.eventAbsent(w.before_event) };
    }
  }
  return { filter, where: where.join(', ') || t.wholeCall };
}

function check(rule: PolicyRule, pt: PreparedTranscript, status: ComplianceCheck['status'], evidence: Evidence[], explanation: string, matchSimilarity = 1): EvaluatedCheck {
  return {
    id: rule.id,
    title: rule.title[pt.language],
    category: rule.category,
    severity: rule.severity,
    status,
    evidence,
    explanation,
    confidence: status === 'passed' ? Math.round(Math.min(1, matchSimilarity) * 100) / 100 : 0.9,
    matchSimilarity,
    autoFail: rule.auto_fail === true && status === 'failed',
    ...(status === 'passed' && matchSimilarity < REVIEW_SIMILARITY
      ? { uncertain: pt.language === 'es' ? `coincidencia aproximada (similitud ${matchSimilarity}): puede ser un error de transcripción` : `approximate match (similarity ${matchSimilarity}): possibly misheard` }
      : {}),
  };
}

function fromVerdict(rule: PolicyRule, pt: PreparedTranscript, v: CheckVerdict): EvaluatedCheck {
  return {
    id: rule.id,
    title: rule.title[pt.language],
    category: rule.category,
    severity: rule.severity,
    status: v.status,
    evidence: uniqueEvidence(pt, v.evidence),
    explanation: v.explanation,
    confidence: Math.round(Math.max(0, Math.min(1, v.confidence)) * 100) / 100,
    matchSimilarity: 1,
    autoFail: rule.auto_fail === true && v.status === 'failed',
    ...(v.uncertain ? { uncertain: v.uncertain } : {}),
  };
}

function evaluateRequire(rule: PolicyRule, pt: PreparedTranscript, events: Map<string, EventHit>): EvaluatedCheck {
  const t = T[pt.language];
  const win = windowFilter(pt, rule, events);
  if ('notApplicable' in win) return check(rule, pt, 'not_applicable', [], win.notApplicable);
  const groups = rule.phrases?.[pt.language] ?? [];
  if (groups.length === 0) return check(rule, pt, 'not_applicable', [], t.noPhrases);
  const evidence: number[] = [];
  const lines: string[] = [];
  const missing: string[] = [];
  let negatedCount = 0;
  const negatedSegs: number[] = [];
  let minScore = 1;
  for (const g of groups) {
    const { hit, negated } = firstMatch(pt, g, win.filter, rule.min_similarity);
    negatedCount += negated.length;
    negatedSegs.push(...negated.map((n) => n.segment));
    if (hit) {
      evidence.push(hit.segment);
      minScore = Math.min(minScore, hit.score);
      lines.push(t.found(g.label, t.speaker[pt.segments[hit.segment].speaker], formatTime(pt.segments[hit.segment].start), hit.score));
    } else missing.push(g.label);
  }
  const who = t.speaker[rule.speaker ?? 'any'];
  if (missing.length === 0 && groups.length > 0) {
    return check(rule, pt, 'passed', uniqueEvidence(pt, evidence), lines.join(' '), minScore);
  }
  let explanation = t.missing(missing.join(', '), who, win.where) + (lines.length ? ` ${lines.join(' ')}` : '');
  if (negatedCount) explanation += t.negatedNote(negatedCount);
  // evidence for an absence: negated mentions, what was found, and the event that needed it first
  const ev = [...negatedSegs, ...evidence];
  const before = win.filter.beforeSegment;
  if (before !== undefined) ev.push(before);
  if (ev.length === 0) {
    const firstInWindow = pt.segments.findIndex((_, i) => pt.segments[i].speaker === (rule.speaker === 'Customer' ? 'Customer' : 'Agent') && (win.filter.toSeconds === undefined || pt.segments[i].start <= win.filter.toSeconds) && (win.filter.fromSeconds === undefined || pt.segments[i].end >= win.filter.fromSeconds));
    if (firstInWindow >= 0) ev.push(firstInWindow);
  }
  return check(rule, pt, 'failed', uniqueEvidence(pt, ev), explanation);
}

function evaluateForbid(rule: PolicyRule, pt: PreparedTranscript, events: Map<string, EventHit>): EvaluatedCheck {
  const t = T[pt.language];
  const win = windowFilter(pt, rule, events);
  if ('notApplicable' in win) return check(rule, pt, 'not_applicable', [], win.notApplicable);
  const phrases = (rule.phrases?.[pt.language] ?? []).flatMap((g) => g.any_of);
  const hits = findPhrases(pt, phrases, win.filter, { minSimilarity: rule.min_similarity ?? 0.85 }).filter((h) => !h.negated);
  if (hits.length === 0) return check(rule, pt, 'passed', [], t.forbiddenNone);
  const segs = [...new Set(hits.map((h) => h.segment))].sort((a, b) => a - b);
  return check(rule, pt, 'failed', uniqueEvidence(pt, segs), t.forbiddenFound(hits.length, formatTime(pt.segments[segs[0]].start)));
}

function evaluatePiiDetector(rule: PolicyRule, pt: PreparedTranscript, pii: PiiFinding[]): EvaluatedCheck {
  const t = T[pt.language];
  const defaults: PiiType[] = ['card_number', 'card_cvv', 'ssn', 'dni', 'nie', 'iban'];
  const types = new Set((Array.isArray(rule.params?.types) ? (rule.params!.types as PiiType[]) : defaults));
  const speaker = rule.speaker ?? 'any';
  // doubtful readings (a window of a longer number, a texted code taken for a CVV) stay redacted but are no finding
  const hits = pii.filter((f) => !f.weak && types.has(f.type) && (speaker === 'any' || f.speaker === speaker));
  if (hits.length === 0) return check(rule, pt, 'passed', [], t.piiNone);
  const segs = hits.flatMap((h) => h.spans.map((s) => s.segment));
  const kinds = [...new Set(hits.map((h) => h.type))].join(', ');
  return check(rule, pt, 'failed', uniqueEvidence(pt, segs), t.piiFound(kinds, formatTime(hits[0].start)));
}

/** Local clock time "HH:MM" from metadata: "21:30", ISO "2026-01-05T21:30:00-05:00" (clock part as written), or an hour number. */
export function localClockFromMetadata(metadata: Record<string, unknown>, keys: string[]): { hour: number; minute: number; text: string } | null {
  for (const k of keys) {
    const v = metadata[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 24) {
      const hour = Math.floor(v);
      const minute = Math.round((v - hour) * 60);
      return { hour, minute, text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
    }
    if (typeof v === 'string') {
      const m = /(?:^|T|\s)(\d{1,2}):(\d{2})/.exec(v);
      if (m) {
        const hour = Number(m[1]);
        const minute = Number(m[2]);
        if (hour < 24 && minute < 60) return { hour, minute, text: `${String(hour).padStart(2, '0')}:${m[2]}` };
      }
    }
  }
  return null;
}

function evaluateCallTime(rule: PolicyRule, pt: PreparedTranscript): EvaluatedCheck {
  const t = T[pt.language];
  const keys = Array.isArray(rule.params?.metadata_keys) ? (rule.params!.metadata_keys as string[]) : ['customer_local_time', 'call_local_time'];
  const startHour = typeof rule.params?.start_hour === 'number' ? rule.params.start_hour : 8;
  const endHour = typeof rule.params?.end_hour === 'number' ? rule.params.end_hour : 21;
  const clock = localClockFromMetadata(pt.metadata, keys);
  if (!clock) return check(rule, pt, 'not_applicable', [], t.timeNA(keys.join(', ')));
  const minutes = clock.hour * 60 + clock.minute;
  const ok = minutes >= startHour * 60 && minutes < endHour * 60;
  const first = pt.segments.length ? [evidenceFor(pt, 0)] : [];
  return check(rule, pt, ok ? 'passed' : 'failed', ok ? [] : first, (ok ? t.timeOk : t.timeBad)(clock.text, startHour, endHour));
}

export function evaluateRule(rule: PolicyRule, pt: PreparedTranscript, pii: PiiFinding[], events: Map<string, EventHit>): EvaluatedCheck {
  switch (rule.kind) {
    case 'require_phrases':
      return evaluateRequire(rule, pt, events);
    case 'forbid_phrases':
      return evaluateForbid(rule, pt, events);
    case 'detector': {
      const builtIn = rule.detector ? CHECK_DETECTORS[rule.detector] : undefined;
      if (builtIn) return fromVerdict(rule, pt, builtIn(pt, rule));
      switch (rule.detector) {
        // the other built-in checks are in CHECK_DETECTORS (checks/registry.ts)
        case 'pii_exposure':
          return evaluatePiiDetector(rule, pt, pii);
        case 'call_time_window':
          return evaluateCallTime(rule, pt);
        default:
          return check(rule, pt, 'not_applicable', [], `Unknown detector ${String(rule.detector)}.`);
      }
    }
  }
}

/** Below this, a recognised segment is more likely misheard than not (speech recognisers' per-segment confidence). */
export const LOW_ASR_CONFIDENCE = 0.5;
const fmtConf = (c: number) => c.toFixed(2);

/**
 * Pure: why a verdict resting on speech recognition should be looked at by a person (DESIGN.md §1.4 "ASR-damaged
 * evidence"), or null. Only for transcripts that carry per-segment `confidence` (recognised audio; a submitted
 * transcript without confidences is taken as it is): a verdict whose every evidence segment was recognised with low
 * confidence, or a "failed" for something never said when a large share of the agent's speech was recognised poorly
 * (the words may have been said and misheard).
 */
export function asrDoubt(check: Pick<ComplianceCheck, 'status' | 'evidence'>, pt: Pick<PreparedTranscript, 'segments' | 'language'>): string | null {
  if (check.status === 'not_applicable') return null;
  const conf = (i: number) => pt.segments[i]?.confidence;
  if (!pt.segments.some((s) => typeof s.confidence === 'number')) return null;
  const es = pt.language === 'es';
  if (check.evidence.length > 0) {
    const values = check.evidence.map((e) => conf(e.segment));
    if (values.every((v) => typeof v === 'number' && v < LOW_ASR_CONFIDENCE)) {
      const worst = Math.max(...(values as number[]));
      return es
        ? `la evidencia se reconoció con baja confianza (${fmtConf(worst)} como máximo): escuche el audio`
        : `the evidence was recognised with low confidence (at most ${fmtConf(worst)}): listen to the audio`;
    }
    return null;
  }
  if (check.status !== 'failed') return null;
  const agent = pt.segments.filter((s) => s.speaker === 'Agent' && typeof s.confidence === 'number');
  if (agent.length === 0) return null;
  const low = agent.filter((s) => (s.confidence as number) < LOW_ASR_CONFIDENCE).length / agent.length;
  if (low < 0.3) return null;
  const pct = Math.round(low * 100);
  return es
    ? `no se encontró, pero el ${pct}% del habla del agente se reconoció con baja confianza: puede haberse dicho y no reconocido`
    : `not found, but ${pct}% of the agent's speech was recognised with low confidence: it may have been said and misheard`;
}

export function evaluatePolicy(pt: PreparedTranscript, policy: PolicyDocument, pii: PiiFinding[], redacted: boolean): { result: ComplianceResult; checks: EvaluatedCheck[] } {
  const events = findEvents(pt, policy);
  const checks = policy.rules.map((r) => {
    const c = evaluateRule(r, pt, pii, events);
    if (!c.uncertain) {
      const doubt = asrDoubt(c, pt);
      if (doubt) c.uncertain = doubt;
    }
    return c;
  });
  let applicable = 0;
  let passed = 0;
  let autoFail = false;
  let criticalFailed = false;
  const uncertain: ReviewReason[] = [];
  for (const c of checks) {
    if (c.uncertain) uncertain.push({ check_id: c.id, reason: c.uncertain });
    if (c.status === 'not_applicable') continue;
    applicable += SEVERITY_WEIGHT[c.severity];
    if (c.status === 'passed') passed += SEVERITY_WEIGHT[c.severity];
    else if (c.severity === 'critical') criticalFailed = true;
    if (c.autoFail) autoFail = true;
  }
  // DESIGN.md §1.4: "fail" when a critical check failed; "review" only when a verdict is uncertain, with the reasons; "pass" otherwise
  const status = autoFail || criticalFailed ? 'fail' : uncertain.length > 0 ? 'review' : 'pass';
  const share = applicable === 0 ? 100 : Math.round((1000 * passed) / applicable) / 10;
  const score = autoFail ? 0 : criticalFailed ? Math.min(share, FAILED_CRITICAL_SCORE_CAP) : share;
  return {
    checks,
    result: {
      score,
      status,
      policy: { id: policy.id, version: policy.version },
      checks: checks.map(({ matchSimilarity: _m, autoFail: _a, uncertain: _u, ...c }) => c),
      review_reasons: status === 'review' ? uncertain : [],
      pii: { detected: pii.map((f) => ({ type: f.type, segment: f.segment, start: Math.round(f.start * 100) / 100, end: Math.round(f.end * 100) / 100 })), redacted },
    },
  };
}
