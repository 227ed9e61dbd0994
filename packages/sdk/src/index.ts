/**
 * @callcov/sdk: the CallCov API client, webhook verification and receiver helpers. Runtime-neutral (fetch + Web Crypto):
 * Node >= 18, Deno, Bun, Cloudflare Workers, Next.js route handlers, browsers. Node adds file-path uploads via "@callcov/sdk/node"
 * (chosen automatically by the package's "node" export condition).
 */
export { CallCov, DEFAULT_BASE_URL, type CallCovOptions } from './client.ts';
export {
  CallCovError,
  CallCovAuthenticationError,
  CallCovInvalidRequestError,
  CallCovNotFoundError,
  CallCovRateLimitError,
  CallCovIdempotencyError,
  CallCovAPIError,
  CallCovConnectionError,
  CallCovTimeoutError,
  type CallCovErrorInit,
} from './errors.ts';
export { SDK_VERSION } from './httpClient.ts';
export type { AnalysisListing, CreateAnalysisInput, RequestOptions, WaitForOptions } from './resources/analysesResource.ts';
export type * from './types.ts';
export type { EventStreamOptions, StreamedEvent, StreamEventType } from './resources/eventsResource.ts';
export { LiveCall } from './resources/liveResource.ts';
export type {
  LiveAlert,
  LiveCompletedMessage,
  LiveConnectOptions,
  LiveErrorMessage,
  LiveSegment,
  LiveSegmentMessage,
  LiveServerMessage,
  LiveSpeaker,
  LiveStartParams,
  LiveStartedMessage,
  LiveTrack,
} from './resources/liveResource.ts';
export type { UploadSource } from './uploadBody.ts';
export {
  verifyWebhook,
  WebhookVerificationError,
  type HeadersLike,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type AnalysisWebhookEvent,
  type AnyWebhookEvent,
  type OperationalWebhookEvent,
  type AnalysisEventType,
  type OperationalEventType,
  type WebhookVerificationReason,
} from './webhooks/verifyWebhook.ts';
export { signWebhook, type SignWebhookOptions } from './webhooks/signWebhook.ts';
export { WEBHOOK_EVENT_TYPES, ANALYSIS_EVENT_TYPES, OPERATIONAL_EVENT_TYPES } from './generated/types.ts';
export {
  webhookHandler,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookHandlingResult,
  type WebhookLogger,
} from './webhooks/webhookHandler.ts';
export { MemoryIdempotencyStore, type IdempotencyStore } from './webhooks/idempotencyStore.ts';
