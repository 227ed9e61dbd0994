// Optional LLM refinement of the summary and coaching text (pure parts only: the
// pipeline does the HTTP call to an OpenAI-compatible /v1/chat/completions endpoint).
// Compliance verdicts, priorities, skills and evidence never change: only wording.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { AnalyseCallOutput, CoachingResult } from './schemas.ts';
import { detectPii, redactTexts } from './detectPii.ts';

export const LlmCoachingRefinementSchema = Type.Object(
  {
    summary: Type.String({ minLength: 1, maxLength: 1200 }),
    opportunities: Type.Array(
      Type.Object(
        { skill: Type.String(), recommendation: Type.String({ minLength: 1, maxLength: 600 }), example_phrase: Type.String({ maxLength: 400 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type LlmCoachingRefinement = Static<typeof LlmCoachingRefinementSchema>;

const MAX_TRANSCRIPT_CHARS = 24_000;

/** Body for POST {CALLCOV_LLM_URL}/v1/chat/completions with a JSON-schema response format. The transcript is always sent PII-redacted. */
export function buildLlmEnrichmentRequest(output: AnalyseCallOutput, options: { model: string; temperature?: number }): Record<string, unknown> {
  const lang = output.language === 'es' ? 'Spanish' : 'English';
  const { coaching, compliance } = output.results;
  const redacted = redactTexts(output.segments, detectPii(output.segments, output.language));
  let transcript = output.segments.map((s, i) => `${s.speaker}: ${redacted[i]}`).join('\n');
  if (transcript.length > MAX_TRANSCRIPT_CHARS) transcript = `${transcript.slice(0, MAX_TRANSCRIPT_CHARS)}\n[…]`;
  const facts = {
    summary: coaching.summary,
    compliance_failed: compliance.checks.filter((c) => c.status === 'failed').map((c) => ({ id: c.id, explanation: c.explanation })),
    opportunities: coaching.opportunities.map((o) => ({ skill: o.skill, priority: o.priority, recommendation: o.recommendation, example_phrase: o.example_phrase })),
  };
  return {
    model: options.model,
    temperature: options.temperature ?? 0,
    messages: [
      {
        role: 'system',
        content: `You are a contact-centre QA coach. Rewrite the call summary (who called, why, outcome; at most 3 sentences) and make each coaching recommendation concrete for this call. Write in ${lang}. Keep the same skills in the same order; do not add or remove any; do not judge compliance. Never include card numbers, IDs or other personal data.`,
      },
      { role: 'user', content: `Transcript:\n${transcript}\n\nEngine findings (JSON):\n${JSON.stringify(facts)}` },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'coaching_refinement', strict: true, schema: LlmCoachingRefinementSchema } },
  };
}

/** Merges a model answer into coaching; returns the original coaching unchanged when the answer is invalid. */
export function applyLlmEnrichment(coaching: CoachingResult, answer: unknown): { coaching: CoachingResult; applied: boolean } {
  let parsed: unknown = answer;
  if (typeof answer === 'string') {
    try {
      parsed = JSON.parse(answer);
    } catch {
      return { coaching, applied: false };
    }
  }
  if (!Value.Check(LlmCoachingRefinementSchema, parsed)) return { coaching, applied: false };
  const bySkill = new Map(parsed.opportunities.map((o) => [o.skill, o]));
  return {
    applied: true,
    coaching: {
      ...coaching,
      summary: parsed.summary.trim(),
      opportunities: coaching.opportunities.map((o) => {
        const r = bySkill.get(o.skill);
        return r ? { ...o, recommendation: r.recommendation.trim(), example_phrase: r.example_phrase.trim() || o.example_phrase } : o;
      }),
    },
  };
}
