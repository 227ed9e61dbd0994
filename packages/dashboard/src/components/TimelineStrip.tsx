import type { QualityMetrics, Segment, Span } from '../types.ts';
import { fmtPosition } from '../format.ts';

interface Props {
  duration: number;
  segments: Segment[];
  metrics: QualityMetrics | null;
  position: number;
  onSeek: (seconds: number) => void;
}

/** Pure: spans where both speakers talk at once. */
export function overtalkSpans(segments: Segment[]): Span[] {
  const agent = segments.filter((s) => s.speaker === 'Agent');
  const customer = segments.filter((s) => s.speaker !== 'Agent');
  const out: Span[] = [];
  for (const a of agent) {
    for (const c of customer) {
      const start = Math.max(a.start, c.start);
      const end = Math.min(a.end, c.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

const ROWS = [
  { key: 'agent', label: 'Agent talk', cls: 'tl-agent' },
  { key: 'customer', label: 'Customer talk', cls: 'tl-customer' },
  { key: 'silence', label: 'Silence', cls: 'tl-silence' },
  { key: 'interruptions', label: 'Interruptions', cls: 'tl-interrupt' },
  { key: 'overtalk', label: 'Overtalk', cls: 'tl-overtalk' },
] as const;

/** Talk, silence, interruptions and overtalk along the call; click anywhere to seek there. */
export function TimelineStrip({ duration, segments, metrics, position, onSeek }: Props) {
  if (!(duration > 0)) return null;
  const spans: Record<(typeof ROWS)[number]['key'], Span[]> = {
    agent: segments.filter((s) => s.speaker === 'Agent'),
    customer: segments.filter((s) => s.speaker !== 'Agent'),
    silence: metrics?.silence?.instances ?? [],
    interruptions: [...(metrics?.interruptions?.agent ?? []), ...(metrics?.interruptions?.customer ?? [])],
    overtalk: overtalkSpans(segments),
  };
  const pct = (t: number) => `${Math.min(100, Math.max(0, (t / duration) * 100))}%`;
  const seekFromClick = (e: MouseEvent) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    onSeek(((e.clientX - rect.left) / rect.width) * duration);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') onSeek(Math.min(duration, position + 5));
    else if (e.key === 'ArrowLeft') onSeek(Math.max(0, position - 5));
    else if (e.key === 'Home') onSeek(0);
    else return;
    e.preventDefault();
  };
  return (
    <section class="timeline" aria-label="Call timeline">
      <div class="tl-legend">
        {ROWS.map((r) => (
          <span class="tl-legend-item">
            <span class={`tl-key ${r.cls}`} aria-hidden="true" /> {r.label} ({spans[r.key].length})
          </span>
        ))}
      </div>
      <div
        class="tl-rows"
        role="slider"
        tabIndex={0}
        aria-label="Position in the call (arrow keys move 5 s)"
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={Math.round(position)}
        aria-valuetext={fmtPosition(position)}
        onClick={seekFromClick}
        onKeyDown={onKey}
      >
        {ROWS.map((r) => (
          <div class="tl-row" data-row={r.key} title={r.label}>
            {spans[r.key].map((s) => (
              <span class={`tl-span ${r.cls}`} style={{ left: pct(s.start), width: pct(Math.max(s.end - s.start, duration / 400)) }} />
            ))}
          </div>
        ))}
        <span class="tl-playhead" style={{ left: pct(position) }} aria-hidden="true" />
      </div>
    </section>
  );
}
