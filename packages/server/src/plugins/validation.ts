import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { invalidRequest, type ApiError } from '@callcov/core';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// Bodies are validated strictly: no type coercion, unknown fields refused. Query strings and path params arrive as
// text, so they are coerced to the schema's types.
const strictAjv = addFormats(new Ajv({ allErrors: false, coerceTypes: false, removeAdditional: false, useDefaults: false, strict: false }));
const coercingAjv = addFormats(new Ajv({ allErrors: false, coerceTypes: true, removeAdditional: false, useDefaults: true, strict: false }));

export const validatorCompiler: FastifySchemaCompiler<any> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object);

export const compileBodyValidator = (schema: object) => strictAjv.compile(schema);

const pointerToParam = (pointer: string): string =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');

/** One Ajv error as our error object, naming the field at fault. */
export function validationError(errors: ErrorObject[], part: string): ApiError {
  const e = errors[0]!;
  let param = pointerToParam(e.instancePath);
  let message: string;
  let code = 'invalid_parameter';
  const where = param || (part === 'body' ? 'the request body' : part);
  switch (e.keyword) {
    case 'required':
      param = param ? `${param}.${e.params.missingProperty}` : String(e.params.missingProperty);
      code = 'parameter_missing';
      message = `${param} is required.`;
      break;
    case 'additionalProperties':
      param = param ? `${param}.${e.params.additionalProperty}` : String(e.params.additionalProperty);
      code = 'parameter_unknown';
      message = `${param} is not a known parameter.`;
      break;
    case 'type':
      message = `${where} must be of type ${e.params.type}.`;
      break;
    case 'enum':
    case 'const':
    case 'anyOf':
      message = `${where} has an invalid value.`;
      break;
    case 'format':
      message = `${where} must be a valid ${e.params.format}.`;
      break;
    case 'pattern':
      message = `${where} has an invalid format${param.endsWith('_url') ? ' (an http:// or https:// URL is required)' : ''}.`;
      break;
    default:
      message = `${where} ${e.message ?? 'is invalid'}.`;
  }
  return invalidRequest(code, message, param || undefined);
}
