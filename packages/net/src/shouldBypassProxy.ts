/**
 * NO_PROXY matching (pure): should a connection to host:port skip the proxy? Entries are comma or space separated:
 * `*` (everything), a host or domain (`example.com` and `.example.com` both match it and its subdomains), an IP
 * address, a CIDR range (`10.0.0.0/8`, `fd00::/8`), each optionally with `:port`. Case-insensitive.
 */
import ipaddr from 'ipaddr.js';

const stripBrackets = (h: string) => (h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h);

function splitPort(entry: string): { host: string; port: number | null } {
  if (entry.startsWith('[')) {
    const end = entry.indexOf(']');
    const rest = entry.slice(end + 1);
    return { host: entry.slice(1, end), port: rest.startsWith(':') ? Number(rest.slice(1)) : null };
  }
  const colons = entry.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = entry.split(':');
    return { host: host!, port: /^\d+$/.test(port!) ? Number(port) : null };
  }
  return { host: entry, port: null }; // bare IPv6 or no port
}

function ipMatches(host: string, entryHost: string): boolean | null {
  if (!ipaddr.isValid(host)) return null;
  let ip = ipaddr.parse(host);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  try {
    if (entryHost.includes('/')) {
      const range = ipaddr.parseCIDR(entryHost);
      return ip.kind() === range[0].kind() && ip.match(range);
    }
    if (ipaddr.isValid(entryHost)) return ipaddr.parse(entryHost).toNormalizedString() === ip.toNormalizedString();
  } catch {
    return false;
  }
  return false;
}

export function shouldBypassProxy(hostname: string, port: number, noProxy: string): boolean {
  const host = stripBrackets(hostname.toLowerCase()).replace(/\.$/, '');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const { host: entryHost, port: entryPort } = splitPort(entry);
    if (entryPort !== null && entryPort !== port) continue;
    const asIp = ipMatches(host, entryHost);
    if (asIp !== null) {
      if (asIp) return true;
      continue;
    }
    const domain = entryHost.replace(/^\*?\./, '').replace(/\.$/, '');
    if (domain !== '' && (host === domain || host.endsWith(`.${domain}`))) return true;
  }
  return false;
}
