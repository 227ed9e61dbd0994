/**
 * Parses a saved HTTP request (`request.http`: optional request line, headers, blank line, raw body), as copied from
 * a log, the echo service or `nc -l`. The body is kept byte for byte (CRLF or LF header endings both work).
 */
export function parseHttpRequestText(raw: Uint8Array): { headers: Record<string, string>; body: Uint8Array } {
  const text = new TextDecoder('latin1').decode(raw);
  const m = /\r?\n\r?\n/.exec(text);
  const headEnd = m ? m.index : text.length;
  const bodyStart = m ? m.index + m[0].length : text.length;
  const headers: Record<string, string> = {};
  for (const line of text.slice(0, headEnd).split(/\r?\n/)) {
    if (/^[A-Z]+ \S+ HTTP\/\d/.test(line) || line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.subarray(bodyStart) };
}
