import { randomBytes } from 'node:crypto';
import { newPrefixedId } from '@callcov/core';

/** A new prefixed id (`dlv_…`, `att_…`, `key_…`): the prefix and 32 hex digits of a time-ordered UUIDv7, so later ids sort later. */
export const newId = (prefix: string, nowMs: number = Date.now()): string => newPrefixedId(prefix, nowMs, (n) => randomBytes(n));
