import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Factory = NonNullable<NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']>;

/**
 * Fastify compiles one response serializer per route and status code, even when dozens of routes answer with the
 * same schema (every route's 4xx/5xx is the error object, several return an analysis). This factory compiles each
 * distinct response schema once per app and hands the same serializer to every route that uses it: start-up (which
 * blocks the event loop while it compiles) takes a fraction of the time and memory.
 */
export const buildSharedSerializer: Factory = (externalSchemas, options) => {
  const build = SerializerSelector()(externalSchemas, options);
  const cache = new Map<string, ReturnType<typeof build>>();
  return (route) => {
    const key = JSON.stringify(route.schema);
    let serialize = cache.get(key);
    if (!serialize) {
      serialize = build(route);
      cache.set(key, serialize);
    }
    return serialize;
  };
};
