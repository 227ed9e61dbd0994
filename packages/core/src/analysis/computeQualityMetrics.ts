// Timing and sentiment metrics of a call: talk time, silence, interruptions,
// overtalk, words per minute, response latency, longest monologue, hold events, sentiment.
import type { AnalysisLanguage, QualityMetrics, Speaker, TimeInterval, TranscriptSegment } from './schemas.ts';
import { tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { sentimentDetail } from './scoreSentiment.ts';
import { detectLanguage } from './detectLanguage.ts';

export const METRIC_THRESHOLDS = {
  /** a gap with nobody speaking at least this long is a silence instance */
  minSilenceSeconds: 2,
  /** interruption: the interrupted speaker stops within this many seconds */
  interruptionStopWithinSeconds: 2,
  /** overlaps shorter than this are timing jitter, not interruptions */
  minInterruptionOverlapSeconds: 0.2,
  /** a silence this long is a hold even without a hold phrase */
  holdSeconds: 20,
  /** a silence this long after the agent announces a hold is a hold */
  announcedHoldSeconds: 8,
  /** same-speaker segments closer than this (and not interleaved) form one monologue */
  monologueJoinGapSeconds: 3,
  /** customer sentiment change (second half vs first half) that counts as a trend */
  trendDelta: 0.2,
} as const;

const HOLD_PHRASES = /\b(hold|bear with me|one moment|just a moment|a moment|one second|just a second|let me check|let me look|espera|esperar|momento|segundito|un segundo|permitame|dejeme comprobar|dejeme revisar)\b/;

export interface QualityMetricsOptions {
  language?: AnalysisLanguage;
  /** tokens per segment when already computed (same language) */
  tokens?: Token[][];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function union(intervals: TimeInterval[]): TimeInterval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TimeInterval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

const total = (xs: TimeInterval[]) => xs.reduce((a, i) => a + (i.end - i.start), 0);

function intersectionSeconds(a: TimeInterval[], b: TimeInterval[]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i].start, b[j].start);
    const e = Math.min(a[i].end, b[j].end);
    if (e > s) sum += e - s;
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return sum;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export function computeQualityMetrics(
  segments: TranscriptSegment[],
  silences?: TimeInterval[] | null,
  durationSeconds?: number | null,
  options: QualityMetricsOptions = {},
): QualityMetrics {
  const language = options.language ?? detectLanguage(segments.map((s) => s.text).join(' '));
  const tokens = options.tokens ?? segments.map((s) => tokenise(s.text, language));
  const lastEnd = segments.reduce((m, s) => Math.max(m, s.end), 0);
  const duration = durationSeconds != null && durationSeconds > 0 ? Math.max(durationSeconds, 0) : lastEnd;
  const order = segments.map((_, i) => i).sort((a, b) => segments[a].start - segments[b].start || a - b);

  const bySpeaker = (sp: Speaker) => union(segments.filter((s) => s.speaker === sp).map((s) => ({ start: s.start, end: s.end })));
  const agentSpeech = bySpeaker('Agent');
  const customerSpeech = bySpeaker('Customer');
  const agentSeconds = total(agentSpeech);
  const customerSeconds = total(customerSpeech);

  // silence
  let instances: TimeInterval[];
  if (silences && silences.length) {
    instances = union(silences).filter((s) => s.end - s.start >= METRIC_THRESHOLDS.minSilenceSeconds);
  } else {
    instances = [];
    let cursor = 0;
    for (const sp of union([...agentSpeech, ...customerSpeech])) {
      if (sp.start - cursor >= METRIC_THRESHOLDS.minSilenceSeconds) instances.push({ start: cursor, end: sp.start });
      cursor = Math.max(cursor, sp.end);
    }
    if (duration - cursor >= METRIC_THRESHOLDS.minSilenceSeconds) instances.push({ start: cursor, end: duration });
  }
  const silenceTotal = total(instances);
  const longestSilence = instances.reduce((m, s) => Math.max(m, s.end - s.start), 0);

  // interruptions: b starts while a talks, a stops within 2 s
  const interruptions: Record<'agent' | 'customer', TimeInterval[]> = { agent: [], customer: [] };
  for (let x = 0; x < order.length; x++) {
    const b = segments[order[x]];
    for (let y = x - 1; y >= 0 && y >= x - 20; y--) {
      const a = segments[order[y]];
      if (a.speaker === b.speaker) continue;
      if (b.start > a.start && a.end - b.start >= METRIC_THRESHOLDS.minInterruptionOverlapSeconds && a.end - b.start <= METRIC_THRESHOLDS.interruptionStopWithinSeconds) {
        interruptions[b.speaker === 'Agent' ? 'agent' : 'customer'].push({ start: r2(b.start), end: r2(a.end) });
        break;
      }
    }
  }

  // words per minute
  const wordCount = (i: number) => segments[i].words?.length || tokens[i].length;
  let agentWords = 0;
  let customerWords = 0;
  segments.forEach((s, i) => (s.speaker === 'Agent' ? (agentWords += wordCount(i)) : (customerWords += wordCount(i))));
  const wpm = (words: number, secs: number) => (secs > 0 ? r2((words * 60) / secs) : 0);

  // response latency: time from the other side's end to this side's start, at each change of speaker
  const lat: Record<'agent' | 'customer', number[]> = { agent: [], customer: [] };
  for (let x = 1; x < order.length; x++) {
    const a = segments[order[x - 1]];
    const b = segments[order[x]];
    if (a.speaker !== b.speaker) lat[b.speaker === 'Agent' ? 'agent' : 'customer'].push(Math.max(0, b.start - a.end));
  }
  const latency = (xs: number[]) => ({ mean_seconds: xs.length ? r2(mean(xs)) : null, max_seconds: xs.length ? r2(Math.max(...xs)) : null, count: xs.length });

  // longest monologue per speaker
  const mono: Record<'agent' | 'customer', { start: number; end: number; seconds: number } | null> = { agent: null, customer: null };
  let run: { speaker: Speaker; start: number; end: number } | null = null;
  const closeRun = () => {
    if (!run) return;
    const key = run.speaker === 'Agent' ? 'agent' : 'customer';
    const secs = run.end - run.start;
    if (!mono[key] || secs > mono[key]!.seconds) mono[key] = { start: r2(run.start), end: r2(run.end), seconds: r2(secs) };
  };
  for (const i of order) {
    const s = segments[i];
    if (run && run.speaker === s.speaker && s.start - run.end <= METRIC_THRESHOLDS.monologueJoinGapSeconds) run.end = Math.max(run.end, s.end);
    else {
      closeRun();
      run = { speaker: s.speaker, start: s.start, end: s.end };
    }
  }
  closeRun();

  // holds: long silences, or shorter ones right after the agent announces a hold
  const holds: Array<{ start: number; end: number; seconds: number }> = [];
  for (const s of instances) {
    const secs = s.end - s.start;
    let announced = false;
    for (let x = order.length - 1; x >= 0; x--) {
      const seg = segments[order[x]];
      if (seg.end > s.start + 0.5) continue;
      if (s.start - seg.end > 15) break;
      if (seg.speaker === 'Agent' && HOLD_PHRASES.test(tokens[order[x]].map((t) => t.norm).join(' '))) {
        announced = true;
        break;
      }
    }
    if (secs >= METRIC_THRESHOLDS.holdSeconds || (announced && secs >= METRIC_THRESHOLDS.announcedHoldSeconds)) {
      holds.push({ start: r2(s.start), end: r2(s.end), seconds: r2(secs) });
    }
  }

  // sentiment
  // per segment score (greetings and farewells mildly positive); speaker averages, quarters and the trend use only
  // segments with an opinion, so that "hi" at the start and "bye" at the end do not make every call "improving"
  const details = tokens.map((t, i) => sentimentDetail(t, language, segments[i].text));
  const segSentiment = details.map((d) => d.score);
  const quarterOf = (s: TranscriptSegment) => {
    if (duration <= 0) return 0;
    return Math.min(3, Math.max(0, Math.floor((((s.start + s.end) / 2) / duration) * 4)));
  };
  const speakerSentiment = (sp: Speaker) => {
    const all: number[] = [];
    const q: number[][] = [[], [], [], []];
    segments.forEach((s, i) => {
      if (s.speaker !== sp || segSentiment[i] === 0 || !details[i].opinion) return;
      all.push(segSentiment[i]);
      q[quarterOf(s)].push(segSentiment[i]);
    });
    return { overall: r3(mean(all)), by_quarter: q.map((xs) => r3(mean(xs))), counts: q.map((xs) => xs.length) };
  };
  const agentSent = speakerSentiment('Agent');
  const customerSent = speakerSentiment('Customer');
  const halves = (s: { by_quarter: number[]; counts: number[] }, qs: number[]) => {
    const vals = qs.filter((q) => s.counts[q] > 0).map((q) => s.by_quarter[q]);
    return vals.length ? mean(vals) : null;
  };
  const first = halves(customerSent, [0, 1]);
  const second = halves(customerSent, [2, 3]);
  let trend: 'improving' | 'steady' | 'worsening' = 'steady';
  if (first !== null && second !== null) {
    if (second - first >= METRIC_THRESHOLDS.trendDelta) trend = 'improving';
    else if (first - second >= METRIC_THRESHOLDS.trendDelta) trend = 'worsening';
  }

  return {
    talk_time: {
      agent_seconds: r2(agentSeconds),
      customer_seconds: r2(customerSeconds),
      agent_ratio: agentSeconds + customerSeconds > 0 ? r3(agentSeconds / (agentSeconds + customerSeconds)) : 0,
    },
    silence: {
      total_seconds: r2(silenceTotal),
      ratio: duration > 0 ? r3(Math.min(1, silenceTotal / duration)) : 0,
      longest_seconds: r2(longestSilence),
      instances: instances.map((s) => ({ start: r2(s.start), end: r2(s.end) })),
    },
    interruptions,
    overtalk_seconds: r2(intersectionSeconds(agentSpeech, customerSpeech)),
    words_per_minute: { agent: wpm(agentWords, agentSeconds), customer: wpm(customerWords, customerSeconds) },
    sentiment: {
      agent: { overall: agentSent.overall, by_quarter: agentSent.by_quarter },
      customer: { overall: customerSent.overall, by_quarter: customerSent.by_quarter },
      customer_trend: trend,
    },
    duration_seconds: r2(duration),
    response_latency: { agent: latency(lat.agent), customer: latency(lat.customer) },
    longest_monologue: mono,
    hold_events: holds,
    segment_sentiment: segSentiment,
  };
}
