import { scoped } from '@callcov/db';
import type { AgentStats } from '@callcov/core';
import type { Caller, ServiceContext } from './serviceContext.ts';

/** The columns of an analysis that per-agent statistics are computed from. */
export interface AgentStatsRow {
  agent_id: string | null;
  status: 'queued' | 'processing' | 'completed' | 'failed';
  created_at: number;
  audio_json: string | null;
  results_json: string | null;
}

/** The public object (schema in @callcov/core). */
export type { AgentStats } from '@callcov/core';
type AgentTrendPoint = AgentStats['trend'][number];

const UNASSIGNED = '(none)';

const parse = (s: string | null): any => {
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

class Mean {
  sum = 0;
  n = 0;
  add(v: unknown) {
    if (typeof v === 'number' && Number.isFinite(v)) {
      this.sum += v;
      this.n++;
    }
  }
  value(digits = 3): number | null {
    return this.n === 0 ? null : round(this.sum / this.n, digits);
  }
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Pure: per-agent aggregates and daily trends of analyses, agents sorted by number of calls (most first). */
export function aggregateAgentStats(rows: readonly AgentStatsRow[]): AgentStats[] {
  interface Acc {
    calls: number;
    completed: number;
    failed: number;
    /** compliance status counts (pass / fail / review) of the completed calls */
    byStatus: { pass: number; fail: number; review: number };
    quality: Mean;
    pass: Mean;
    duration: Mean;
    sentiment: Mean;
    failedChecks: Map<string, { id: string; title: string; count: number }>;
    first: number;
    last: number;
    days: Map<string, { calls: number; quality: Mean; pass: Mean }>;
  }
  const byAgent = new Map<string, Acc>();
  for (const row of rows) {
    const agent = row.agent_id ?? UNASSIGNED;
    let acc = byAgent.get(agent);
    if (!acc) {
      acc = { calls: 0, completed: 0, failed: 0, byStatus: { pass: 0, fail: 0, review: 0 }, quality: new Mean(), pass: new Mean(), duration: new Mean(), sentiment: new Mean(), failedChecks: new Map(), first: row.created_at, last: row.created_at, days: new Map() };
      byAgent.set(agent, acc);
    }
    acc.calls++;
    acc.first = Math.min(acc.first, row.created_at);
    acc.last = Math.max(acc.last, row.created_at);
    const day = dayOf(row.created_at);
    let d = acc.days.get(day);
    if (!d) {
      d = { calls: 0, quality: new Mean(), pass: new Mean() };
      acc.days.set(day, d);
    }
    d.calls++;
    if (row.status === 'failed') acc.failed++;
    if (row.status !== 'completed') continue;
    acc.completed++;
    acc.duration.add(parse(row.audio_json)?.duration_seconds);
    const results = parse(row.results_json);
    const quality = results?.quality;
    acc.quality.add(quality?.score);
    d.quality.add(quality?.score);
    acc.sentiment.add(quality?.metrics?.sentiment?.customer?.overall);
    const compliance = results?.compliance;
    if (compliance && typeof compliance.status === 'string') {
      const passed = compliance.status === 'pass' ? 1 : 0;
      if (compliance.status === 'pass' || compliance.status === 'fail' || compliance.status === 'review') acc.byStatus[compliance.status as 'pass' | 'fail' | 'review']++;
      acc.pass.add(passed);
      d.pass.add(passed);
      for (const check of Array.isArray(compliance.checks) ? compliance.checks : []) {
        if (check?.status !== 'failed' || typeof check.id !== 'string') continue;
        const f = acc.failedChecks.get(check.id) ?? { id: check.id, title: String(check.title ?? check.id), count: 0 };
        f.count++;
        acc.failedChecks.set(check.id, f);
      }
    }
  }
  const out: AgentStats[] = [];
  for (const [agent, acc] of byAgent) {
    out.push({
      object: 'agent_stats',
      agent_id: agent,
      calls: acc.calls,
      completed: acc.completed,
      failed: acc.failed,
      in_progress: acc.calls - acc.completed - acc.failed,
      avg_quality_score: acc.quality.value(1),
      compliance_pass_rate: acc.pass.value(),
      compliance_evaluated: acc.pass.n,
      compliance_passed: acc.byStatus.pass,
      compliance_failed: acc.byStatus.fail,
      compliance_review: acc.byStatus.review,
      avg_duration_seconds: acc.duration.value(1),
      avg_customer_sentiment: acc.sentiment.value(),
      top_failed_checks: [...acc.failedChecks.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, 5),
      first_call: Math.floor(acc.first / 1000),
      last_call: Math.floor(acc.last / 1000),
      trend: [...acc.days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, v]) => ({ day, calls: v.calls, avg_quality_score: v.quality.value(1), compliance_pass_rate: v.pass.value() })),
    });
  }
  return out.sort((a, b) => b.calls - a.calls || a.agent_id.localeCompare(b.agent_id));
}

export interface AgentStatsQuery {
  /** Unix seconds; default: 90 days before now. */
  created_gte?: number;
  created_lte?: number;
}

/** At most this many analyses (newest first) are aggregated per request. */
export const AGENT_STATS_MAX_ROWS = 20000;

/** Per-agent aggregates and trends of the caller's (non-deleted) analyses in a time window. */
export async function getAgentStats(ctx: ServiceContext, caller: Caller, q: AgentStatsQuery = {}) {
  const now = ctx.now();
  const from = q.created_gte !== undefined ? q.created_gte * 1000 : now - 90 * 24 * 3600 * 1000;
  const rows = await scoped(ctx.database.db, caller)
    .selectFrom('analyses')
    .select(['agent_id', 'status', 'created_at', 'audio_json', 'results_json'])
    .where('deleted_at', 'is', null)
    .where('created_at', '>=', from)
    .$if(q.created_lte !== undefined, (qb) => qb.where('created_at', '<', (q.created_lte! + 1) * 1000))
    .orderBy('created_at', 'desc')
    .limit(AGENT_STATS_MAX_ROWS + 1)
    .execute();
  const truncated = rows.length > AGENT_STATS_MAX_ROWS;
  return { object: 'list' as const, data: aggregateAgentStats(rows.slice(0, AGENT_STATS_MAX_ROWS)), has_more: false, truncated, created_gte: Math.floor(from / 1000) };
}
