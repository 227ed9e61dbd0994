import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorObject = Type.Object(
  {
    error: Type.Object({
      type: Type.Union(
        [
          'invalid_request_error',
          'authentication_error',
          'not_found_error',
          'rate_limit_error',
          'idempotency_error',
          'api_error',
        ].map((t) => Type.Literal(t)),
      ),
      code: Type.String({ description: 'Machine-readable code; match on this, never on the message.' }),
      message: Type.String(),
      param: Type.Optional(Type.String({ description: 'The request field at fault, when one is.' })),
      request_id: Type.Optional(Type.String({ description: 'The id of the request (also its `Request-Id` header and in the server logs).' })),
    }),
  },
  { $id: 'Error', description: 'Every 4xx/5xx response body.' },
);
export type ErrorObject = Static<typeof ErrorObject>;

export const Language = Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Literal('auto')]);
export const Speaker = Type.Union([Type.Literal('Agent'), Type.Literal('Customer')]);

export const Metadata = Type.Record(
  Type.String({ maxLength: 40 }),
  Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean(), Type.Null()]),
  { maxProperties: 50, description: 'Up to 50 key/value pairs of your own; returned unchanged.' },
);
