/**
 * The `operationId` of an API route, derived from its method and path so that every route (new ones included) gets a
 * readable, stable name in the SDK's style without anyone having to remember to write one:
 *
 *   GET /api/v1/analysis -> listAnalyses          POST /api/v1/analysis -> createAnalysis
 *   GET /api/v1/analysis/{id} -> getAnalysis      DELETE /api/v1/webhook_endpoints/{id} -> deleteWebhookEndpoint
 *   GET /api/v1/analysis/{id}/reviews -> listAnalysisReviews    POST …/{id}/reviews -> createAnalysisReview
 *   GET /api/v1/webhooks/secret -> getWebhookSecret             POST /api/v1/webhooks/secret/rotate -> rotateWebhookSecret
 *   GET /api/v1/reviews/export -> exportReviews                 POST /api/v1/policies/{id}/default -> setDefaultPolicy
 *
 * A route may still name itself (`schema.operationId`), which wins. Pure.
 */

/** Path words that name an action on what precedes them rather than a resource. */
const ACTIONS: Readonly<Record<string, string>> = {
  rotate: 'rotate',
  recover: 'recover',
  export: 'export',
  stream: 'stream',
  test: 'test',
  default: 'setDefault',
  resend: 'resend',
  cancel: 'cancel',
  retry: 'retry',
};

/** Nouns whose collection path is not a regular plural (`/analysis` lists analyses). */
const IRREGULAR: Readonly<Record<string, { singular: string; plural: string }>> = {
  analysis: { singular: 'analysis', plural: 'analyses' },
  analyses: { singular: 'analysis', plural: 'analyses' },
  calibration: { singular: 'calibration', plural: 'calibration' },
  metadata: { singular: 'metadata', plural: 'metadata' },
};

const isParam = (segment: string) => segment.startsWith('{') || segment.startsWith(':');

function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular.singular;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** True for a word that names a collection (`deliveries`, `api_keys`, `analysis`). */
function isCollection(word: string): boolean {
  if (word in IRREGULAR) return word === 'analysis' || word === 'analyses';
  return singular(word) !== word;
}

function plural(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular.plural;
  return isCollection(word) ? word : `${word}s`;
}

const pascal = (word: string) =>
  word
    .split(/[_\-.]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

const camel = (verb: string, words: string[]) => verb + words.map(pascal).join('');

export function operationIdFor(method: string, path: string): string {
  const segments = path
    .split('?')[0]!
    .replace(/^\/api\/v\d+\/?/, '/')
    .split('/')
    .filter(Boolean);
  const m = method.toUpperCase();
  const last = segments.at(-1) ?? 'root';
  const statics = segments.filter((s) => !isParam(s));
  const byParam = segments.length > 0 && isParam(last);
  // the words before the last static one name its owner: singular (an analysis's reviews, a webhook's secret)
  const owners = (words: string[]) => words.map((w) => singular(w));

  if (byParam) {
    // one item: /things/{id}
    const thing = statics.at(-1) ?? 'item';
    const verb = m === 'GET' ? 'get' : m === 'DELETE' ? 'delete' : m === 'POST' || m === 'PATCH' || m === 'PUT' ? 'update' : m.toLowerCase();
    return camel(verb, [...owners(statics.slice(0, -1)), singular(thing)]);
  }
  const before = owners(statics.slice(0, -1));
  const action = ACTIONS[last];
  if (action !== undefined && statics.length > 1) {
    // an action on what precedes it: /webhooks/secret/rotate, /reviews/export, /policies/{id}/default
    const target = statics.at(-2)!;
    const ownerWords = owners(statics.slice(0, -2));
    const followsParam = segments.length >= 2 && isParam(segments.at(-2)!);
    const targetWord = followsParam ? singular(target) : isCollection(target) ? plural(target) : target;
    return camel(action, [...ownerWords, targetWord]);
  }
  if (m === 'GET' || m === 'HEAD') {
    return isCollection(last) ? camel('list', [...before, plural(last)]) : camel('get', [...before, last]);
  }
  if (m === 'POST') {
    if (isCollection(last)) return camel('create', [...before, singular(last)]);
    // POST to a verb-like word we do not know: the word is the verb (`/webhooks/recover` style)
    return camel(last.replace(/[_\-.]/g, ''), before.length > 0 ? [plural(statics.at(-2)!)] : []);
  }
  if (m === 'DELETE') return camel('delete', [...before, isCollection(last) ? plural(last) : last]);
  return camel(isCollection(last) ? 'update' : m.toLowerCase(), [...before, singular(last)]);
}
