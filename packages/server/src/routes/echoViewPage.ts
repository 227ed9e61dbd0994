/** The /view/{id} page: lists the requests received at /echo/{id}, newest first, refreshed every second. */
export function echoViewPage(echoId: string): string {
  const id = JSON.stringify(echoId).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CallCov webhook echo · ${echoId}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
header{background:#1d2330;color:#fff;padding:12px 20px}h1{font-size:18px;margin:0}
main{max-width:1000px;margin:0 auto;padding:16px}
.req{background:#fff;border:1px solid #d9dde5;border-radius:8px;margin:12px 0;padding:12px}
.badge{display:inline-block;border-radius:10px;padding:2px 8px;font-size:12px;margin-right:6px}
.valid{background:#d8f5e0;color:#11592a}.invalid{background:#fbdcdc;color:#8a1c1c}.missing,.unknown_secret{background:#eceef2;color:#4a5160}
pre{background:#f0f2f5;padding:8px;overflow:auto;max-height:300px;font-size:12px}
.muted{color:#5b6475;font-size:13px}
</style></head>
<body><header><h1>Webhook echo: <span id="echo-id"></span></h1></header>
<main><p class="muted">Send webhooks to <code id="echo-url"></code>. This page refreshes by itself; the last 100 requests of 7 days are kept.</p>
<div id="count" class="muted" aria-live="polite"></div><div id="list"></div></main>
<script>
const echoId = ${id};
document.getElementById('echo-id').textContent = echoId;
document.getElementById('echo-url').textContent = location.origin + '/echo/' + echoId;
function el(tag, cls, text){const e=document.createElement(tag);if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}
async function refresh(){
  try{
    const r = await fetch('/view/' + encodeURIComponent(echoId) + '.json', {cache:'no-store'});
    const data = await r.json();
    const list = document.getElementById('list'); list.replaceChildren();
    document.getElementById('count').textContent = data.data.length + ' request(s)';
    for (const q of data.data){
      const box = el('section','req');
      box.append(el('div','muted', new Date(q.received_at*1000).toISOString() + ' · ' + (q.headers['x-callcov-event']||'') + ' · attempt ' + (q.headers['x-callcov-attempt']||'?')));
      const badges = el('div');
      badges.append(el('span','badge '+q.verification.x_callcov_signature,'X-CallCov-Signature: '+q.verification.x_callcov_signature));
      badges.append(el('span','badge '+q.verification.webhook_signature,'webhook-signature: '+q.verification.webhook_signature));
      box.append(badges);
      box.append(el('pre','',Object.entries(q.headers).map(([k,v])=>k+': '+v).join('\\n')));
      let body=q.body; try{body=JSON.stringify(JSON.parse(q.body),null,2);}catch{}
      box.append(el('pre','',body));
      list.append(box);
    }
  }catch(e){}
}
refresh(); setInterval(refresh, 1000);
</script></body></html>`;
}
