import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operationIdFor } from './operationIdFor.ts';

test('operation ids read like the SDK methods', () => {
  const cases: Array<[string, string, string]> = [
    ['POST', '/api/v1/analysis', 'createAnalysis'],
    ['GET', '/api/v1/analysis', 'listAnalyses'],
    ['GET', '/api/v1/analysis/{id}', 'getAnalysis'],
    ['DELETE', '/api/v1/analysis/{id}', 'deleteAnalysis'],
    ['GET', '/api/v1/analysis/{id}/deliveries', 'listAnalysisDeliveries'],
    ['POST', '/api/v1/analysis/{id}/deliveries', 'createAnalysisDelivery'],
    ['GET', '/api/v1/analysis/{id}/audio', 'getAnalysisAudio'],
    ['GET', '/api/v1/analysis/{id}/reviews', 'listAnalysisReviews'],
    ['POST', '/api/v1/analysis/{id}/reviews', 'createAnalysisReview'],
    ['GET', '/api/v1/analysis/export', 'exportAnalyses'],
    ['GET', '/api/v1/webhooks/deliveries', 'listWebhookDeliveries'],
    ['GET', '/api/v1/webhooks/secret', 'getWebhookSecret'],
    ['POST', '/api/v1/webhooks/secret/rotate', 'rotateWebhookSecret'],
    ['POST', '/api/v1/webhooks/recover', 'recoverWebhooks'],
    ['POST', '/api/v1/webhook_endpoints', 'createWebhookEndpoint'],
    ['GET', '/api/v1/webhook_endpoints', 'listWebhookEndpoints'],
    ['GET', '/api/v1/webhook_endpoints/{id}', 'getWebhookEndpoint'],
    ['PATCH', '/api/v1/webhook_endpoints/{id}', 'updateWebhookEndpoint'],
    ['DELETE', '/api/v1/webhook_endpoints/{id}', 'deleteWebhookEndpoint'],
    ['POST', '/api/v1/webhook_endpoints/{id}/test', 'testWebhookEndpoint'],
    ['GET', '/api/v1/policies', 'listPolicies'],
    ['POST', '/api/v1/policies', 'createPolicy'],
    ['GET', '/api/v1/policies/{id}', 'getPolicy'],
    ['POST', '/api/v1/policies/{id}/versions', 'createPolicyVersion'],
    ['POST', '/api/v1/policies/{id}/default', 'setDefaultPolicy'],
    ['POST', '/api/v1/scorecards/{id}/default', 'setDefaultScorecard'],
    ['GET', '/api/v1/agents', 'listAgents'],
    ['GET', '/api/v1/api_keys', 'listApiKeys'],
    ['POST', '/api/v1/api_keys', 'createApiKey'],
    ['DELETE', '/api/v1/api_keys/{id}', 'deleteApiKey'],
    ['GET', '/api/v1/events/stream', 'streamEvents'],
    ['GET', '/api/v1/calibration', 'getCalibration'],
    ['GET', '/api/v1/reviews/export', 'exportReviews'],
    ['GET', '/api/v1/reviews/disagreements', 'listReviewDisagreements'],
    ['GET', '/api/v1/analysis/:id', 'getAnalysis'],
  ];
  for (const [method, path, id] of cases) assert.equal(operationIdFor(method, path), id, `${method} ${path}`);
});
