/**
 * An undici connector that enforces the address policy at connect time, on the very addresses it connects to.
 *
 * - IP-literal hosts are checked before any socket is opened.
 * - Names are resolved once per connection by the `lookup` handed to net/tls.connect; every resolved address is
 *   checked, and the socket connects only to those checked addresses (no second resolution, so DNS rebinding between
 *   "check" and "connect" is impossible).
 */
import net from 'node:net';
import dns from 'node:dns';
import { buildConnector } from 'undici';
import type { AddressPolicy } from './addressPolicy.ts';
import { BlockedAddressError } from './blockedAddressError.ts';
import { normalizeIpLiteral } from './classifyAddress.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses. Default: the system resolver (dns.lookup, all: true). A test seam. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const resolveWithSystemResolver: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dns.lookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

export interface PolicyConnectorOptions {
  policy: AddressPolicy;
  resolveHost?: ResolveHost;
  /** Time allowed to establish the TCP (and TLS) connection. Default 10 000 ms. */
  connectTimeoutMs?: number;
}

function notFoundError(hostname: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  err.code = 'ENOTFOUND';
  err.syscall = 'getaddrinfo';
  (err as { hostname?: string }).hostname = hostname;
  return err;
}

/** A `lookup` for net.connect that refuses the whole connection if any resolved address is refused by the policy. */
export function createCheckedLookup(policy: AddressPolicy, resolveHost: ResolveHost): net.LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (resolved) => {
        if (resolved.length === 0) return callback(notFoundError(hostname), '', 0);
        const all = resolved.map((r) => r.address);
        for (const r of resolved) {
          const decision = policy.check(r.address);
          if (!decision.allowed) {
            const err = new BlockedAddressError({
              hostname,
              hostIsIpLiteral: false,
              resolvedAddresses: all,
              decision,
              env: policy.env,
            });
            return callback(err, '', 0);
          }
        }
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family === 0 ? resolved : resolved.filter((r) => r.family === family);
        if (usable.length === 0) return callback(notFoundError(hostname), '', 0);
        if (options.all) return callback(null, usable.map((r) => ({ address: r.address, family: r.family })));
        return callback(null, usable[0].address, usable[0].family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  };
}

export function createPolicyConnector(options: PolicyConnectorOptions): buildConnector.connector {
  const { policy } = options;
  const lookup = createCheckedLookup(policy, options.resolveHost ?? resolveWithSystemResolver);
  const connect = buildConnector({ timeout: options.connectTimeoutMs ?? 10_000, allowH2: false, lookup });

  return (connectOptions, callback) => {
    const { hostname } = connectOptions;
    // undici hands over the WHATWG-normalised host without brackets; normalizeIpLiteral also catches any legacy
    // IPv4 spelling (0x7f.1, 2130706433) a caller might smuggle past URL parsing, which getaddrinfo would accept.
    const literal = net.isIP(hostname) !== 0 ? hostname : normalizeIpLiteral(hostname);
    if (literal !== null) {
      const decision = policy.check(literal);
      if (!decision.allowed) {
        const err = new BlockedAddressError({
          hostname,
          hostIsIpLiteral: true,
          resolvedAddresses: [decision.address],
          decision,
          env: policy.env,
        });
        process.nextTick(callback, err, null);
        return;
      }
    }
    return connect(connectOptions, callback);
  };
}
