import { newPrefixedId } from '@callcov/core';
import { pooledRandomBytes } from './pooledRandomBytes.ts';

/**
 * A new prefixed id (`dlv_…`, `att_…`, `key_…`): the prefix and 32 hex digits of a time-ordered UUIDv7, so later ids
 * sort later. Random bits from the pooled generator (ids are on hot paths: every request has one); not for secrets.
 */
export const newId = (prefix: string, nowMs: number = Date.now()): string => newPrefixedId(prefix, nowMs, pooledRandomBytes);
