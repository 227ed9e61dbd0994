import type { WebhookEndpointFilter, WebhookPayloadMode } from './schemas/webhooks.ts';

/**
 * Per-endpoint webhook bodies and filters (pure, DESIGN.md §1.5b): what an analysis event looks like to an endpoint
 * (`full` | `no_transcript` | `thin`) and whether the endpoint gets it at all (`filter`).
 */

type Json = Record<string, any>;

/** The facts of an analysis an endpoint filter looks at. */
export interface AnalysisFilterFacts {
  complianceStatus: string | null;
  failedChecks: readonly string[];
  agentId: string | null;
  language: string | null;
}

/** Reads the filter facts from the public analysis object (GET's shape). */
export function analysisFilterFacts(analysis: Json): AnalysisFilterFacts {
  const compliance = analysis?.results?.compliance;
  const checks: Json[] = Array.isArray(compliance?.checks) ? compliance.checks : [];
  return {
    complianceStatus: typeof compliance?.status === 'string' ? compliance.status : null,
    failedChecks: checks.filter((c) => c?.status === 'failed' && typeof c.id === 'string').map((c) => c.id as string),
    agentId: analysis?.call?.agent_id ?? null,
    language: analysis?.transcript?.language ?? null,
  };
}

/** True when the analysis matches every field the filter gives (the values of one field are alternatives). */
export function matchesEndpointFilter(filter: WebhookEndpointFilter | null | undefined, facts: AnalysisFilterFacts): boolean {
  if (!filter) return true;
  if (filter.compliance_status && !(facts.complianceStatus !== null && (filter.compliance_status as string[]).includes(facts.complianceStatus))) return false;
  if (filter.failed_check && !filter.failed_check.some((c) => facts.failedChecks.includes(c))) return false;
  if (filter.agent_id && !(facts.agentId !== null && filter.agent_id.includes(facts.agentId))) return false;
  if (filter.language && !(facts.language !== null && filter.language.some((l) => l.toLowerCase() === facts.language!.toLowerCase()))) return false;
  return true;
}

/** A deep copy of `value` where every `evidence` item's `quote` is null. */
function withoutQuotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutQuotes);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    if (k === 'evidence' && Array.isArray(v)) {
      out[k] = v.map((e) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? { ...(withoutQuotes(e) as Json), quote: null } : withoutQuotes(e)));
    } else {
      out[k] = withoutQuotes(v);
    }
  }
  return out;
}

/** The analysis object without what was said: `transcript` null and every evidence `quote` null (keys and order kept). */
export function noTranscriptPayload(analysis: Json): Json {
  return { ...analysis, transcript: analysis.transcript === undefined ? undefined : null, results: withoutQuotes(analysis.results) };
}

/** `{id, object, status, created, completed_at, call, summary, url}`: the event without the body, and where to GET it. */
export function thinPayload(analysis: Json, analysisUrl: string): Json {
  const facts = analysisFilterFacts(analysis);
  const compliance = analysis?.results?.compliance;
  const quality = analysis?.results?.quality;
  return {
    id: analysis.id,
    object: 'analysis',
    status: analysis.status,
    created: analysis.created,
    completed_at: analysis.completed_at ?? null,
    call: analysis.call ?? { agent_id: null, contact_id: null },
    summary: {
      compliance_status: facts.complianceStatus,
      compliance_score: typeof compliance?.score === 'number' ? compliance.score : null,
      quality_score: typeof quality?.score === 'number' ? quality.score : null,
      failed_checks: facts.failedChecks,
    },
    url: analysisUrl,
  };
}

/** The GET URL of an analysis: absolute under `publicUrl` (CALLCOV_PUBLIC_URL) when set, else the path. */
export const analysisGetUrl = (publicUrl: string, id: string): string => `${publicUrl.replace(/\/+$/, '')}/api/v1/analysis/${id}`;

/**
 * The body an endpoint gets for an analysis event. `full` returns `body` itself (the exact bytes GET returns); the
 * other modes re-serialise the parsed object (`parsed` lets callers parse once for several endpoints).
 */
export function shapeWebhookPayload(mode: WebhookPayloadMode, body: string, options: { publicUrl: string; parsed?: Json }): string {
  if (mode === 'full') return body;
  const analysis = options.parsed ?? (JSON.parse(body) as Json);
  if (mode === 'no_transcript') return JSON.stringify(noTranscriptPayload(analysis));
  return JSON.stringify(thinPayload(analysis, analysisGetUrl(options.publicUrl, String(analysis.id))));
}

/** How a secret value is shown when read back: never the value, only its length class and last characters when long. */
export function maskSecretValue(value: string): string {
  return value.length >= 16 ? `****${value.slice(-4)}` : '****';
}
