import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { apiSend, fetchAudioUrl } from '../api.ts';
import { fmtDateTime, fmtDuration, fmtNumber, fmtPercent, fmtPosition, fmtScore, humanize, truncate, withoutLabel } from '../format.ts';
import { useResource, useTitle } from '../hooks.ts';
import type { Analysis, Delivery, Evidence, List, Segment } from '../types.ts';
import { maskPii } from '../maskPii.ts';
import { LineChart } from '../components/LineChart.tsx';
import { TimelineStrip } from '../components/TimelineStrip.tsx';
import { ErrorNote, Loading, StatusBadge } from '../components/ui.tsx';
import { ReviewControl, scorecardVerdict } from '../components/ReviewControl.tsx';
import { callDuration } from './CallsPage.tsx';
import { DeliveryTable } from './WebhooksPage.tsx';

const asList = (e: Evidence[] | Evidence | null | undefined): Evidence[] => (Array.isArray(e) ? e : e ? [e] : []);

/** Pure: the segment playing at `t` (the last one started at or before it). */
export function segmentAt(segments: Segment[], t: number): number {
  let found = -1;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i]!.start <= t + 0.05) found = i;
    else break;
  }
  return found;
}

function EvidenceLinks({ evidence, onSeek }: { evidence: Evidence[]; onSeek: (t: number, segment?: number | null) => void }) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((e) => (
        <li>
          <button
            type="button"
            class="evidence-quote"
            disabled={e.start == null}
            onClick={() => e.start != null && onSeek(e.start, e.segment)}
          >
            <span class="sr-only">Play from </span>
            <span class="pos">{e.start != null ? fmtPosition(e.start) : '—'}</span> “{truncate(e.quote, 160)}”
          </button>
        </li>
      ))}
    </ul>
  );
}

export function CallDetailPage({ id }: { id: string }) {
  const res = useResource<Analysis>(`/api/v1/analysis/${encodeURIComponent(id)}`, {
    pollMs: (a) => (a.status === 'queued' || a.status === 'processing' ? 1500 : null),
  });
  const a = res.data;
  useTitle(a ? `Call ${a.call.contact_id ?? a.id.slice(0, 8)}` : 'Call');
  const [audioUrl, setAudioUrl] = useState<string | null>(null);
  const [audioState, setAudioState] = useState<'loading' | 'none' | 'ready' | 'error'>('loading');
  const [position, setPosition] = useState(0);
  const audio = useRef<HTMLAudioElement>(null);
  const segList = useRef<HTMLOListElement>(null);

  const finished = a?.status === 'completed' || a?.status === 'failed';
  // Only uploads keep a recording: a transcript-only call (no audio at all) is not asked for one.
  const hasAudio = a ? a.audio != null : false;
  useEffect(() => {
    if (!finished) return;
    if (!hasAudio) {
      setAudioState('none');
      return;
    }
    const ctrl = new AbortController();
    let url: string | null = null;
    fetchAudioUrl(id, ctrl.signal)
      .then((u) => {
        url = u;
        setAudioUrl(u);
        setAudioState(u ? 'ready' : 'none');
      })
      .catch(() => !ctrl.signal.aborted && setAudioState('error'));
    return () => {
      ctrl.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, finished, hasAudio]);

  const segments = a?.transcript?.segments ?? [];
  const current = useMemo(() => segmentAt(segments, position), [segments, position]);
  useEffect(() => {
    const el = segList.current?.querySelector<HTMLElement>(`[data-segment="${current}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const seek = (t: number) => {
    const safe = Math.max(0, t);
    if (audio.current && audioUrl) {
      audio.current.currentTime = safe;
      setPosition(safe);
    } else {
      setPosition(safe);
    }
  };

  if (res.error) return <main id="main"><h1>Call</h1><ErrorNote error={res.error} /></main>;
  if (!a) return <main id="main"><h1>Call</h1><Loading /></main>;

  const results = a.results;
  const compliance = results?.compliance ?? null;
  const quality = results?.quality ?? null;
  const coaching = results?.coaching ?? null;
  const metrics = quality?.metrics ?? null;
  const duration = callDuration(a) ?? 0;
  const sentiment = metrics?.sentiment;
  // Coaching names skills by id; the scorecard (or the compliance checks) give them their titles.
  const titles = new Map<string, string>([...(compliance?.checks ?? []), ...(quality?.scorecard ?? [])].map((x) => [x.id, x.title]));
  const skillTitle = (skill: string) => titles.get(skill) ?? humanize(skill);

  return (
    <main id="main" class="call-detail">
      <p>
        <a href="/calls">← All calls</a>
      </p>
      <h1>
        Call {a.call.contact_id ? `with ${a.call.contact_id}` : a.id}
      </h1>
      <dl class="facts card">
        <div><dt>Status</dt><dd><StatusBadge status={a.status} progress={a.progress} /></dd></div>
        <div><dt>Agent</dt><dd>{a.call.agent_id ? <a href={`/calls?agent_id=${encodeURIComponent(a.call.agent_id)}`}>{a.call.agent_id}</a> : '—'}</dd></div>
        <div><dt>Contact</dt><dd>{a.call.contact_id ?? '—'}</dd></div>
        <div><dt>Date</dt><dd>{fmtDateTime(a.created)}</dd></div>
        <div><dt>Duration</dt><dd>{fmtDuration(duration)}</dd></div>
        <div><dt>Language</dt><dd>{a.transcript?.language ?? '—'}</dd></div>
        <div><dt>Compliance</dt><dd><StatusBadge status={compliance?.status} /> {compliance?.score != null ? fmtScore(compliance.score) : ''}</dd></div>
        <div><dt>Quality</dt><dd data-testid="quality-score">{fmtScore(quality?.score)}</dd></div>
      </dl>
      {a.status === 'failed' && (
        <p class="error" role="alert">
          Analysis failed ({a.error_code ?? 'error'}): {a.error_message}
        </p>
      )}
      {!finished && <p class="muted" aria-live="polite">The analysis is {a.status}; this page updates when it is done.</p>}

      <section class="card player" aria-label="Recording">
        <h2>Recording</h2>
        {audioState === 'ready' && audioUrl ? (
          <audio
            ref={audio}
            src={audioUrl}
            controls
            preload="auto"
            data-testid="audio"
            onTimeUpdate={(e) => setPosition((e.target as HTMLAudioElement).currentTime)}
            onSeeked={(e) => setPosition((e.target as HTMLAudioElement).currentTime)}
          />
        ) : (
          <p class="muted">
            {audioState === 'loading' ? (finished ? 'Loading the recording…' : 'The recording is available when the analysis is done.') : audioState === 'none' ? (hasAudio ? 'No recording is stored for this call (only uploads are kept); the transcript positions still work.' : 'This call was submitted as a transcript: there is no recording; the transcript positions still work.') : 'The recording could not be loaded.'}
          </p>
        )}
        <p class="position">
          Position: <output data-testid="position">{fmtPosition(position)}</output>
          {current >= 0 && segments[current] ? ` · segment ${current + 1} (${segments[current]!.speaker})` : ''}
        </p>
        <TimelineStrip duration={duration} segments={segments} metrics={metrics} position={position} onSeek={seek} />
      </section>

      <div class="detail-grid">
        <section class="card transcript" aria-labelledby="h-transcript">
          <h2 id="h-transcript">Transcript</h2>
          {segments.length === 0 ? (
            <p class="muted">No transcript yet.</p>
          ) : (
            <ol ref={segList} class="segments">
              {segments.map((s, i) => (
                <li data-segment={i} class={`turn ${s.speaker === 'Agent' ? 'turn-agent' : 'turn-customer'} ${i === current ? 'is-current' : ''}`} aria-current={i === current ? 'true' : undefined}>
                  <button type="button" class="seg-button" onClick={() => seek(s.start)}>
                    <span class="speaker">{s.speaker}</span>
                    <span class="pos">{fmtPosition(s.start)}</span>
                    <span class="sr-only"> play from here</span>
                  </button>
                  <p class="seg-text">{compliance?.pii && !compliance.pii.redacted ? maskPii(s, i, compliance.pii.detected ?? []) : s.text}</p>
                </li>
              ))}
            </ol>
          )}
        </section>

        <div class="side">
          <section class="card" aria-labelledby="h-compliance">
            <h2 id="h-compliance">Compliance</h2>
            {!compliance ? (
              <p class="muted">No compliance result for this call.</p>
            ) : (
              <>
                <p>
                  <StatusBadge status={compliance.status} /> score {fmtScore(compliance.score)}
                  {compliance.policy ? ` · policy ${compliance.policy.id} v${compliance.policy.version}` : ''}
                </p>
                <ul class="checks" data-testid="compliance-checks">
                  {(compliance.checks ?? []).map((c) => (
                    <li class={`check check-${c.status}`} data-check={c.id}>
                      <div class="check-head">
                        <StatusBadge status={c.status} />
                        <strong>{c.title}</strong>
                        {c.severity && <span class={`sev sev-${c.severity}`}>{c.severity}</span>}
                      </div>
                      {c.explanation && <p class="muted">{withoutLabel(c.explanation, c.title, c.id)}</p>}
                      <EvidenceLinks evidence={asList(c.evidence)} onSeek={seek} />
                      {a.status === 'completed' && (
                        <ReviewControl analysisId={a.id} checkId={c.id} title={c.title} kind="check" machine={c.status} review={c.review} onSaved={res.reload} />
                      )}
                    </li>
                  ))}
                </ul>
                {compliance.pii && (
                  <p class="muted">
                    PII: {compliance.pii.detected.length === 0 ? 'none detected' : `${compliance.pii.detected.length} item(s) (${[...new Set(compliance.pii.detected.map((p) => p.type))].join(', ')})`}
                    {compliance.pii.detected.length > 0 ? (compliance.pii.redacted ? ', redacted in the transcript' : ', masked here') : ''}
                  </p>
                )}
              </>
            )}
          </section>

          <section class="card" aria-labelledby="h-scorecard">
            <h2 id="h-scorecard">Scorecard</h2>
            {!quality?.scorecard?.length ? (
              <p class="muted">No scorecard for this call.</p>
            ) : (
              <ul class="scorecard">
                {quality.scorecard.map((item) => (
                  <li data-item={item.id}>
                    <div class="score-head">
                      <strong>{item.title}</strong> <span class="muted">weight {item.weight}</span>
                      <span class="score-val">{item.score == null ? '—' : fmtPercent(item.score)}</span>
                    </div>
                    <div class="bar" aria-hidden="true">
                      <span style={{ width: fmtPercent(item.score ?? 0) }} />
                    </div>
                    {item.explanation && <p class="muted">{withoutLabel(item.explanation, item.title, item.id)}</p>}
                    <EvidenceLinks evidence={asList(item.evidence)} onSeek={seek} />
                    {a.status === 'completed' && !(compliance?.checks ?? []).some((c) => c.id === item.id) && (
                      <ReviewControl analysisId={a.id} checkId={item.id} title={item.title} kind="scorecard item" machine={scorecardVerdict(item)} review={item.review} onSaved={res.reload} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <section class="card" aria-labelledby="h-metrics">
        <h2 id="h-metrics">Conversation metrics</h2>
        {!metrics ? (
          <p class="muted">No metrics yet.</p>
        ) : (
          <>
            <dl class="facts">
              <div><dt>Agent talk</dt><dd>{fmtPercent(metrics.talk_time?.agent_ratio)} ({fmtDuration(metrics.talk_time?.agent_seconds)})</dd></div>
              <div><dt>Customer talk</dt><dd>{fmtDuration(metrics.talk_time?.customer_seconds)}</dd></div>
              <div><dt>Silence</dt><dd>{fmtDuration(metrics.silence?.total_seconds)} (longest {fmtNumber(metrics.silence?.longest_seconds, 1)} s)</dd></div>
              <div><dt>Overtalk</dt><dd>{fmtNumber(metrics.overtalk_seconds, 1)} s</dd></div>
              <div><dt>Interruptions</dt><dd>agent {metrics.interruptions?.agent.length ?? 0} · customer {metrics.interruptions?.customer.length ?? 0}</dd></div>
              <div><dt>Words/min</dt><dd>agent {fmtNumber(metrics.words_per_minute?.agent, 0)} · customer {fmtNumber(metrics.words_per_minute?.customer, 0)}</dd></div>
              <div><dt>Customer trend</dt><dd>{sentiment?.customer_trend ?? '—'}</dd></div>
            </dl>
            {sentiment && (sentiment.agent?.by_quarter || sentiment.customer?.by_quarter) && (
              <LineChart
                testId="sentiment-chart"
                title="Sentiment by quarter of the call (-1 negative … 1 positive)"
                xLabels={['Q1', 'Q2', 'Q3', 'Q4']}
                yRange={[-1, 1]}
                series={[
                  { label: 'Agent', color: '#1d4ed8', values: sentiment.agent?.by_quarter ?? [] },
                  { label: 'Customer', color: '#b45309', values: sentiment.customer?.by_quarter ?? [] },
                ]}
              />
            )}
          </>
        )}
      </section>

      <section class="card" aria-labelledby="h-coaching">
        <h2 id="h-coaching">Coaching</h2>
        {!coaching ? (
          <p class="muted">No coaching for this call.</p>
        ) : (
          <>
            {coaching.summary && <p>{coaching.summary}</p>}
            {coaching.focus_area && (
              <p>
                <strong>Focus area:</strong> {skillTitle(coaching.focus_area)}
              </p>
            )}
            <div class="two-col">
              <div>
                <h3>Strengths</h3>
                <ul>
                  {(coaching.strengths ?? []).map((s) => (
                    <li data-skill={s.skill}>
                      <strong>{skillTitle(s.skill)}</strong>: {withoutLabel(s.detail, skillTitle(s.skill), s.skill)}
                      <EvidenceLinks evidence={asList(s.evidence)} onSeek={seek} />
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>Opportunities</h3>
                <ul>
                  {(coaching.opportunities ?? []).map((o) => (
                    <li data-skill={o.skill}>
                      <strong>{skillTitle(o.skill)}</strong> {o.priority && <span class={`prio prio-${o.priority}`}>{o.priority}</span>}: {withoutLabel(o.recommendation, skillTitle(o.skill), o.skill)}
                      {o.example_phrase && <p class="muted">Try: “{o.example_phrase}”</p>}
                      <EvidenceLinks evidence={asList(o.evidence)} onSeek={seek} />
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </>
        )}
      </section>

      {finished && <CallDeliveries id={a.id} />}
    </main>
  );
}

function CallDeliveries({ id }: { id: string }) {
  const res = useResource<List<Delivery>>(`/api/v1/analysis/${encodeURIComponent(id)}/deliveries`, {
    pollMs: (l) => (l.data.some((d) => d.status === 'pending') ? 1500 : null),
  });
  const [error, setError] = useState<Error | null>(null);
  const resend = async () => {
    setError(null);
    try {
      await apiSend('POST', `/api/v1/analysis/${encodeURIComponent(id)}/deliveries`);
      await res.reload();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <section class="card" aria-labelledby="h-deliveries">
      <h2 id="h-deliveries">Webhook deliveries</h2>
      <ErrorNote error={res.error ?? error} />
      {res.data && res.data.data.length === 0 ? <p class="muted">No webhook was sent for this call.</p> : res.data && <DeliveryTable deliveries={res.data.data} onResend={resend} />}
    </section>
  );
}
