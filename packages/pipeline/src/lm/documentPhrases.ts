/**
 * The phrases a compliance policy or scorecard document mentions in one language: every `phrases.<lang>` list and
 * every `example_phrase.<lang>`, wherever they sit in the document (rules, scorecard items, coaching). Used as
 * language-model text and as per-call recogniser hints. Pure; knows nothing of the document schema beyond those keys.
 */
export function documentPhrases(doc: unknown, language: string): string[] {
  const out: string[] = [];
  const visit = (node: unknown, key: string | null): void => {
    if (Array.isArray(node)) { for (const x of node) visit(x, key); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if ((k === 'phrases' || k === 'example_phrase' || k === 'keyphrases') && v && typeof v === 'object' && !Array.isArray(v)) {
        const forLang = (v as Record<string, unknown>)[language];
        for (const s of Array.isArray(forLang) ? forLang : [forLang]) if (typeof s === 'string' && s.trim()) out.push(s.trim());
      } else visit(v, k);
    }
  };
  visit(doc, null);
  return [...new Set(out)];
}

/** Company, brand and product names a call's metadata names (keys like company_name, brand, product_names). Pure. */
export function metadataNames(metadata: Record<string, unknown> | null | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(metadata ?? {})) {
    if (!/company|brand|business|product|organi[sz]ation|agency|creditor|client_name|bank/i.test(k)) continue;
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s.trim() && s.length <= 80) out.push(s.trim());
  }
  return [...new Set(out)];
}
