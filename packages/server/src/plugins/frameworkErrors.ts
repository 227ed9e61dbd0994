import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, invalidRequest } from '@callcov/core';
import { send } from './errorHandler.ts';
import { newRequestId } from './requestId.ts';

/**
 * Errors Fastify raises before any route or error handler runs (a badly percent-encoded URL, a path parameter over the
 * length limit), answered with the documented error object instead of Fastify's own shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return send(reply, invalidRequest('invalid_url', 'The URL is not validly percent-encoded.'));
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send(reply, invalidRequest('uri_too_long', 'A path segment of the URL is too long.', undefined, 414));
    default:
      return send(reply, invalidRequest('invalid_request', 'The request is invalid.', undefined, error.statusCode && error.statusCode < 500 ? error.statusCode : 400));
  }
}

/**
 * Errors the HTTP parser raises on the socket (headers or URL too large, malformed request, header timeout): the
 * documented error object written raw, then the connection is closed, as Node itself does.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, error] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, invalidRequest('headers_too_large', 'The request line and headers are too large (a URL this long is refused too).', undefined, 431)]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, invalidRequest('request_timeout', 'The request was not received in time.', undefined, 408)]
        : [400, invalidRequest('malformed_request', 'The HTTP request is malformed.')];
  // no request object exists yet (the parser refused the request): a fresh id, in the header and the body
  const requestId = newRequestId();
  const body = JSON.stringify((error as ApiError).toBody(requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nRequest-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
