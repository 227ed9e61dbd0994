import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, invalidRequest } from '@callcov/core';
import { validationError } from './validation.ts';

/** Sends `err` as the documented error object, with its headers (e.g. Retry-After) and the request's id. */
export const send = (reply: FastifyReply, err: ApiError) => {
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  const requestId = reply.request.id;
  // on the raw response, as installRequestIdHeader does (framework errors run no onRequest hook)
  if (!reply.raw.headersSent) reply.raw.setHeader('Request-Id', requestId);
  return reply.status(err.statusCode).type('application/json').send(JSON.stringify(err.toBody(requestId)));
};

/** Maps every error to the documented error object; 5xx details go to the log, never to the client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { validation?: any[]; validationContext?: string }, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) return send(reply, error);
    if (error.validation) return send(reply, validationError(error.validation, error.validationContext ?? 'body'));
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, invalidRequest('invalid_json', 'The request body is not valid JSON.'));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
      case 'FST_FILES_LIMIT':
      case 'FST_PARTS_LIMIT':
      case 'FST_FIELDS_LIMIT':
        return send(reply, invalidRequest('body_too_large', 'The request body is too large.', undefined, 413));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return send(reply, invalidRequest('unsupported_content_type', 'Send application/json or multipart/form-data.', undefined, 415));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, invalidRequest('invalid_content_length', 'The Content-Length header does not match the body.'));
    }
    if (error instanceof SyntaxError || (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)) {
      return send(reply, invalidRequest('invalid_request', error.message || 'The request is invalid.', undefined, error.statusCode ?? 400));
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, new ApiError('api_error', 'internal_error', 'Something went wrong on our side; the request can be retried.'));
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, new ApiError('not_found_error', 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
