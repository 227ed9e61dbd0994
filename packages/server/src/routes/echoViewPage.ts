/**
 * The /view/{id} page: lists the requests received at /echo/{id}, newest first, refreshed every second, with whether
 * each signature verifies. Self-contained (inline CSS and script, no external assets) in the dashboard's look: the
 * same colours, type and components as packages/dashboard/src/styles.css. The inline style and script carry `nonce`, the
 * only ones the page's Content-Security-Policy lets run.
 */
export function echoViewPage(echoId: string, nonce: string): string {
  const id = JSON.stringify(echoId).replace(/</g, '\\u003c');
  const title = echoId.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Webhook echo · ${title} · CallCov</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%231d4ed8'/%3E%3Cpath d='M4 8h2l1-3 2 6 1-3h2' stroke='white' fill='none' stroke-width='1.5'/%3E%3C/svg%3E">
<style nonce="${nonce}">
.lead{margin:0 0 .4rem}.note{margin:.6rem 0 0}
:root{--bg:#f8fafc;--card:#fff;--text:#0f172a;--muted:#475569;--border:#cbd5e1;--primary:#1d4ed8;--ok:#166534;--ok-bg:#dcfce7;--ko:#991b1b;--ko-bg:#fee2e2;--warn:#854d0e;--warn-bg:#fef9c3;--info:#1e40af;--info-bg:#dbeafe;--focus:#f59e0b;
font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.45;color:var(--text);background:var(--bg)}
*{box-sizing:border-box}body{margin:0}a{color:var(--primary)}
h1{font-size:1.6rem;margin:.6rem 0 1rem}h2{font-size:1rem;margin:0}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.topbar{display:flex;align-items:center;gap:1rem;flex-wrap:wrap;padding:.6rem 1.25rem;background:#0f172a;color:#fff}
.topbar .brand{font-weight:700;font-size:1.15rem;color:#fff;text-decoration:none}
.topbar .section{color:#e2e8f0}
.topbar .live{margin-left:auto;font-size:.85rem;padding:.15rem .5rem;border-radius:999px;background:#bbf7d0;color:#052e16}
.topbar .live.is-off{background:#fde68a;color:#451a03}
main{max-width:1200px;margin:0 auto;padding:.5rem 1.25rem 3rem}
.muted{color:var(--muted)}.small{font-size:.85em}
.card{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:1rem 1.1rem;margin-bottom:1rem}
.card-head{display:flex;align-items:baseline;gap:.5rem 1rem;flex-wrap:wrap}
.btn{font:inherit;padding:.15rem .55rem;font-size:.85rem;border-radius:6px;border:1px solid var(--border);background:#fff;color:var(--text);cursor:pointer}
.btn:hover{background:#f1f5f9}
.url{display:inline-block;padding:.3rem .5rem;background:#f1f5f9;border-radius:6px;word-break:break-all}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;background:#e2e8f0;color:#1e293b;white-space:nowrap}
.badge-valid{background:var(--ok-bg);color:var(--ok)}.badge-invalid{background:var(--ko-bg);color:var(--ko)}
.badge-missing{background:#e2e8f0;color:#1e293b}.badge-unknown_secret{background:var(--warn-bg);color:var(--warn)}
.badge-event{background:var(--info-bg);color:var(--info)}
.badges{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.req .when{margin-left:auto;font-variant-numeric:tabular-nums}
details{margin-top:.4rem}summary{cursor:pointer;font-weight:600;font-size:.9rem}
pre{max-height:360px;overflow:auto;background:#f1f5f9;padding:.75rem;border-radius:6px;margin:.4rem 0 0;white-space:pre-wrap;word-break:break-all}
.empty{padding:2rem;text-align:center;color:var(--muted)}
.error{color:var(--ko);background:var(--ko-bg);padding:.5rem .75rem;border-radius:6px}
.error:empty{display:none}
@media (max-width:820px){main{padding:.5rem .75rem 2rem}.topbar{gap:.5rem;padding:.5rem .75rem}.req .when{margin-left:0;width:100%}}
</style></head>
<body>
<header class="topbar"><a class="brand" href="/">CallCov</a><span class="section">Webhook echo</span><span id="live" class="live" title="This page fetches new requests by itself">Auto-refresh on</span></header>
<main id="main">
<h1>Webhook echo: <code id="echo-id"></code></h1>
<section class="card" aria-label="How to use">
<p class="lead">Point a <code>webhook_url</code> (or a webhook endpoint) at</p>
<code id="echo-url" class="url"></code> <button type="button" class="btn" id="copy">Copy</button>
<p class="muted small note">This page refreshes by itself and checks each request's signatures against the signing secret of the account that sent it. The last 100 requests of 7 days are kept (this page shows the newest ones, up to about 2 MB).</p>
</section>
<p id="count" class="muted" aria-live="polite"></p><p id="error" class="error" role="alert"></p>
<div id="list"></div>
</main>
<script nonce="${nonce}">
const echoId = ${id};
const $ = (id) => document.getElementById(id);
$('echo-id').textContent = echoId;
$('echo-url').textContent = location.origin + '/echo/' + echoId;
$('copy').addEventListener('click', () => navigator.clipboard && navigator.clipboard.writeText($('echo-url').textContent));
function el(tag, cls, text){const e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
// Scrollable blocks take keyboard focus (arrow keys scroll them).
function block(text){const p=el('pre','',text);p.tabIndex=0;return p;}
const LABEL = {valid:'valid', invalid:'invalid', missing:'missing', unknown_secret:'unknown secret'};
function badge(name, result){const b=el('span','badge badge-'+result,name+': '+(LABEL[result]||result));b.dataset.check=name;b.dataset.result=result;return b;}
function render(q){
  const box = el('section','card req'); box.dataset.id = q.id;
  const head = el('div','card-head');
  const event = q.headers['x-callcov-event'] || q.headers['webhook-event'] || '';
  const h = el('h2','', event || 'request');
  head.append(h);
  if (q.headers['x-callcov-attempt']) head.append(el('span','muted small','attempt ' + q.headers['x-callcov-attempt']));
  if (q.headers['x-callcov-delivery']) head.append(el('code','muted small', q.headers['x-callcov-delivery']));
  const when = el('time','when muted small', new Date(q.received_at*1000).toLocaleString(undefined,{dateStyle:'medium',timeStyle:'medium'}));
  when.dateTime = new Date(q.received_at*1000).toISOString(); when.title = when.dateTime;
  head.append(when);
  box.append(head);
  const badges = el('div','badges');
  badges.append(badge('X-CallCov-Signature', q.verification.x_callcov_signature));
  badges.append(badge('webhook-signature', q.verification.webhook_signature));
  box.append(badges);
  let body = q.body; try { body = JSON.stringify(JSON.parse(q.body), null, 2); } catch {}
  const b = el('details'); b.open = true; b.append(el('summary','','Body (' + new TextEncoder().encode(q.body).length + ' bytes)'), block(body || '(empty)'));
  const hd = el('details'); const names = Object.keys(q.headers);
  hd.append(el('summary','','Headers (' + names.length + ')'), block(names.map((k)=>k+': '+q.headers[k]).join('\\n')));
  box.append(b, hd);
  return box;
}
let shown = null;
async function refresh(){
  try{
    const r = await fetch('/view/' + encodeURIComponent(echoId) + '.json', {cache:'no-store'});
    if (!r.ok) throw new Error('HTTP ' + r.status);
    const data = await r.json();
    $('error').textContent = ''; $('live').textContent = 'Auto-refresh on'; $('live').className = 'live';
    // Re-draw only when the requests changed: open/closed sections and selected text survive the refresh.
    const sig = data.data.map((q) => q.id).join(',');
    if (sig === shown) return;
    shown = sig;
    $('count').textContent = data.data.length === 1 ? '1 request, newest first' : data.data.length + ' requests, newest first';
    const list = $('list');
    if (data.data.length === 0) { list.replaceChildren(el('p','empty','No requests yet. Waiting for the first one…')); return; }
    const open = new Set([...list.querySelectorAll('.req')].filter((s) => s.querySelectorAll('details')[1]?.open).map((s) => s.dataset.id));
    list.replaceChildren(...data.data.map((q) => { const s = render(q); if (open.has(q.id)) s.querySelectorAll('details')[1].open = true; return s; }));
  }catch(e){
    $('error').textContent = 'Cannot reach the server (' + e.message + '); retrying.';
    $('live').textContent = 'Auto-refresh: reconnecting'; $('live').className = 'live is-off';
  }
}
refresh();
setInterval(() => { if (!document.hidden) refresh(); }, 1000);
document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
</script></body></html>`;
}
