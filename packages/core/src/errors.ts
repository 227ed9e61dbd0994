/** The coded error catalogue: every error a client can see has a type, a machine code and a human message. */

export type ApiErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'idempotency_error'
  | 'api_error';

export interface ApiErrorBody {
  error: { type: ApiErrorType; code: string; message: string; param?: string; request_id?: string };
}

const STATUS_BY_TYPE: Record<ApiErrorType, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  not_found_error: 404,
  rate_limit_error: 429,
  idempotency_error: 409,
  api_error: 500,
};

export class ApiError extends Error {
  readonly type: ApiErrorType;
  readonly code: string;
  readonly param: string | undefined;
  readonly statusCode: number;
  readonly headers: Record<string, string>;

  constructor(
    type: ApiErrorType,
    code: string,
    message: string,
    options: { param?: string; statusCode?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.type = type;
    this.code = code;
    this.param = options.param;
    this.statusCode = options.statusCode ?? STATUS_BY_TYPE[type];
    this.headers = options.headers ?? {};
  }

  /** The error object; with `requestId`, it repeats the request's id as `request_id` (DESIGN.md §1.2). */
  toBody(requestId?: string): ApiErrorBody {
    const error: ApiErrorBody['error'] = { type: this.type, code: this.code, message: this.message };
    if (this.param !== undefined) error.param = this.param;
    if (requestId !== undefined) error.request_id = requestId;
    return { error };
  }
}

export const invalidRequest = (code: string, message: string, param?: string, statusCode = 400): ApiError =>
  new ApiError('invalid_request_error', code, message, { param, statusCode });

export const notFound = (what: string, id: string): ApiError =>
  new ApiError('not_found_error', 'resource_missing', `No such ${what}: '${id}'`, { param: 'id' });
