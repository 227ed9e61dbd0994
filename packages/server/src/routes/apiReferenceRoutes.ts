import type { FastifyInstance, FastifyRequest } from 'fastify';
import { setViewSecurityHeaders } from './viewSecurityHeaders.ts';

type Json = Record<string, any>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `text` with `code` spans and blank-line paragraphs: what the document's descriptions use. */
const prose = (text: unknown): string =>
  String(text ?? '')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
    .join('');

const anchor = (s: string): string => s.replace(/[^A-Za-z0-9_-]+/g, '-');
const refName = (ref: string): string => ref.split('/').pop()!;

/** A one-line type: `string`, `Analysis` (a link), `array of WebhookEndpoint`, `"pass" | "fail"`, `integer | null`. */
function typeOf(schema: Json | undefined, depth = 0): string {
  if (!schema || typeof schema !== 'object') return 'any';
  if (schema.$ref) return `<a href="#schema-${anchor(refName(schema.$ref))}">${esc(refName(schema.$ref))}</a>`;
  if ('const' in schema) return `<code>${esc(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum)) return schema.enum.map((v: unknown) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ');
  for (const k of ['anyOf', 'oneOf'] as const) if (Array.isArray(schema[k])) return schema[k].map((s: Json) => typeOf(s, depth)).join(' | ');
  if (Array.isArray(schema.allOf)) return schema.allOf.map((s: Json) => typeOf(s, depth)).join(' &amp; ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((t: string) => (t === 'array' ? `array of ${typeOf(schema.items, depth)}` : t === 'string' && schema.format ? `string (${esc(schema.format)})` : esc(t)))
      .join(' | ') || (schema.properties ? 'object' : 'any')
  );
}

/** An object's fields as a table (nested objects one level down, folded). */
function fields(schema: Json | undefined, depth = 0): string {
  const props = schema?.properties as Record<string, Json> | undefined;
  if (!props || Object.keys(props).length === 0) return '';
  const required = new Set<string>(schema?.required ?? []);
  const rows = Object.entries(props).map(([name, s]) => {
    const nested = depth < 2 ? fields(s.type === 'array' ? s.items : s, depth + 1) : '';
    return `<tr><td><code>${esc(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</td><td>${typeOf(s)}</td><td>${prose(s.description)}${
      nested ? `<details><summary>fields</summary>${nested}</details>` : ''
    }</td></tr>`;
  });
  return `<table class="fields"><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function content(c: Json | undefined): string {
  if (!c) return '';
  return Object.entries(c as Record<string, Json>)
    .map(([type, media]) => `<p class="media"><code>${esc(type)}</code>: ${typeOf(media.schema)}</p>${media.schema?.$ref ? '' : fields(media.schema)}`)
    .join('');
}

function operation(method: string, path: string, op: Json, kind: 'op' | 'webhook'): string {
  const id = op.operationId ? String(op.operationId) : `${method}-${path}`;
  const params = (op.parameters ?? []) as Json[];
  const paramTable = params.length
    ? `<h4>Parameters</h4><table class="fields"><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${params
        .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${esc(p.in)}</td><td>${typeOf(p.schema)}</td><td>${prose(p.description ?? p.schema?.description)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const body = op.requestBody ? `<h4>Request body${op.requestBody.required ? ' (required)' : ''}</h4>${prose(op.requestBody.description)}${content(op.requestBody.content)}` : '';
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(([status, r]) => `<li><strong>${esc(status)}</strong> ${esc(r.description ?? '')}${content(r.content)}</li>`)
    .join('');
  return `<section class="op" id="${kind}-${anchor(id)}" data-operation-id="${esc(op.operationId ?? '')}">
<h3><span class="method method-${esc(method)}">${esc(method.toUpperCase())}</span> <code class="path">${esc(path)}</code></h3>
<p class="opid">${op.operationId ? `<code>${esc(op.operationId)}</code> · ` : ''}${esc(op.summary ?? '')}</p>
${prose(op.description)}${paramTable}${body}${responses ? `<h4>Responses</h4><ul class="responses">${responses}</ul>` : ''}
</section>`;
}

const STYLE = `
:root{--text:#0f172a;--muted:#475569;--border:#e2e8f0;--primary:#1d4ed8}
*{box-sizing:border-box}html{background:#f8fafc}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text)}
.topbar{background:#0f172a;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:baseline}.topbar a{color:#fff;font-weight:700;text-decoration:none}
.wrap{display:grid;grid-template-columns:17rem minmax(0,1fr);gap:1.5rem;max-width:1300px;margin:0 auto;padding:1rem}
nav.toc{position:sticky;top:.5rem;align-self:start;max-height:calc(100vh - 1rem);overflow:auto;font-size:.9rem}
nav.toc ul{list-style:none;margin:0 0 .75rem;padding:0}nav.toc li{margin:.1rem 0;overflow-wrap:anywhere}nav.toc h2{font-size:.8rem;text-transform:uppercase;color:var(--muted);margin:.75rem 0 .25rem}
a{color:var(--primary)}code{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}
.op,.schema{background:#fff;border:1px solid var(--border);border-radius:10px;padding:.75rem 1rem;margin:0 0 1rem}
.op h3{margin:.2rem 0;font-size:1.05rem}.opid{color:var(--muted);margin:.2rem 0}
.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:6px;padding:0 .4rem;font-size:.8rem;color:#fff;background:#475569}
.method-get{background:#1d4ed8}.method-post{background:#047857}.method-delete{background:#b91c1c}.method-patch,.method-put{background:#b45309}
table.fields{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0}table.fields th,table.fields td{text-align:left;vertical-align:top;border-bottom:1px solid var(--border);padding:.3rem .4rem}
table.fields td p{margin:0 0 .3rem}.req{color:#b91c1c;font-size:.75rem}.responses{padding-left:1.2rem}.media{margin:.2rem 0}
h4{margin:.6rem 0 .2rem;font-size:.9rem}details summary{cursor:pointer;color:var(--muted)}
@media (max-width:820px){.wrap{grid-template-columns:minmax(0,1fr);padding:.5rem}nav.toc{position:static;max-height:none}table.fields{display:block;overflow-x:auto}}
`;

/** The OpenAPI document as one self-contained HTML page (no script, no request elsewhere): operations by tag, webhooks, schemas. */
export function renderApiReferenceHtml(doc: Json, nonce: string): string {
  const byTag = new Map<string, Array<{ method: string; path: string; op: Json }>>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = String(op.tags?.[0] ?? 'other');
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method, path, op });
    }
  }
  const webhooks = Object.entries((doc.webhooks ?? {}) as Record<string, Json>).flatMap(([name, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ name, method: m, op: item[m] as Json })),
  );
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Json>);
  const opLabel = (op: Json, fallback: string) => esc(op.operationId ?? fallback);
  const toc = [
    ...[...byTag].map(
      ([tag, ops]) =>
        `<h2>${esc(tag)}</h2><ul>${ops.map(({ method, path, op }) => `<li><a href="#op-${anchor(String(op.operationId ?? `${method}-${path}`))}">${opLabel(op, `${method.toUpperCase()} ${path}`)}</a></li>`).join('')}</ul>`,
    ),
    webhooks.length ? `<h2>Webhooks</h2><ul>${webhooks.map((w) => `<li><a href="#webhook-${anchor(String(w.op.operationId ?? `${w.method}-${w.name}`))}">${esc(w.name)}</a></li>`).join('')}</ul>` : '',
    schemas.length ? `<h2>Schemas</h2><ul>${schemas.map(([name]) => `<li><a href="#schema-${anchor(name)}">${esc(name)}</a></li>`).join('')}</ul>` : '',
  ].join('');
  const servers = ((doc.servers ?? []) as Json[]).map((s) => `<code>${esc(s.url)}</code>${s.description ? ` (${esc(s.description)})` : ''}`).join(', ');
  const security = Object.entries((doc.components?.securitySchemes ?? {}) as Record<string, Json>)
    .map(([name, s]) => `<li><code>${esc(name)}</code>: ${s.type === 'apiKey' ? `header <code>${esc(s.name)}</code>` : `${esc(s.type)} ${esc(s.scheme ?? '')}`}</li>`)
    .join('');
  const title = `${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}`.trim();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · API reference</title><style nonce="${nonce}">${STYLE}</style></head><body>
<header class="topbar"><a href="/">CallCov</a><span>API reference</span></header>
<div class="wrap"><nav class="toc" aria-label="Operations">${toc}</nav><main id="main">
<h1>${esc(title)}</h1>${prose(doc.info?.description)}
<p>OpenAPI ${esc(doc.openapi ?? '')} document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>${servers ? ` · server ${servers}` : ''}</p>
${security ? `<p>Authentication (any one):</p><ul>${security}</ul>` : ''}
${[...byTag].map(([tag, ops]) => `<h2 id="tag-${anchor(tag)}">${esc(tag)}</h2>${ops.map(({ method, path, op }) => operation(method, path, op, 'op')).join('')}`).join('')}
${webhooks.length ? `<h2 id="webhooks">Webhooks</h2><p>Requests CallCov sends to your endpoints.</p>${webhooks.map((w) => operation(w.method, w.name, w.op, 'webhook')).join('')}` : ''}
${schemas.length ? `<h2 id="schemas">Schemas</h2>${schemas.map(([name, s]) => `<section class="schema" id="schema-${anchor(name)}"><h3>${esc(name)}</h3>${prose(s.description)}<p>${typeOf(s)}</p>${fields(s)}</section>`).join('')}` : ''}
</main></div></body></html>`;
}

/**
 * GET /docs: the API reference rendered on the server from the OpenAPI document it serves at /api/v1/openapi.json
 * (static HTML, no script, nothing fetched from elsewhere), with the echo view's strict headers.
 */
export function makeApiReferenceRoutes(documentFor: (request: FastifyRequest) => Json) {
  return function apiReferenceRoutes(app: FastifyInstance): void {
    const page = async (request: FastifyRequest, reply: any) => {
      const nonce = setViewSecurityHeaders(reply, true);
      return reply.type('text/html; charset=utf-8').send(renderApiReferenceHtml(documentFor(request), nonce));
    };
    app.get('/docs', { schema: { hide: true } }, page);
  };
}
