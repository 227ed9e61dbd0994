import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { apiSend } from '../api.ts';
import { fmtDateTime } from '../format.ts';
import type { ReviewSummary } from '../types.ts';

export type Verdict = 'passed' | 'failed' | 'not_applicable';

// Keys are not people: the supervisor's name is asked once per tab (kept in sessionStorage, like the key) and sent as `reviewer`.
const REVIEWER_KEY = 'callcov.reviewer';
const storedReviewer = (): string => {
  try {
    return sessionStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
};
const storeReviewer = (name: string) => {
  try {
    sessionStorage.setItem(REVIEWER_KEY, name);
  } catch {
    /* memory only */
  }
};
const VERDICTS: Verdict[] = ['passed', 'failed', 'not_applicable'];
export const verdictLabel = (v: string) => (v === 'not_applicable' ? 'not applicable' : v);

/** Pure: a scorecard item's verdict as reviews and calibration read it (its status, else passed only at full score). */
export function scorecardVerdict(item: { status?: string | null; score?: number | null }): Verdict {
  if (item.status === 'passed' || item.status === 'failed' || item.status === 'not_applicable') return item.status;
  return (item.score ?? 0) >= 1 ? 'passed' : 'failed';
}

/**
 * The supervisor's verdict beside the machine's, for one compliance check or scorecard item: "Confirm" records the
 * machine's verdict as right; "Correct…" opens a small form (a radio group and a comment; Escape closes it, focus
 * returns to the button). `onSaved` reloads the analysis.
 */
export function ReviewControl(props: { analysisId: string; checkId: string; title: string; kind: 'check' | 'scorecard item'; machine: Verdict; review: ReviewSummary | null | undefined; onSaved: () => Promise<void> | void }) {
  const { analysisId, checkId, title, machine, review } = props;
  const name = `${props.kind} ${title}`;
  const [open, setOpen] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(review?.status ?? (machine === 'failed' ? 'passed' : 'failed'));
  const [comment, setComment] = useState('');
  const [reviewer, setReviewer] = useState(storedReviewer);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const correctButton = useRef<HTMLButtonElement>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) firstRadio.current?.focus();
  }, [open]);

  const save = async (status: Verdict, text: string) => {
    setBusy(true);
    setError(null);
    try {
      const who = (open ? reviewer : storedReviewer()).trim();
      if (open) storeReviewer(who);
      await apiSend('POST', `/api/v1/analysis/${encodeURIComponent(analysisId)}/reviews`, { check_id: checkId, status, ...(text.trim() ? { comment: text.trim() } : {}), ...(who ? { reviewer: who } : {}) });
      setOpen(false);
      setComment('');
      setSaved(`Review saved: ${name} ${verdictLabel(status)}.`);
      await props.onSaved();
      correctButton.current?.focus();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const agrees = review ? review.status === machine : null;
  return (
    <div class="review" data-review-for={checkId}>
      <p class="review-verdicts">
        <span>
          Machine: <strong data-testid="machine-verdict">{verdictLabel(machine)}</strong>
        </span>
        <span>
          Reviewer:{' '}
          {review ? (
            <strong data-testid="review-verdict" class={agrees ? 'review-agrees' : 'review-corrects'}>
              {verdictLabel(review.status)}
              {agrees ? ' (confirmed)' : ' (corrected)'}
            </strong>
          ) : (
            <span class="muted" data-testid="review-verdict">not reviewed</span>
          )}
        </span>
        {review && (
          <span class="muted">
            {review.reviewer ? `${review.reviewer}, ` : ''}
            {fmtDateTime(review.created)}
          </span>
        )}
      </p>
      {review?.comment && <p class="review-comment">“{review.comment}”</p>}
      <div class="review-actions">
        <button type="button" class="btn btn-small" disabled={busy} onClick={() => void save(machine, '')} aria-label={`Confirm ${name}: ${verdictLabel(machine)}`}>
          Confirm
        </button>
        <button
          type="button"
          ref={correctButton}
          class="btn btn-small"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          aria-label={`Correct ${name}`}
          onClick={() => setOpen(!open)}
        >
          Correct…
        </button>
      </div>
      <span class="sr-only" role="status">{saved}</span>
      {open && (
        <form
          id={`${id}-form`}
          class="review-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(verdict, comment);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setOpen(false);
              correctButton.current?.focus();
            }
          }}
        >
          <fieldset>
            <legend>Your verdict for {name}</legend>
            {VERDICTS.map((v, i) => (
              <label class="check-label">
                <input ref={i === 0 ? firstRadio : undefined} type="radio" name={`${id}-verdict`} value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                {verdictLabel(v)}
              </label>
            ))}
          </fieldset>
          <label for={`${id}-comment`}>Comment</label>
          <textarea id={`${id}-comment`} rows={2} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
          <label for={`${id}-reviewer`}>Your name (shown as the reviewer)</label>
          <input id={`${id}-reviewer`} type="text" autoComplete="name" value={reviewer} onInput={(e) => setReviewer((e.target as HTMLInputElement).value)} />
          <div class="actions">
            <button type="submit" class="btn btn-primary btn-small" disabled={busy}>
              Save review
            </button>
            <button
              type="button"
              class="btn btn-small"
              onClick={() => {
                setOpen(false);
                correctButton.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
