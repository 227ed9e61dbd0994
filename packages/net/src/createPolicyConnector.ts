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
import type tls from 'node:tls';
import { connectThroughProxy } from './connectThroughProxy.ts';
import { shouldBypassProxy } from './shouldBypassProxy.ts';

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
  /** TLS options for https connections (a client certificate for mTLS, extra trusted CAs). */
  tls?: Pick<tls.ConnectionOptions, 'cert' | 'key' | 'ca'>;
  /** Forward proxies (HTTPS_PROXY / HTTP_PROXY) and NO_PROXY; connections tunnel through them with CONNECT. */
  proxy?: ProxySettings;
}

export interface ProxySettings {
  /** For https:// destinations ('' = none). */
  httpsProxy: string;
  /** For http:// destinations ('' = none). */
  httpProxy: string;
  noProxy: string;
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
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const connect = buildConnector({ timeout: connectTimeoutMs, allowH2: false, lookup, ...options.tls } as buildConnector.BuildOptions);
  const proxy = options.proxy;
  const httpsProxy = proxy?.httpsProxy ? new URL(proxy.httpsProxy) : null;
  const httpProxy = proxy?.httpProxy ? new URL(proxy.httpProxy) : null;

  return (connectOptions, callback) => {
    const viaProxy = connectOptions.protocol === 'https:' ? httpsProxy : httpProxy;
    const port = Number(connectOptions.port || (connectOptions.protocol === 'https:' ? 443 : 80));
    if (viaProxy && !shouldBypassProxy(connectOptions.hostname, port, proxy!.noProxy)) {
      // the destination is resolved and checked here (the proxy only ever gets a checked IP address)
      const host = connectOptions.hostname.replace(/^\[|\]$/g, '');
      const literal = net.isIP(host) !== 0 ? host : normalizeIpLiteral(host);
      const go = (address: string) =>
        connectThroughProxy(
          { proxyUrl: viaProxy, address, port, servername: connectOptions.servername || host, tlsInside: connectOptions.protocol === 'https:', tlsOptions: options.tls, timeoutMs: connectTimeoutMs },
          callback as never,
        );
      if (literal !== null) {
        const decision = policy.check(literal);
        if (!decision.allowed) {
          const err = new BlockedAddressError({ hostname: host, hostIsIpLiteral: true, resolvedAddresses: [decision.address], decision, env: policy.env });
          process.nextTick(callback, err, null);
          return;
        }
        go(literal);
        return;
      }
      lookup(host, { all: false }, (err, address) => {
        if (err) (callback as (e: Error, s: null) => void)(err, null);
        else go(address as string);
      });
      return;
    }
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
