import { newId } from '@callcov/services';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { checkClientUrl, invalidRequest, maskSecretValue, notFound, type WebhookEndpointAuth, type WebhookEndpointFilter, type WebhookPayloadMode } from '@callcov/core';
import type { WebhookEndpointsTable } from '@callcov/db';
import { scoped } from '@callcov/db';
import type { Caller, SecretBox, ServiceContext } from '@callcov/services';
import { WEBHOOK_EVENTS, type WebhookEvent } from './enqueueWebhooks.ts';

export interface ClientCertificate {
  cert: string;
  key: string;
}

const MASKED_KEY = '****';

const openJson = <T>(box: SecretBox, sealed: string | null): T | null => (sealed === null ? null : (JSON.parse(box.open(sealed)) as T));

/** The endpoint as the API shows it: header values, the OAuth2 client secret and the mTLS key masked. */
export function toEndpointObject(e: WebhookEndpointsTable, box: SecretBox) {
  const headers = openJson<Record<string, string>>(box, e.headers_sealed);
  const auth = openJson<WebhookEndpointAuth>(box, e.auth_sealed);
  const cert = openJson<ClientCertificate>(box, e.client_cert_sealed);
  return {
    id: e.id,
    object: 'webhook_endpoint',
    url: e.url,
    events: JSON.parse(e.events_json) as string[],
    enabled: e.enabled === 1,
    description: e.description,
    failing_since: e.failing_since === null ? null : Math.floor(e.failing_since / 1000),
    disabled_reason: e.disabled_reason,
    filter: e.filter_json === null ? null : (JSON.parse(e.filter_json) as WebhookEndpointFilter),
    payload: e.payload_mode ?? 'full',
    headers: headers === null ? null : Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, maskSecretValue(v)])),
    auth: auth === null ? null : { ...auth, scope: auth.scope ?? null, client_secret: maskSecretValue(auth.client_secret) },
    client_certificate: cert === null ? null : { cert: cert.cert, key: MASKED_KEY },
    timeout_ms: e.timeout_ms ?? null,
    rate_limit_per_minute: e.rate_limit_per_minute ?? null,
    created: Math.floor(e.created_at / 1000),
    livemode: e.mode === 'live',
  };
}

export interface EndpointInput {
  url?: string;
  events?: string[];
  enabled?: boolean;
  description?: string | null;
  filter?: WebhookEndpointFilter | null;
  payload?: WebhookPayloadMode;
  headers?: Record<string, string> | null;
  auth?: WebhookEndpointAuth | null;
  client_certificate?: ClientCertificate | null;
  timeout_ms?: number | null;
  rate_limit_per_minute?: number | null;
}

/** Headers CallCov sets itself (signatures, framing, the event): an endpoint may not replace them. */
const RESERVED_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'transfer-encoding', 'host', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'user-agent', 'expect']);
const isReservedHeader = (name: string) => {
  const n = name.toLowerCase();
  return RESERVED_HEADERS.has(n) || n.startsWith('webhook-') || n.startsWith('x-callcov-') || n.startsWith('proxy-');
};
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

const checkHttpUrl = (caller: Caller, value: string, param: string): void => void checkClientUrl(value, param, caller.mode);

function checkInput(caller: Caller, input: EndpointInput): void {
  if (input.url !== undefined) checkHttpUrl(caller, input.url, 'url');
  for (const e of input.events ?? []) {
    if (!WEBHOOK_EVENTS.includes(e as WebhookEvent)) {
      throw invalidRequest('invalid_event', `'${e}' is not an event; use ${WEBHOOK_EVENTS.join(', ')}.`, 'events');
    }
  }
  if (input.headers) {
    const names = Object.keys(input.headers);
    if (names.length > 20) throw invalidRequest('too_many_headers', 'An endpoint may add at most 20 headers.', 'headers');
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(input.headers)) {
      if (!HEADER_NAME.test(name)) throw invalidRequest('invalid_header', `'${name}' is not a valid header name.`, 'headers');
      if (isReservedHeader(name)) throw invalidRequest('reserved_header', `${name} is set by CallCov on every attempt and cannot be replaced.`, 'headers');
      if (seen.has(name.toLowerCase())) throw invalidRequest('invalid_header', `${name} is given twice.`, 'headers');
      seen.add(name.toLowerCase());
      if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw invalidRequest('invalid_header', `The value of ${name} must be a single line of text.`, 'headers');
    }
  }
  if (input.auth) {
    if (input.auth.type !== 'oauth2_client_credentials') throw invalidRequest('invalid_auth', "auth.type must be 'oauth2_client_credentials'.", 'auth');
    checkHttpUrl(caller, input.auth.token_url, 'auth.token_url');
  }
  if (input.client_certificate && input.client_certificate.key !== MASKED_KEY) {
    try {
      new X509Certificate(input.client_certificate.cert);
    } catch {
      throw invalidRequest('invalid_certificate', 'client_certificate.cert is not a PEM certificate.', 'client_certificate');
    }
    try {
      createPrivateKey(input.client_certificate.key);
    } catch {
      throw invalidRequest('invalid_certificate', 'client_certificate.key is not an unencrypted PEM private key.', 'client_certificate');
    }
  }
}

/** Header values sent back exactly as they are shown (masked) keep their stored value; the set given replaces the old one. */
function mergeHeaders(next: Record<string, string>, old: Record<string, string> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(next)) {
    const previous = old ? Object.entries(old).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : undefined;
    out[name] = previous !== undefined && value === maskSecretValue(previous) ? previous : value;
  }
  return out;
}

function mergeAuth(next: WebhookEndpointAuth, old: WebhookEndpointAuth | null): WebhookEndpointAuth {
  const keep = old !== null && next.client_secret === maskSecretValue(old.client_secret);
  return { type: next.type, token_url: next.token_url, client_id: next.client_id, client_secret: keep ? old.client_secret : next.client_secret, scope: next.scope ?? null };
}

function sealedSettings(box: SecretBox, input: EndpointInput, row: WebhookEndpointsTable | null) {
  const out: Partial<WebhookEndpointsTable> = {};
  if (input.headers !== undefined) {
    out.headers_sealed =
      input.headers === null || Object.keys(input.headers).length === 0
        ? null
        : box.seal(JSON.stringify(mergeHeaders(input.headers, row ? openJson(box, row.headers_sealed) : null)));
  }
  if (input.auth !== undefined) out.auth_sealed = input.auth === null ? null : box.seal(JSON.stringify(mergeAuth(input.auth, row ? openJson(box, row.auth_sealed) : null)));
  if (input.client_certificate !== undefined) {
    if (input.client_certificate === null) out.client_cert_sealed = null;
    else {
      const old = row ? openJson<ClientCertificate>(box, row.client_cert_sealed) : null;
      if (input.client_certificate.key === MASKED_KEY && old === null) {
        throw invalidRequest('invalid_certificate', 'client_certificate.key is required (there is no stored key to keep).', 'client_certificate');
      }
      const key = input.client_certificate.key === MASKED_KEY ? old!.key : input.client_certificate.key;
      out.client_cert_sealed = box.seal(JSON.stringify({ cert: input.client_certificate.cert, key }));
    }
  }
  return out;
}

function checkAuthorizationClash(headersSealed: string | null, authSealed: string | null, box: SecretBox): void {
  if (headersSealed === null || authSealed === null) return;
  const headers = openJson<Record<string, string>>(box, headersSealed) ?? {};
  if (Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) {
    throw invalidRequest('reserved_header', 'Authorization is set by auth (the OAuth2 bearer token); remove it from headers or remove auth.', 'headers');
  }
}

async function load(ctx: ServiceContext, caller: Caller, id: string) {
  const row = await scoped(ctx.database.db, caller)
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('webhook endpoint', id);
  return row;
}

const emptyFilter = (f: WebhookEndpointFilter | null | undefined) => !f || Object.values(f).every((v) => v === undefined);

export async function createEndpoint(ctx: ServiceContext, caller: Caller, input: EndpointInput & { url: string }) {
  checkInput(caller, input);
  const now = ctx.now();
  const row: WebhookEndpointsTable = {
    id: newId('we'),
    account_id: caller.accountId,
    mode: caller.mode,
    url: input.url,
    events_json: JSON.stringify(input.events ?? ['analysis.completed', 'analysis.failed']),
    enabled: input.enabled === false ? 0 : 1,
    description: input.description ?? null,
    failing_since: null,
    disabled_reason: null,
    filter_json: emptyFilter(input.filter) ? null : JSON.stringify(input.filter),
    payload_mode: input.payload ?? 'full',
    headers_sealed: null,
    auth_sealed: null,
    client_cert_sealed: null,
    timeout_ms: input.timeout_ms ?? null,
    rate_limit_per_minute: input.rate_limit_per_minute ?? null,
    created_at: now,
    updated_at: now,
    ...sealedSettings(ctx.secrets, input, null),
  };
  checkAuthorizationClash(row.headers_sealed, row.auth_sealed, ctx.secrets);
  await ctx.database.db.insertInto('webhook_endpoints').values(row).execute();
  return toEndpointObject(row, ctx.secrets);
}

export async function listEndpoints(ctx: ServiceContext, caller: Caller) {
  const rows = await scoped(ctx.database.db, caller)
    .selectFrom('webhook_endpoints')
    .selectAll()
    .orderBy('created_at')
    .execute();
  return { object: 'list', data: rows.map((r) => toEndpointObject(r, ctx.secrets)), has_more: false };
}

export const getEndpoint = async (ctx: ServiceContext, caller: Caller, id: string) => toEndpointObject(await load(ctx, caller, id), ctx.secrets);

export async function updateEndpoint(ctx: ServiceContext, caller: Caller, id: string, input: EndpointInput) {
  checkInput(caller, input);
  const row = await load(ctx, caller, id);
  const next: WebhookEndpointsTable = {
    ...row,
    url: input.url ?? row.url,
    events_json: input.events ? JSON.stringify(input.events) : row.events_json,
    enabled: input.enabled === undefined ? row.enabled : input.enabled ? 1 : 0,
    description: input.description === undefined ? row.description : input.description,
    // re-enabling starts a fresh failure window
    failing_since: input.enabled === true ? null : row.failing_since,
    disabled_reason: input.enabled === true ? null : row.disabled_reason,
    filter_json: input.filter === undefined ? row.filter_json : emptyFilter(input.filter) ? null : JSON.stringify(input.filter),
    payload_mode: input.payload ?? row.payload_mode,
    timeout_ms: input.timeout_ms === undefined ? row.timeout_ms : input.timeout_ms,
    rate_limit_per_minute: input.rate_limit_per_minute === undefined ? row.rate_limit_per_minute : input.rate_limit_per_minute,
    ...sealedSettings(ctx.secrets, input, row),
    updated_at: Math.max(ctx.now(), row.updated_at + 1),
  };
  checkAuthorizationClash(next.headers_sealed, next.auth_sealed, ctx.secrets);
  await ctx.database.db.updateTable('webhook_endpoints').set(next).where('id', '=', id).execute();
  return toEndpointObject(next, ctx.secrets);
}

export async function deleteEndpoint(ctx: ServiceContext, caller: Caller, id: string) {
  await load(ctx, caller, id);
  await ctx.database.db.deleteFrom('webhook_rate_buckets').where('endpoint_id', '=', id).execute();
  await ctx.database.db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  return { id, object: 'webhook_endpoint', deleted: true };
}
