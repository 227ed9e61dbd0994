import type { Policy } from '@callcov/sdk';

export interface CheckOption {
  id: string;
  title: string;
}

/** A document's title, in English when localised. */
export const documentText = (t: string | { en: string } | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : t.en);

/**
 * Pure: the compliance checks the policies define (for the Calls list's "failed check" filter), each id once (the
 * account's default policy first), sorted by title; `current` (a check id from the URL) is kept even if no policy has it.
 */
export function policyChecks(policies: Policy[], current = ''): CheckOption[] {
  const byId = new Map<string, CheckOption>();
  const ordered = [...policies].sort((a, b) => Number(b.default) - Number(a.default));
  for (const p of ordered) for (const r of p.document.rules ?? []) if (!byId.has(r.id)) byId.set(r.id, { id: r.id, title: documentText(r.title) || r.id });
  if (current && !byId.has(current)) byId.set(current, { id: current, title: current });
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
