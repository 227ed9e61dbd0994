import { fmtDateTime, fmtDuration, fmtNumber, fmtPassRate, fmtPercent, fmtScore, type PassCounts } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { AgentStats } from '../types.ts';
import { LineChart } from '../components/LineChart.tsx';
import { ErrorNote, Loading } from '../components/ui.tsx';

const PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

/** Pure: one series per agent over the union of their days (null where an agent had no value that day). */
export function trendSeries(agents: AgentStats[], pick: (p: AgentStats['trend'][number]) => number | null, maxAgents = PALETTE.length) {
  const days = [...new Set(agents.flatMap((a) => a.trend.map((t) => t.day)))].sort();
  const series = agents.slice(0, maxAgents).map((a, i) => {
    const byDay = new Map(a.trend.map((t) => [t.day, pick(t)]));
    return { label: a.agent_id, color: PALETTE[i % PALETTE.length]!, values: days.map((d) => byDay.get(d) ?? null) };
  });
  return { days, series };
}

export function AgentsPage() {
  useTitle('Agents');
  const res = useResource<{ data: AgentStats[]; truncated: boolean; created_gte: number }>('/api/v1/agents');
  const agents = res.data?.data ?? [];
  /** The pass / fail / review split behind the rate (counted by the server with the stats themselves). */
  const countsOf = (a: AgentStats): PassCounts => ({ passed: a.compliance_passed, failed: a.compliance_failed, review: a.compliance_review });
  const quality = trendSeries(agents, (t) => t.avg_quality_score);
  const pass = trendSeries(agents, (t) => t.compliance_pass_rate);
  const volume = trendSeries(agents, (t) => t.calls);
  return (
    <main id="main">
      <h1>Agents</h1>
      <ErrorNote error={res.error} />
      {!res.data ? (
        <Loading />
      ) : agents.length === 0 ? (
        <p class="empty">No calls in the last 90 days.</p>
      ) : (
        <>
          <p class="muted">Since {fmtDateTime(res.data.created_gte)}{res.data.truncated ? ' (the most recent 20 000 calls)' : ''}. Select an agent, a failure count or a failed check to see the calls behind it.</p>
          <div class="table-scroll card">
            <table data-testid="agents-table">
              <caption class="sr-only">Per-agent averages</caption>
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col">Calls</th>
                  <th scope="col">Failed</th>
                  <th scope="col">Avg quality</th>
                  <th scope="col">Compliance pass rate</th>
                  <th scope="col">Avg duration</th>
                  <th scope="col">Customer sentiment</th>
                  <th scope="col">Most failed checks</th>
                </tr>
              </thead>
              <tbody>
                {agents.map((a) => (
                  <tr data-agent={a.agent_id}>
                    <th scope="row">
                      <a href={`/calls?agent_id=${encodeURIComponent(a.agent_id)}`}>{a.agent_id}</a>
                    </th>
                    <td>{a.calls}</td>
                    <td>{a.failed > 0 ? <a href={`/calls?agent_id=${encodeURIComponent(a.agent_id)}&status=failed`}>{a.failed}</a> : 0}</td>
                    <td>{fmtScore(a.avg_quality_score)}</td>
                    <td data-testid="pass-rate">{a.compliance_evaluated ? fmtPassRate(a.compliance_evaluated, a.compliance_pass_rate, countsOf(a)) : '—'}</td>
                    <td>{fmtDuration(a.avg_duration_seconds)}</td>
                    <td>{fmtNumber(a.avg_customer_sentiment)}</td>
                    <td>
                      {a.top_failed_checks.length ? (
                        <ul class="failed-checks">
                          {a.top_failed_checks.map((c) => (
                            <li data-check={c.id}>
                              <a href={`/calls?agent_id=${encodeURIComponent(a.agent_id)}&failed_check=${encodeURIComponent(c.id)}`} title={`Calls of ${a.agent_id} that failed: ${c.title}`}>
                                {c.title}
                              </a>{' '}
                              <span class="muted">({c.count})</span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="charts">
            <LineChart testId="chart-volume" title="Calls per day" xLabels={volume.days} series={volume.series} formatValue={(v) => (v == null ? '—' : String(v))} />
            <LineChart testId="chart-quality" title="Average quality score per day (0-100)" xLabels={quality.days} series={quality.series} yRange={[0, 100]} formatValue={(v) => fmtScore(v)} />
            <LineChart testId="chart-pass" title="Compliance pass rate per day (share of calls that passed; calls that need review count as not passed)" xLabels={pass.days} series={pass.series} yRange={[0, 1]} formatValue={(v) => fmtPercent(v)} />
          </div>
        </>
      )}
    </main>
  );
}
