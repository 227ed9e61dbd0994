import type { Analysis } from '@callcov/sdk';

type Colors = { bold(s: string): string; red(s: string): string; green(s: string): string; yellow(s: string): string; dim(s: string): string; cyan(s: string): string };
const plain: Colors = { bold: String, red: String, green: String, yellow: String, dim: String, cyan: String };

const clock = (seconds: number): string => {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A readable summary of an analysis: status, scores, failed checks with times and quotes, top coaching points. */
export function formatAnalysisSummary(a: Analysis, c: Colors = plain): string {
  const lines: string[] = [];
  const status = a.status === 'completed' ? c.green(a.status) : a.status === 'failed' ? c.red(a.status) : c.yellow(a.status);
  lines.push(`${c.bold('Analysis')} ${a.id}  ${status}`);
  if (a.call.agent_id || a.call.contact_id) lines.push(`  call: agent ${a.call.agent_id ?? '-'}, contact ${a.call.contact_id ?? '-'}`);
  if (a.audio?.duration_seconds != null) lines.push(`  audio: ${a.audio.duration_seconds.toFixed(1)} s${a.audio.format ? `, ${a.audio.format}` : ''}`);
  if (a.transcript) lines.push(`  transcript: ${a.transcript.segments.length} segments, language ${a.transcript.language ?? '?'}`);
  if (a.status === 'failed') {
    lines.push(`  ${c.red('error')}: ${a.error_code ?? ''} ${a.error_message ?? ''}`.trimEnd());
    return lines.join('\n');
  }
  const r = a.results;
  const compliance = r?.compliance ?? null;
  const quality = r?.quality ?? null;
  const coaching = r?.coaching ?? null;
  const scores: string[] = [];
  if (compliance && typeof compliance.score === 'number') {
    const st = compliance.status === 'pass' ? c.green(compliance.status) : compliance.status === 'fail' ? c.red(compliance.status) : c.yellow(compliance.status);
    scores.push(`compliance ${c.bold(String(Math.round(compliance.score)))}/100 (${st})`);
  }
  if (quality && typeof quality.score === 'number') scores.push(`quality ${c.bold(String(Math.round(quality.score)))}/100`);
  if (scores.length) lines.push(`  scores: ${scores.join(', ')}`);
  const m = quality?.metrics;
  if (m?.talk_time) {
    lines.push(`  talk time: agent ${m.talk_time.agent_seconds.toFixed(1)} s, customer ${m.talk_time.customer_seconds.toFixed(1)} s (agent ${Math.round(m.talk_time.agent_ratio * 100)}%)`);
  }
  if (m?.silence) lines.push(`  silence: ${m.silence.total_seconds.toFixed(1)} s total, longest ${m.silence.longest_seconds.toFixed(1)} s`);
  const failed = (compliance?.checks ?? []).filter((k) => k.status === 'failed');
  if (failed.length) {
    lines.push(`  ${c.red('failed checks')}:`);
    for (const k of failed) {
      lines.push(`    - [${k.severity}] ${k.title}${k.explanation ? `: ${k.explanation}` : ''}`);
      for (const e of k.evidence.slice(0, 2)) lines.push(c.dim(`        ${clock(e.start)}-${clock(e.end)} ${e.speaker}: "${e.quote}"`));
    }
  }
  const opportunities = (coaching?.opportunities ?? []).slice(0, 3);
  if (coaching?.summary) lines.push(`  summary: ${coaching.summary}`);
  if (opportunities.length) {
    lines.push(`  ${c.cyan('coaching')}:`);
    for (const o of opportunities) {
      lines.push(`    - (${o.priority}) ${o.skill}: ${o.recommendation}`);
      if (o.example_phrase) lines.push(c.dim(`        try: "${o.example_phrase}"`));
    }
  }
  return lines.join('\n');
}
