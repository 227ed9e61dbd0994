export * from './webhookSecrets.ts';
export * from './enqueueWebhooks.ts';
export * from './buildWebhookHeaders.ts';
export * from './deliverWebhook.ts';
export * from './deliveryObjects.ts';
export * from './webhookEndpoints.ts';
export * from './echoService.ts';
