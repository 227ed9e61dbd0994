import type { JSX } from 'preact';
import { jsonTokens } from '../jsonTokens.ts';

/** A read-only, scrollable, keyboard-focusable JSON block with coloured keys and values. */
export function JsonView({ value, label, testId }: { value: unknown; label: string; testId?: string }): JSX.Element {
  return (
    <pre class="json" tabIndex={0} role="region" aria-label={label} data-testid={testId}>
      {jsonTokens(value).map((t) => (t.kind === 'plain' ? t.text : <span class={`j-${t.kind}`}>{t.text}</span>))}
    </pre>
  );
}
