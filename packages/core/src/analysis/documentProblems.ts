// Semantic checks on policy / scorecard documents beyond their JSON schema
// (for the API that stores custom documents): unique ids, known events, phrases where needed.
import { CHECK_DETECTORS } from './checks/registry.ts';
import { Value } from '@sinclair/typebox/value';
import { PolicyDocumentSchema, ScorecardDocumentSchema } from './schemas.ts';
import type { PolicyDocument, ScorecardDocument } from './schemas.ts';

export interface DocumentProblem {
  /** JSON pointer-like path, e.g. "/rules/2/phrases" */
  path: string;
  message: string;
}

function schemaProblems(schema: typeof PolicyDocumentSchema | typeof ScorecardDocumentSchema, doc: unknown): DocumentProblem[] {
  return [...Value.Errors(schema, doc)].slice(0, 20).map((e) => ({ path: e.path || '/', message: e.message }));
}

export function policyDocumentProblems(doc: unknown): DocumentProblem[] {
  const problems = schemaProblems(PolicyDocumentSchema, doc);
  if (problems.length) return problems;
  const p = doc as PolicyDocument;
  const events = new Set((p.events ?? []).map((e) => e.id));
  const seen = new Set<string>();
  p.rules.forEach((r, i) => {
    if (seen.has(r.id)) problems.push({ path: `/rules/${i}/id`, message: `duplicate rule id "${r.id}"` });
    seen.add(r.id);
    if (r.kind !== 'detector') {
      const groups = [...(r.phrases?.en ?? []), ...(r.phrases?.es ?? [])];
      if (groups.length === 0) problems.push({ path: `/rules/${i}/phrases`, message: `${r.kind} needs phrases in at least one language` });
    } else if (!r.detector) problems.push({ path: `/rules/${i}/detector`, message: 'a detector rule needs "detector"' });
    const ev = r.window?.before_event;
    if (ev && !events.has(ev)) problems.push({ path: `/rules/${i}/window/before_event`, message: `unknown event "${ev}"` });
  });
  return problems;
}

export function scorecardDocumentProblems(doc: unknown): DocumentProblem[] {
  const problems = schemaProblems(ScorecardDocumentSchema, doc);
  if (problems.length) return problems;
  const s = doc as ScorecardDocument;
  const seen = new Set<string>();
  s.items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: `/items/${i}/id`, message: `duplicate item id "${item.id}"` });
    seen.add(item.id);
    if (item.kind === 'hold_etiquette' && (item.phrases.en?.length ?? 2) < 2 && (item.phrases.es?.length ?? 2) < 2) {
      problems.push({ path: `/items/${i}/phrases`, message: 'hold_etiquette needs two groups: ask before, thank after' });
    }
    if (item.kind === 'detector' && !(typeof item.params?.detector === 'string' && item.params.detector in CHECK_DETECTORS)) {
      problems.push({ path: `/items/${i}/params/detector`, message: `a detector item needs params.detector, one of: ${Object.keys(CHECK_DETECTORS).join(', ')}` });
    }
  });
  if (s.items.reduce((a, i) => a + i.weight, 0) <= 0) problems.push({ path: '/items', message: 'weights must sum to more than 0' });
  return problems;
}
