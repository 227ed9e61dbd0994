// Pure: hides detected PII in transcript text for display. The engine reports PII by segment and time span; when it
// has not redacted the transcript itself, the dashboard masks what it can find in the flagged segments.

export interface PiiHit {
  type: string;
  segment: number;
  start: number;
  end: number;
}

export interface MaskableSegment {
  text: string;
  start: number;
  end: number;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Digit runs of 4+ digits, allowing spaces, dots and dashes inside (card, phone, account, id numbers). */
const DIGITS = /\+?\d(?:[\d .-]{2,}\d)/g;
const label = (type: string) => `[${type.toUpperCase()}]`;

/** Text of segment `index` with its PII masked (unchanged when nothing was detected in it). */
export function maskPii(segment: MaskableSegment, index: number, hits: readonly PiiHit[]): string {
  const mine = hits.filter((h) => h.segment === index);
  if (mine.length === 0) return segment.text;
  const type = mine.length === 1 ? mine[0]!.type : 'pii';
  let masked = segment.text
    .replace(EMAIL, () => label(mine.find((h) => h.type === 'email')?.type ?? type))
    .replace(DIGITS, (m) => ((m.match(/\d/g)?.length ?? 0) >= 4 ? label(mine.find((h) => h.type !== 'email')?.type ?? type) : m));
  if (masked !== segment.text) return masked;
  // Nothing recognisable (e.g. spoken numbers): hide the words the detections' time spans cover.
  const words = segment.text.split(/(\s+)/);
  const span = Math.max(1e-6, segment.end - segment.start);
  const total = segment.text.length || 1;
  let offset = 0;
  masked = words
    .map((w) => {
      const from = offset;
      offset += w.length;
      if (/^\s*$/.test(w)) return w;
      const t0 = segment.start + (from / total) * span;
      const t1 = segment.start + (offset / total) * span;
      const hit = mine.find((h) => h.start < t1 && t0 < h.end);
      return hit ? label(hit.type) : w;
    })
    .join('')
    .replace(/(\[[A-Z_]+\])(\s+\1)+/g, '$1');
  return masked;
}
