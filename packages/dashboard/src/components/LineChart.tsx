import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  values: Array<number | null>;
}

interface Props {
  /** Accessible name of the chart; the same data is also given as a table below it. */
  title: string;
  xLabels: string[];
  series: ChartSeries[];
  yRange?: [number, number];
  height?: number;
  formatValue?: (v: number | null) => string;
  testId?: string;
}

/** A line chart (uPlot, canvas) with its numbers repeated in a small table, for screen readers and for reading exact values. */
export function LineChart({ title, xLabels, series, yRange, height = 220, formatValue = (v) => (v == null ? '—' : v.toFixed(2)), testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = xLabels.map((_, i) => i);
    const plot = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, range: xLabels.length <= 1 ? [-1, 1] : [-0.15, xLabels.length - 1 + 0.15] }, y: yRange ? { range: yRange } : { auto: true } },
        axes: [
          { splits: () => xs, values: (_u, splits) => splits.map((s) => xLabels[s] ?? ''), stroke: '#334155', grid: { stroke: '#e2e8f0' } },
          { stroke: '#334155', grid: { stroke: '#e2e8f0' } },
        ],
        series: [
          { label: 'x', value: (_u, v) => (v == null ? '' : (xLabels[v] ?? '')) },
          ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true, size: 6, fill: s.color }, spanGaps: true, value: (_u: uPlot, v: number | null) => formatValue(v) })),
        ],
      },
      [xs, ...series.map((s) => s.values.map((v) => (v == null ? null : v)))] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [JSON.stringify({ xLabels, series, yRange, height })]);

  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={box} class="chart-canvas" role="img" aria-label={`${title} (values in the table below)`} />
      <div class="table-scroll">
        <table class="chart-data">
          <caption class="sr-only">{title}: data</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              {xLabels.map((x) => (
                <th scope="col">{x}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr data-series={s.label}>
                <th scope="row">
                  <span class="swatch" style={{ background: s.color }} aria-hidden="true" />
                  {s.label}
                </th>
                {s.values.map((v) => (
                  <td>{formatValue(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
