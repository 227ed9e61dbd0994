import { describeClassification } from './classifyAddress.ts';
import type { AddressCategory } from './classifyAddress.ts';
import type { AddressDecision, OutboundEnv } from './addressPolicy.ts';

export const BLOCKED_ADDRESS_CODE = 'CALLCOV_BLOCKED_ADDRESS';

/**
 * Raised at connect time when the host of a URL is, or resolves to, an address the policy refuses.
 * `code` is stable; `message` names the host, the address, its category, the mode and the setting that opens it.
 */
export class BlockedAddressError extends Error {
  readonly code = BLOCKED_ADDRESS_CODE;
  /** The URL's host as given to the connection (name or IP literal, without brackets). */
  readonly hostname: string;
  /** The refused address (canonical form). */
  readonly address: string;
  /** True when the URL's host was an IP literal (no DNS resolution involved). */
  readonly hostIsIpLiteral: boolean;
  /** Every address the name resolved to (just the literal for an IP host). */
  readonly resolvedAddresses: readonly string[];
  readonly category: AddressCategory | null;
  readonly env: OutboundEnv;
  /** e.g. "loopback", "IPv4-mapped 127.0.0.1, loopback" */
  readonly description: string;

  constructor(args: {
    hostname: string;
    hostIsIpLiteral: boolean;
    resolvedAddresses: readonly string[];
    decision: Extract<AddressDecision, { allowed: false }>;
    env: OutboundEnv;
  }) {
    const { hostname, hostIsIpLiteral, resolvedAddresses, decision, env } = args;
    const description = decision.classification ? describeClassification(decision.classification) : 'not an IP address';
    const fields = { hostname, hostIsIpLiteral, address: decision.address, resolvedAddresses, description, env };
    super(formatBlockedAddressMessage(fields));
    this.name = 'BlockedAddressError';
    this.hostname = hostname;
    this.hostIsIpLiteral = hostIsIpLiteral;
    this.address = decision.address;
    this.resolvedAddresses = resolvedAddresses;
    this.category = decision.classification?.category ?? null;
    this.env = env;
    this.description = description;
  }

  /** The message with the URL's role first, e.g. "webhook_url resolves to 127.0.0.1 (loopback), …". */
  messageFor(urlLabel: string): string {
    return formatBlockedAddressMessage(this, urlLabel);
  }
}

function formatBlockedAddressMessage(
  e: {
    hostname: string;
    hostIsIpLiteral: boolean;
    address: string;
    resolvedAddresses: readonly string[];
    description: string;
    env: OutboundEnv;
  },
  urlLabel?: string,
): string {
  let subject: string;
  if (urlLabel) subject = e.hostIsIpLiteral ? urlLabel : `${urlLabel} host ${e.hostname}`;
  else subject = e.hostIsIpLiteral ? `URL host` : `host ${e.hostname}`;
  const verb = e.hostIsIpLiteral && !urlLabel ? 'is' : 'resolves to';
  const others = e.resolvedAddresses.filter((a) => a !== e.address);
  const also = others.length > 0 ? ` (it also resolves to ${others.join(', ')})` : '';
  const mode =
    e.env === 'production'
      ? 'in production'
      : 'in development, which allows only public, loopback and private addresses';
  return (
    `${subject} ${verb} ${e.address} (${e.description})${also}, which is not allowed ${mode}; ` +
    `set CALLCOV_ALLOW_NETWORKS to allow it`
  );
}
