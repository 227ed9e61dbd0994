// Coaching: strengths and prioritised opportunities from compliance checks and
// scorecard items, each with a recommendation and example in the call's language and evidence.
import type { CoachingResult, Evidence, PolicyDocument, QualityResult, ScorecardDocument } from './schemas.ts';
import type { EvaluatedCheck } from './evaluatePolicy.ts';
import type { PreparedTranscript } from './prepareTranscript.ts';
import { evidenceFor } from './prepareTranscript.ts';
import type { CallSummary } from './summariseCall.ts';

type Priority = 'high' | 'medium' | 'low';
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
/** scorecard items at or above this score are strengths, below it opportunities */
const STRONG = 0.8;

interface Candidate {
  skill: string;
  priority: Priority;
  impact: number;
  recommendation: string;
  example_phrase: string;
  evidence: Evidence[];
}

export function buildCoaching(
  pt: PreparedTranscript,
  checks: EvaluatedCheck[],
  policy: PolicyDocument,
  quality: QualityResult,
  scorecard: ScorecardDocument,
  summary: CallSummary,
): CoachingResult {
  const lang = pt.language;
  const fallbackEvidence = (): Evidence[] => {
    const i = pt.segments.findIndex((s) => s.speaker === 'Agent');
    return i >= 0 ? [evidenceFor(pt, i)] : pt.segments.length ? [evidenceFor(pt, 0)] : [];
  };
  const candidates: Candidate[] = [];
  for (const c of checks) {
    if (c.status !== 'failed') continue;
    const rule = policy.rules.find((r) => r.id === c.id);
    const hint = rule?.coaching;
    const priority: Priority = c.severity === 'critical' || c.autoFail ? 'high' : c.severity === 'major' ? 'medium' : 'low';
    candidates.push({
      skill: hint?.skill ?? c.id,
      priority,
      impact: 100 + (c.severity === 'critical' ? 30 : c.severity === 'major' ? 20 : 10),
      recommendation: hint?.recommendation[lang] ?? c.explanation,
      example_phrase: hint?.example_phrase[lang] ?? '',
      evidence: c.evidence.length ? c.evidence : fallbackEvidence(),
    });
  }
  for (const item of quality.scorecard) {
    if (item.score >= STRONG) continue;
    const def = scorecard.items.find((i) => i.id === item.id);
    if (!def) continue;
    const priority: Priority = item.score < 0.5 ? (item.weight >= 15 ? 'high' : 'medium') : 'low';
    candidates.push({
      skill: def.coaching.skill ?? item.id,
      priority,
      impact: item.weight * (1 - item.score),
      recommendation: def.coaching.recommendation[lang],
      example_phrase: def.coaching.example_phrase[lang],
      evidence: item.evidence.length ? item.evidence : fallbackEvidence(),
    });
  }
  // one opportunity per skill: keep the most urgent
  candidates.sort((a, b) => RANK[a.priority] - RANK[b.priority] || b.impact - a.impact || a.skill.localeCompare(b.skill));
  const seen = new Set<string>();
  const opportunities = candidates
    .filter((c) => (seen.has(c.skill) ? false : (seen.add(c.skill), true)))
    .map(({ impact: _i, ...c }) => c);

  const strengths = quality.scorecard
    .filter((i) => i.score >= STRONG && i.evidence.length > 0 && !seen.has(i.id))
    .sort((a, b) => b.weight * b.score - a.weight * a.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((i) => ({ skill: i.id, detail: `${i.title}: ${i.explanation}`, evidence: i.evidence }));

  return { summary: summary.text, strengths, opportunities, focus_area: opportunities[0]?.skill ?? null };
}
