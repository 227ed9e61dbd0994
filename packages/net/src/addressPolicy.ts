/**
 * The outbound address policy (pure, no I/O): may CallCov open a connection to this IP address?
 *
 * - production: only public addresses, plus the ranges listed in allowNetworks (CALLCOV_ALLOW_NETWORKS).
 * - development: public, loopback and private networks (10/8, 172.16/12, 192.168/16, fc00::/7), plus allowNetworks.
 *   Link-local (cloud metadata), CGNAT, multicast, broadcast, unspecified and reserved ranges stay refused unless listed.
 * IPv6 forms that embed an IPv4 address (::ffff:a.b.c.d, 64:ff9b::/96 NAT64, 2002::/16 6to4) are judged by that IPv4.
 */
import ipaddr from 'ipaddr.js';
import { classifyAddress, describeClassification } from './classifyAddress.ts';
import type { AddressCategory, AddressClassification } from './classifyAddress.ts';

export type OutboundEnv = 'development' | 'production';

export interface AddressPolicyOptions {
  env: OutboundEnv;
  /** CIDR ranges (or single addresses) that are allowed whatever their category, e.g. ['10.0.0.0/8', '127.0.0.0/8']. */
  allowNetworks?: readonly string[];
}

export type AddressDecision =
  | {
      allowed: true;
      address: string;
      classification: AddressClassification;
      /** Why: a public address, a range in allowNetworks, or development mode's loopback/private allowance. */
      reason: 'public' | 'allow_networks' | 'development';
      /** The allowNetworks entry that matched (reason 'allow_networks'). */
      matchedNetwork: string | null;
    }
  | {
      allowed: false;
      address: string;
      /** null when the input is not an IP address at all. */
      classification: AddressClassification | null;
      /** e.g. "127.0.0.1 (loopback) is not allowed in production" */
      message: string;
    };

export interface AddressPolicy {
  readonly env: OutboundEnv;
  readonly allowNetworks: readonly string[];
  check(ip: string): AddressDecision;
}

/** Thrown by compileAddressPolicy for an allowNetworks entry that is not a CIDR range or an IP address. */
export class InvalidAllowNetworkError extends Error {
  readonly code = 'invalid_allow_network';
  readonly entry: string;
  constructor(entry: string) {
    super(
      `CALLCOV_ALLOW_NETWORKS entry '${entry}' is not a CIDR range or IP address (expected e.g. 10.0.0.0/8, 127.0.0.1, fd00::/8)`,
    );
    this.name = 'InvalidAllowNetworkError';
    this.entry = entry;
  }
}

const DEVELOPMENT_CATEGORIES: ReadonlySet<AddressCategory> = new Set(['loopback', 'private']);

type CompiledNetwork = { text: string; range: [ipaddr.IPv4 | ipaddr.IPv6, number] };

function compileNetwork(entry: string): CompiledNetwork {
  const text = entry.trim();
  const strictCidr = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/; // no legacy IPv4 spellings in configuration
  if (!strictCidr.test(text)) throw new InvalidAllowNetworkError(entry);
  try {
    if (text.includes('/')) {
      if (!text.includes(':') && !ipaddr.IPv4.isValidCIDRFourPartDecimal(text)) throw new Error('not four-part decimal');
      return { text, range: ipaddr.parseCIDR(text) };
    }
    if (!text.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(text)) throw new Error('not four-part decimal');
    const ip = ipaddr.parse(text);
    return { text, range: [ip, ip.kind() === 'ipv4' ? 32 : 128] };
  } catch {
    throw new InvalidAllowNetworkError(entry);
  }
}

function matchesNetwork(c: AddressClassification, net: CompiledNetwork): boolean {
  const [base] = net.range;
  const ip = ipaddr.parse(c.address);
  if (ip.kind() === base.kind() && ip.match(net.range)) return true;
  // ::ffff:a.b.c.d connects to the IPv4 host a.b.c.d, so an IPv4 range covers it too.
  const mapped = c.embeddedIpv4 && (c.embeddedIpv4.form === 'ipv4_mapped' || c.embeddedIpv4.form === 'ipv4_translated');
  if (mapped && base.kind() === 'ipv4') return ipaddr.parse(c.embeddedIpv4!.address).match(net.range);
  return false;
}

/** Validates allowNetworks once and returns a reusable policy. Throws InvalidAllowNetworkError for a bad entry. */
export function compileAddressPolicy(options: AddressPolicyOptions): AddressPolicy {
  const { env } = options;
  if (env !== 'development' && env !== 'production') throw new TypeError(`env must be 'development' or 'production', got '${String(env)}'`);
  const entries = (options.allowNetworks ?? []).filter((e) => e.trim() !== '');
  const networks = entries.map(compileNetwork);

  function check(ip: string): AddressDecision {
    const classification = classifyAddress(ip);
    if (classification === null) {
      return { allowed: false, address: ip, classification: null, message: `'${ip}' is not an IP address` };
    }
    const { address } = classification;
    for (const net of networks) {
      if (matchesNetwork(classification, net)) {
        return { allowed: true, address, classification, reason: 'allow_networks', matchedNetwork: net.text };
      }
    }
    if (classification.category === 'public') {
      return { allowed: true, address, classification, reason: 'public', matchedNetwork: null };
    }
    if (env === 'development' && DEVELOPMENT_CATEGORIES.has(classification.category)) {
      return { allowed: true, address, classification, reason: 'development', matchedNetwork: null };
    }
    const where =
      env === 'production'
        ? 'in production'
        : 'in development (which allows only public, loopback and private addresses)';
    return {
      allowed: false,
      address,
      classification,
      message: `${address} (${describeClassification(classification)}) is not allowed ${where}`,
    };
  }

  return Object.freeze({ env, allowNetworks: Object.freeze(entries.map((e) => e.trim())), check });
}

/** One-off convenience form of compileAddressPolicy(options).check(ip).allowed. */
export function isAddressAllowed(ip: string, options: AddressPolicyOptions): boolean {
  return compileAddressPolicy(options).check(ip).allowed;
}
