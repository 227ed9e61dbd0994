import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './common.ts';

/** Per-agent statistics (GET /api/v1/agents): averages and a daily trend over the account's analyses. */

export const AgentTrendPoint = Type.Object({
  day: Type.String({ description: 'UTC day, YYYY-MM-DD.' }),
  calls: Type.Integer(),
  avg_quality_score: Nullable(Type.Number()),
  compliance_pass_rate: Nullable(Type.Number()),
});

export const AgentStatsObject = Type.Object(
  {
    object: Type.Literal('agent_stats'),
    agent_id: Type.String({ description: 'The agent_id given at submission; "(none)" for analyses without one.' }),
    calls: Type.Integer(),
    completed: Type.Integer(),
    failed: Type.Integer(),
    in_progress: Type.Integer(),
    avg_quality_score: Nullable(Type.Number()),
    compliance_pass_rate: Nullable(Type.Number({ description: 'Share of completed calls with a compliance result whose status is "pass" (0..1).' })),
    compliance_evaluated: Type.Integer(),
    compliance_passed: Type.Integer({ description: 'Of compliance_evaluated: calls whose compliance status is "pass".' }),
    compliance_failed: Type.Integer({ description: 'Of compliance_evaluated: calls whose compliance status is "fail".' }),
    compliance_review: Type.Integer({ description: 'Of compliance_evaluated: calls whose compliance status is "review".' }),
    avg_duration_seconds: Nullable(Type.Number()),
    avg_customer_sentiment: Nullable(Type.Number()),
    top_failed_checks: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), count: Type.Integer() })),
    first_call: Type.Integer({ description: 'Unix seconds.' }),
    last_call: Type.Integer({ description: 'Unix seconds.' }),
    trend: Type.Array(AgentTrendPoint),
  },
  { $id: 'AgentStats' },
);

export const AgentStatsList = Type.Object(
  {
    object: Type.Literal('list'),
    data: Type.Array(Type.Ref('AgentStats')),
    has_more: Type.Boolean(),
    truncated: Type.Boolean({ description: 'True when the period held more analyses than are aggregated at once.' }),
    created_gte: Type.Integer({ description: 'Start of the period (Unix seconds).' }),
  },
  { $id: 'AgentStatsList' },
);

export type AgentStats = Static<typeof AgentStatsObject>;
