import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { withReviews } from '@callcov/core';

/** The one migration set, for SQLite and PostgreSQL alike (portable column types only). */
export const migrations: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('key_hint', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .addColumn('last_used_at', 'bigint')
        .execute();
      await db.schema
        .createTable('webhook_secrets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint')
        .execute();
      await db.schema.createIndex('webhook_secrets_by_account').on('webhook_secrets').columns(['account_id', 'mode']).execute();
      await db.schema
        .createTable('analyses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('progress', 'real')
        .addColumn('agent_id', 'text')
        .addColumn('contact_id', 'text')
        .addColumn('webhook_url', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('channels_json', 'text')
        .addColumn('policy_id', 'text')
        .addColumn('scorecard_id', 'text')
        .addColumn('redact_pii', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('metadata_json', 'text', (c) => c.notNull())
        .addColumn('input_kind', 'text', (c) => c.notNull())
        .addColumn('input_json', 'text')
        .addColumn('audio_blob', 'text')
        .addColumn('audio_json', 'text')
        .addColumn('transcript_json', 'text')
        .addColumn('results_json', 'text')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('completed_at', 'bigint')
        .addColumn('deleted_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('analyses_by_account_created')
        .on('analyses')
        .columns(['account_id', 'mode', 'created_at', 'id'])
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('idem_key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response_body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'mode', 'idem_key'])
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_at', 'bigint', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('lease_until', 'bigint')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['type', 'status', 'run_at']).execute();
      await db.schema.createIndex('jobs_lease').on('jobs').columns(['status', 'lease_until']).execute();

    },
  },
  '0002_webhooks': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('events_json', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('failing_since', 'bigint')
        .addColumn('disabled_reason', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_endpoints_by_account').on('webhook_endpoints').columns(['account_id', 'mode']).execute();
      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('analysis_id', 'text')
        .addColumn('endpoint_id', 'text')
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('attempt_count', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_deliveries_by_analysis').on('webhook_deliveries').columns(['analysis_id', 'created_at']).execute();
      await db.schema.createIndex('webhook_deliveries_by_account').on('webhook_deliveries').columns(['account_id', 'mode', 'created_at']).execute();
      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('response_body', 'text')
        .addColumn('error_class', 'text')
        .addColumn('error_message', 'text')
        .addColumn('succeeded', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'bigint')
        .execute();
      await db.schema.createIndex('webhook_attempts_by_delivery').on('webhook_attempts').columns(['delivery_id', 'attempt']).execute();
      await db.schema
        .createTable('echo_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('echo_id', 'text', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('headers_json', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('verification_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('echo_requests_by_echo').on('echo_requests').columns(['echo_id', 'received_at']).execute();
    },
  },
  '0003_policies': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('analysis_documents')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('document_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('analysis_documents_pk', ['account_id', 'mode', 'kind', 'doc_id', 'version'])
        .execute();
      await db.schema
        .createTable('account_defaults')
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('account_defaults_pk', ['account_id', 'mode', 'kind'])
        .execute();
    },
  },
  '0004_analysis_summary_columns': {
    async up(db: Kysely<any>) {
      // Denormalised from results for list filters: ",check_a,check_b," so that a LIKE finds one check on both backends.
      await db.schema.alterTable('analyses').addColumn('failed_checks', 'text').execute();
    },
  },
  '0005_echo_request_sizes': {
    async up(db: Kysely<any>) {
      // The echo service's storage is capped in bytes (oldest evicted first), so each request's size is stored.
      await db.schema.alterTable('echo_requests').addColumn('size_bytes', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
      await sql`UPDATE echo_requests SET size_bytes = length(body) + length(headers_json)`.execute(db);
      await db.schema.createIndex('echo_requests_by_time').on('echo_requests').columns(['received_at']).execute();
    },
  },
  '0006_analyses_by_completion': {
    async up(db: Kysely<any>) {
      // The event streams' shared poll reads every account's analyses finished past a cursor.
      await db.schema.createIndex('analyses_by_completed').on('analyses').columns(['completed_at', 'id']).execute();
    },
  },
  '0007_analysis_reviews': {
    async up(db: Kysely<any>) {
      // Human reviews of compliance checks and scorecard items (DESIGN.md §1.7): every review is kept (history); the
      // latest of each (analysis, check) wins. machine_status is the engine's verdict when the review was made.
      await db.schema
        .createTable('analysis_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('analysis_id', 'text', (c) => c.notNull())
        .addColumn('check_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('machine_status', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('reviewer', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('analysis_reviews_by_account').on('analysis_reviews').columns(['account_id', 'mode', 'created_at']).execute();
      await db.schema.createIndex('analysis_reviews_by_analysis').on('analysis_reviews').columns(['analysis_id', 'check_id', 'created_at']).execute();
      // Stored results gain the review fields (`review: null` on every check and scorecard item, `compliance.reviewed`),
      // so that GET keeps embedding results_json as it is. Rewritten in pages by id; updated_at moves by 1 ms so that the
      // ETag of a changed body changes too.
      let after = '';
      for (;;) {
        const rows: Array<{ id: string; results_json: string }> = await db
          .selectFrom('analyses')
          .select(['id', 'results_json'])
          .where('results_json', 'is not', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(500)
          .execute();
        if (rows.length === 0) break;
        for (const row of rows) {
          const next = JSON.stringify(withReviews(JSON.parse(row.results_json), new Map(), true));
          if (next !== row.results_json) {
            await db.updateTable('analyses').set({ results_json: next, updated_at: sql`updated_at + 1` }).where('id', '=', row.id).execute();
          }
        }
        after = rows[rows.length - 1]!.id;
      }
    },
  },
  '0008_webhook_endpoint_options': {
    async up(db: Kysely<any>) {
      // Per-endpoint subscriptions and receiver auth (DESIGN.md §1.5b). headers, auth and the client certificate are
      // stored sealed (SecretBox JSON), like the signing secrets.
      await db.schema.alterTable('webhook_endpoints').addColumn('filter_json', 'text').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('payload_mode', 'text', (c) => c.notNull().defaultTo('full')).execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('headers_sealed', 'text').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('auth_sealed', 'text').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('client_cert_sealed', 'text').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('timeout_ms', 'integer').execute();
      await db.schema.alterTable('webhook_endpoints').addColumn('rate_limit_per_minute', 'integer').execute();
      // One token bucket per rate-limited endpoint, shared by every dispatcher process (compare-and-set updates).
      await db.schema
        .createTable('webhook_rate_buckets')
        .addColumn('endpoint_id', 'text', (c) => c.primaryKey())
        .addColumn('tokens_milli', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_deliveries_by_endpoint').on('webhook_deliveries').columns(['endpoint_id', 'created_at']).execute();
    },
  },
  '0009_live_call_heartbeat': {
    async up(db: Kysely<any>) {
      // A live call in progress: when its connection was last heard from (null once handed to processing). A call
      // whose process died is found by this and analysed with the segments stored so far.
      await db.schema.alterTable('analyses').addColumn('live_seen_at', 'bigint').execute();
      await db.schema.createIndex('analyses_live_seen').on('analyses').column('live_seen_at').execute();
    },
  },
};
