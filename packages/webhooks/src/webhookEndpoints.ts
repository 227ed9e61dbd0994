import { randomUUID } from 'node:crypto';
import { invalidRequest, notFound } from '@callcov/core';
import type { WebhookEndpointsTable } from '@callcov/db';
import type { Caller, ServiceContext } from '@callcov/services';
import { WEBHOOK_EVENTS, type WebhookEvent } from './enqueueWebhooks.ts';

export function toEndpointObject(e: WebhookEndpointsTable) {
  return {
    id: e.id,
    object: 'webhook_endpoint',
    url: e.url,
    events: JSON.parse(e.events_json) as string[],
    enabled: e.enabled === 1,
    description: e.description,
    failing_since: e.failing_since === null ? null : Math.floor(e.failing_since / 1000),
    disabled_reason: e.disabled_reason,
    created: Math.floor(e.created_at / 1000),
    livemode: e.mode === 'live',
  };
}

export interface EndpointInput {
  url?: string;
  events?: string[];
  enabled?: boolean;
  description?: string | null;
}

function checkInput(caller: Caller, input: EndpointInput): void {
  if (input.url !== undefined) {
    let u: URL;
    try {
      u = new URL(input.url);
    } catch {
      throw invalidRequest('invalid_url', 'url is not a valid URL.', 'url');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw invalidRequest('invalid_url', 'url must be an http(s) URL.', 'url');
    if (caller.mode === 'live' && u.protocol !== 'https:') throw invalidRequest('https_required', 'url must use https:// with a live key.', 'url');
    if (u.username || u.password) throw invalidRequest('invalid_url', 'url must not contain credentials.', 'url');
  }
  for (const e of input.events ?? []) {
    if (!WEBHOOK_EVENTS.includes(e as WebhookEvent)) {
      throw invalidRequest('invalid_event', `'${e}' is not an event; use ${WEBHOOK_EVENTS.join(', ')}.`, 'events');
    }
  }
}

async function load(ctx: ServiceContext, caller: Caller, id: string) {
  const row = await ctx.database.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('id', '=', id)
    .where('account_id', '=', caller.accountId)
    .where('mode', '=', caller.mode)
    .executeTakeFirst();
  if (!row) throw notFound('webhook endpoint', id);
  return row;
}

export async function createEndpoint(ctx: ServiceContext, caller: Caller, input: EndpointInput & { url: string }) {
  checkInput(caller, input);
  const now = ctx.now();
  const row: WebhookEndpointsTable = {
    id: `we_${randomUUID().replaceAll('-', '')}`,
    account_id: caller.accountId,
    mode: caller.mode,
    url: input.url,
    events_json: JSON.stringify(input.events ?? ['analysis.completed', 'analysis.failed']),
    enabled: input.enabled === false ? 0 : 1,
    description: input.description ?? null,
    failing_since: null,
    disabled_reason: null,
    created_at: now,
    updated_at: now,
  };
  await ctx.database.db.insertInto('webhook_endpoints').values(row).execute();
  return toEndpointObject(row);
}

export async function listEndpoints(ctx: ServiceContext, caller: Caller) {
  const rows = await ctx.database.db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('account_id', '=', caller.accountId)
    .where('mode', '=', caller.mode)
    .orderBy('created_at')
    .execute();
  return { object: 'list', data: rows.map(toEndpointObject), has_more: false };
}

export const getEndpoint = async (ctx: ServiceContext, caller: Caller, id: string) => toEndpointObject(await load(ctx, caller, id));

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
    updated_at: ctx.now(),
  };
  await ctx.database.db.updateTable('webhook_endpoints').set(next).where('id', '=', id).execute();
  return toEndpointObject(next);
}

export async function deleteEndpoint(ctx: ServiceContext, caller: Caller, id: string) {
  await load(ctx, caller, id);
  await ctx.database.db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
  return { id, object: 'webhook_endpoint', deleted: true };
}
