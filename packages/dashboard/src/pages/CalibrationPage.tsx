import { useEffect, useState } from 'preact/hooks';
import { apiGet, qs } from '../api.ts';
import { fmtDateTime, fmtPercent } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { Calibration, List, Review } from '../types.ts';
import { LineChart } from '../components/LineChart.tsx';
import { ErrorNote, Loading } from '../components/ui.tsx';
import { verdictLabel } from '../components/ReviewControl.tsx';

const PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];
const PERIODS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'all', label: 'All time' },
];
const WEEKS = 8;
const pct = (v: number | null | undefined) => (v == null ? '—' : fmtPercent(v));

/** Pure: the [since, until] windows (unix seconds) of the last `weeks` weeks ending at `nowSeconds`, oldest first. */
export function weeklyWindows(nowSeconds: number, weeks: number): Array<{ since: number; until: number; label: string }> {
  const out = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const until = nowSeconds - i * 7 * 86400;
    const since = until - 7 * 86400 + 1;
    out.push({ since, until, label: new Date(until * 1000).toISOString().slice(5, 10) });
  }
  return out;
}

/** Agreement per check, week by week (one calibration request per week). */
function AgreementOverTime({ checkIds }: { checkIds: string[] }) {
  const [weeks, setWeeks] = useState<Array<{ label: string; cal: Calibration }> | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    const windows = weeklyWindows(Math.floor(Date.now() / 1000), WEEKS);
    Promise.all(windows.map(async (w) => ({ label: w.label, cal: await apiGet<Calibration>(`/api/v1/calibration${qs({ since: w.since, until: w.until })}`) })))
      .then((r) => live && setWeeks(r))
      .catch((err) => live && setError(err as Error));
    return () => {
      live = false;
    };
  }, [checkIds.join(',')]);
  if (error) return <ErrorNote error={error} />;
  if (!weeks) return <Loading />;
  const series = checkIds.slice(0, PALETTE.length).map((id, i) => ({
    label: id,
    color: PALETTE[i]!,
    values: weeks.map((w) => w.cal.checks.find((c) => c.check_id === id)?.agreement ?? null),
  }));
  return <LineChart testId="chart-agreement-weekly" title={`Agreement per check, week by week (the last ${WEEKS} weeks, by week end)`} xLabels={weeks.map((w) => w.label)} series={series} yRange={[0, 1]} formatValue={pct} />;
}

export function CalibrationPage() {
  useTitle('Calibration');
  const [period, setPeriod] = useState('30');
  const since = period === 'all' ? undefined : Math.floor(Date.now() / 1000) - Number(period) * 86400;
  const range = qs({ since: since === undefined ? undefined : Math.floor(since / 3600) * 3600 });
  const cal = useResource<Calibration>(`/api/v1/calibration${range}`);
  const dis = useResource<List<Review>>(`/api/v1/reviews/disagreements${range}`);
  const checks = cal.data?.checks ?? [];
  return (
    <main id="main">
      <h1>Calibration</h1>
      <p class="muted">How often the engine agrees with your reviewers: every check and scorecard item a supervisor confirmed or corrected on a call page counts once (its latest review). Precision and recall are of the engine's “failed”.</p>
      <p>
        <label for="cal-period">Reviews made in </label>
        <select id="cal-period" value={period} onChange={(e) => setPeriod((e.target as HTMLSelectElement).value)}>
          {PERIODS.map((p) => (
            <option value={p.value}>{p.label}</option>
          ))}
        </select>
      </p>
      <ErrorNote error={cal.error ?? dis.error} />
      {!cal.data ? (
        <Loading />
      ) : checks.length === 0 ? (
        <p class="empty">No reviews in this period. Open a call and confirm or correct its checks.</p>
      ) : (
        <>
          <div class="table-scroll card" tabIndex={0} role="region" aria-label="Agreement per check (table)">
            <table data-testid="calibration-table">
              <caption class="sr-only">Agreement per check</caption>
              <thead>
                <tr>
                  <th scope="col">Check</th>
                  <th scope="col">Reviewed</th>
                  <th scope="col">Agreed</th>
                  <th scope="col">Agreement</th>
                  <th scope="col" title="The engine said failed, the reviewer did not">Machine-only fails</th>
                  <th scope="col" title="The reviewer said failed, the engine did not">Reviewer-only fails</th>
                  <th scope="col">Precision</th>
                  <th scope="col">Recall</th>
                </tr>
              </thead>
              <tbody>
                {checks.map((c) => (
                  <tr data-check={c.check_id}>
                    <th scope="row">{c.check_id}</th>
                    <td>{c.reviewed}</td>
                    <td>{c.agreed}</td>
                    <td data-testid="agreement">{pct(c.agreement)}</td>
                    <td>{c.machine_failed_human_passed}</td>
                    <td>{c.machine_passed_human_failed}</td>
                    <td>{pct(c.precision)}</td>
                    <td>{pct(c.recall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="calibration-charts">
            <LineChart
              testId="chart-agreement"
              title="Agreement, precision and recall per check"
              xLabels={checks.map((c) => c.check_id)}
              yRange={[0, 1]}
              formatValue={pct}
              series={[
                { label: 'Agreement', color: PALETTE[0]!, values: checks.map((c) => c.agreement) },
                { label: 'Precision', color: PALETTE[1]!, values: checks.map((c) => c.precision) },
                { label: 'Recall', color: PALETTE[2]!, values: checks.map((c) => c.recall) },
              ]}
            />
            <AgreementOverTime checkIds={checks.map((c) => c.check_id)} />
          </div>
        </>
      )}
      <section class="card" aria-labelledby="h-disagreements">
        <h2 id="h-disagreements">Disagreements</h2>
        {!dis.data ? (
          <Loading />
        ) : dis.data.data.length === 0 ? (
          <p class="muted">None: the engine and your reviewers agree on every reviewed item of this period.</p>
        ) : (
          <ul class="disagreements" data-testid="disagreements">
            {dis.data.data.map((r) => (
              <li data-review={r.id}>
                <a href={`/calls/${encodeURIComponent(r.analysis_id)}`}>
                  {r.check_id}: machine {verdictLabel(r.machine_status)}, reviewer {verdictLabel(r.status)}
                </a>{' '}
                <span class="muted">
                  {r.reviewer ? `${r.reviewer}, ` : ''}
                  {fmtDateTime(r.created)}
                </span>
                {r.comment && <p class="review-comment">“{r.comment}”</p>}
              </li>
            ))}
          </ul>
        )}
        {dis.data?.has_more && <p class="muted">Showing the 100 most recent.</p>}
      </section>
    </main>
  );
}
