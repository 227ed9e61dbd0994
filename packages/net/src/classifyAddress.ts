/**
 * Pure IP address classification (no I/O): which kind of network does an address belong to?
 * Parsing and CIDR matching come from ipaddr.js; the range table below is ours, so it can be audited in one place.
 */
import ipaddr from 'ipaddr.js';

export type AddressCategory =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'cgnat'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking';

/** How an IPv6 address carries an IPv4 address whose category it takes. */
export type EmbeddedIpv4Form = 'ipv4_mapped' | 'ipv4_translated' | 'nat64' | '6to4';

export interface AddressClassification {
  /** Canonical text of the address (IPv4 dotted quad, IPv6 RFC 5952 form, zone id dropped). */
  address: string;
  family: 4 | 6;
  category: AddressCategory;
  /** The special-purpose range that decided the category; null for public addresses. */
  range: string | null;
  /** For IPv6 forms that embed an IPv4 address (::ffff:a.b.c.d, 64:ff9b::/96, 2002::/16): that address and the form. */
  embeddedIpv4: { address: string; form: EmbeddedIpv4Form } | null;
}

type Ipv4Range = { cidr: string; category: AddressCategory };
type Ipv6Range = { cidr: string; category: AddressCategory } | { cidr: string; embedded: EmbeddedIpv4Form; offset: number };

/** Most specific first; the first match wins. */
const IPV4_RANGES: readonly Ipv4Range[] = [
  { cidr: '255.255.255.255/32', category: 'broadcast' },
  { cidr: '0.0.0.0/8', category: 'unspecified' }, // "this network"; 0.0.0.0 reaches the local host on Linux
  { cidr: '10.0.0.0/8', category: 'private' },
  { cidr: '100.64.0.0/10', category: 'cgnat' },
  { cidr: '127.0.0.0/8', category: 'loopback' },
  { cidr: '169.254.0.0/16', category: 'link_local' }, // includes 169.254.169.254, the cloud metadata service
  { cidr: '172.16.0.0/12', category: 'private' },
  { cidr: '192.0.0.0/24', category: 'reserved' }, // IETF protocol assignments
  { cidr: '192.0.2.0/24', category: 'documentation' }, // TEST-NET-1
  { cidr: '192.88.99.0/24', category: 'reserved' }, // deprecated 6to4 relay anycast
  { cidr: '192.168.0.0/16', category: 'private' },
  { cidr: '198.18.0.0/15', category: 'benchmarking' },
  { cidr: '198.51.100.0/24', category: 'documentation' }, // TEST-NET-2
  { cidr: '203.0.113.0/24', category: 'documentation' }, // TEST-NET-3
  { cidr: '224.0.0.0/4', category: 'multicast' },
  { cidr: '240.0.0.0/4', category: 'reserved' }, // future use
];

const IPV6_RANGES: readonly Ipv6Range[] = [
  { cidr: '::/128', category: 'unspecified' },
  { cidr: '::1/128', category: 'loopback' },
  { cidr: '::ffff:0:0/96', embedded: 'ipv4_mapped', offset: 96 },
  { cidr: '::ffff:0:0:0/96', embedded: 'ipv4_translated', offset: 96 }, // RFC 6145
  { cidr: '64:ff9b::/96', embedded: 'nat64', offset: 96 }, // RFC 6052 well-known NAT64 prefix
  { cidr: '64:ff9b:1::/48', category: 'private' }, // RFC 8215 local-use NAT64
  { cidr: '100::/64', category: 'reserved' }, // discard-only
  { cidr: '2001:2::/48', category: 'benchmarking' },
  { cidr: '2001:db8::/32', category: 'documentation' },
  { cidr: '2001::/23', category: 'reserved' }, // IETF protocol assignments, incl. Teredo 2001::/32 and ORCHID
  { cidr: '2002::/16', embedded: '6to4', offset: 16 },
  { cidr: '3fff::/20', category: 'documentation' }, // RFC 9637
  { cidr: '5f00::/16', category: 'reserved' }, // SRv6 SIDs
  { cidr: 'fc00::/7', category: 'private' }, // unique local
  { cidr: 'fe80::/10', category: 'link_local' },
  { cidr: 'fec0::/10', category: 'private' }, // deprecated site-local
  { cidr: 'ff00::/8', category: 'multicast' },
];

/** Outside 2000::/3 (global unicast) everything not listed above is unassigned or special: treat as reserved. */
const IPV6_GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

const compiledV4 = IPV4_RANGES.map((r) => ({ ...r, net: ipaddr.parseCIDR(r.cidr) as [ipaddr.IPv4, number] }));
const compiledV6 = IPV6_RANGES.map((r) => ({ ...r, net: ipaddr.parseCIDR(r.cidr) as [ipaddr.IPv6, number] }));

const IPV4_CHARS = /^[0-9a-fA-FxX.]+$/;

/**
 * Returns the canonical IP address text for an IP literal, or null when `input` is not one.
 * Accepts what a URL's hostname or a resolver may hold: dotted quads, IPv6 with or without brackets and zone id,
 * and the legacy IPv4 spellings the WHATWG URL parser normalises (2130706433, 0177.0.0.1, 0x7f.1, 127.1), so a check
 * never sees a different address than the one a connection would use.
 */
export function normalizeIpLiteral(input: string): string | null {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text).toString();
  if (text.includes(':')) {
    if (!ipaddr.IPv6.isValid(text)) return null;
    return ipaddr.IPv6.parse(text.split('%')[0]).toString();
  }
  if (!IPV4_CHARS.test(text)) return null;
  let hostname: string;
  try {
    hostname = new URL(`http://${text}/`).hostname;
  } catch {
    return null; // e.g. 256.1.1.1 or 0x100000000: invalid IPv4 number per WHATWG
  }
  return ipaddr.IPv4.isValidFourPartDecimal(hostname) ? hostname : null;
}

function classifyIpv4(ip: ipaddr.IPv4): Omit<AddressClassification, 'embeddedIpv4'> {
  for (const r of compiledV4) {
    if (ip.match(r.net)) return { address: ip.toString(), family: 4, category: r.category, range: r.cidr };
  }
  return { address: ip.toString(), family: 4, category: 'public', range: null };
}

function embeddedIpv4At(ip: ipaddr.IPv6, offset: number): ipaddr.IPv4 {
  const bytes = ip.toByteArray();
  const start = offset / 8;
  return new ipaddr.IPv4(bytes.slice(start, start + 4));
}

/** Classifies an IP address; returns null when `ip` is not an IP address (see normalizeIpLiteral for accepted forms). */
export function classifyAddress(ip: string): AddressClassification | null {
  const canonical = normalizeIpLiteral(ip);
  if (canonical === null) return null;
  const parsed = ipaddr.parse(canonical);
  if (parsed.kind() === 'ipv4') return { ...classifyIpv4(parsed as ipaddr.IPv4), embeddedIpv4: null };
  const v6 = parsed as ipaddr.IPv6;
  const address = v6.toString();
  for (const r of compiledV6) {
    if (!v6.match(r.net)) continue;
    if ('embedded' in r) {
      const inner = classifyIpv4(embeddedIpv4At(v6, r.offset));
      return {
        address,
        family: 6,
        category: inner.category,
        range: inner.range === null ? null : `${r.cidr} embedding ${inner.range}`,
        embeddedIpv4: { address: inner.address, form: r.embedded },
      };
    }
    return { address, family: 6, category: r.category, range: r.cidr, embeddedIpv4: null };
  }
  if (!v6.match(IPV6_GLOBAL_UNICAST)) return { address, family: 6, category: 'reserved', range: 'outside 2000::/3', embeddedIpv4: null };
  return { address, family: 6, category: 'public', range: null, embeddedIpv4: null };
}

const CATEGORY_LABELS: Record<AddressCategory, string> = {
  public: 'public',
  unspecified: 'unspecified address',
  loopback: 'loopback',
  private: 'private network',
  link_local: 'link-local',
  cgnat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved range',
  documentation: 'documentation range',
  benchmarking: 'benchmarking range',
};

const EMBEDDED_LABELS: Record<EmbeddedIpv4Form, string> = {
  ipv4_mapped: 'IPv4-mapped',
  ipv4_translated: 'IPv4-translated',
  nat64: 'NAT64',
  '6to4': '6to4',
};

/** Human description used in error messages, e.g. "loopback", "link-local: cloud metadata service", "IPv4-mapped 127.0.0.1, loopback". */
export function describeClassification(c: AddressClassification): string {
  let label = CATEGORY_LABELS[c.category];
  const v4 = c.embeddedIpv4?.address ?? (c.family === 4 ? c.address : null);
  if (v4 === '169.254.169.254') label = 'link-local: cloud metadata service';
  if (c.embeddedIpv4) return `${EMBEDDED_LABELS[c.embeddedIpv4.form]} ${c.embeddedIpv4.address}, ${label}`;
  return label;
}
