// Pure: colouring tokens for the JSON viewer.

export type JsonTokenKind = 'plain' | 'key' | 'str' | 'num' | 'lit';

const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

/** Pretty-printed JSON split into plain text and typed tokens (key, string, number, literal) for colouring. */
export function jsonTokens(value: unknown): Array<{ text: string; kind: JsonTokenKind }> {
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  const out: Array<{ text: string; kind: JsonTokenKind }> = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), kind: 'plain' });
    if (m[1] !== undefined && m[2] !== undefined) {
      out.push({ text: m[1], kind: 'key' }, { text: m[2], kind: 'plain' });
    } else if (m[1] !== undefined) out.push({ text: m[1], kind: 'str' });
    else if (m[3] !== undefined) out.push({ text: m[3], kind: 'num' });
    else out.push({ text: m[4]!, kind: 'lit' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), kind: 'plain' });
  return out;
}
