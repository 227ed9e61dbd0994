/** One satisfiable byte range, inclusive bounds. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Pure: reads an HTTP `Range` header (RFC 9110, one range of unit `bytes`) against a resource of `size` bytes.
 * Returns null when there is no usable Range header (serve the whole resource), 'unsatisfiable' for a 416,
 * or the inclusive range to serve. Multi-range requests are answered with the whole resource (allowed by the RFC).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (header === undefined) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return null;
  const [, a, b] = m as unknown as [string, string, string];
  if (a === '' && b === '') return null;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  if (start >= size) return 'unsatisfiable';
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (end < start) return null;
  return { start, end };
}
