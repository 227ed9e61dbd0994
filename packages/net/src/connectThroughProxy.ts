/**
 * Opens a connection to a destination through a forward proxy (HTTP CONNECT tunnel), for HTTPS_PROXY / HTTP_PROXY.
 * The destination is resolved and checked against the address policy here, and the tunnel is asked for that checked
 * IP address (not the name), so the proxy cannot be made to reach an address the policy refuses (no DNS rebinding
 * through the proxy either). TLS to the destination runs inside the tunnel, with the original name as SNI.
 */
import net from 'node:net';
import tls from 'node:tls';

export interface ProxyTarget {
  /** The proxy, e.g. http://user:pass@proxy.internal:3128 (https:// proxies are reached over TLS). */
  proxyUrl: URL;
  /** The checked address to tunnel to, and the destination's port. */
  address: string;
  port: number;
  /** Destination's host name (SNI and certificate check) and whether to speak TLS inside the tunnel. */
  servername: string;
  tlsInside: boolean;
  tlsOptions?: tls.ConnectionOptions;
  timeoutMs: number;
}

export class ProxyConnectError extends Error {
  readonly code = 'CALLCOV_PROXY_CONNECT';
  constructor(message: string) {
    super(message);
    this.name = 'ProxyConnectError';
  }
}

export function connectThroughProxy(target: ProxyTarget, callback: (err: Error | null, socket: net.Socket | null) => void): void {
  const { proxyUrl } = target;
  const proxyPort = Number(proxyUrl.port || (proxyUrl.protocol === 'https:' ? 443 : 80));
  const proxyHost = proxyUrl.hostname.replace(/^\[|\]$/g, '');
  let done = false;
  const finish = (err: Error | null, socket: net.Socket | null) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    callback(err, socket);
  };
  const raw: net.Socket =
    proxyUrl.protocol === 'https:' ? tls.connect({ host: proxyHost, port: proxyPort, servername: net.isIP(proxyHost) ? undefined : proxyHost }) : net.connect({ host: proxyHost, port: proxyPort });
  const timer = setTimeout(() => {
    raw.destroy();
    finish(new ProxyConnectError(`proxy ${proxyUrl.host} did not open a tunnel within ${target.timeoutMs} ms`), null);
  }, target.timeoutMs);
  raw.once('error', (err) => finish(err, null));
  const authority = net.isIPv6(target.address) ? `[${target.address}]:${target.port}` : `${target.address}:${target.port}`;
  const auth =
    proxyUrl.username !== ''
      ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxyUrl.username)}:${decodeURIComponent(proxyUrl.password)}`).toString('base64')}\r\n`
      : '';
  raw.once(proxyUrl.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
    raw.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
  });
  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) {
      if (head.length > 16384) {
        raw.destroy();
        finish(new ProxyConnectError(`proxy ${proxyUrl.host} sent an over-long answer to CONNECT`), null);
      }
      return;
    }
    raw.off('data', onData);
    const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
    if (status !== 200) {
      raw.destroy();
      finish(new ProxyConnectError(`proxy ${proxyUrl.host} refused the tunnel to ${authority}: ${statusLine || 'no status line'}`), null);
      return;
    }
    const rest = head.subarray(end + 4);
    if (rest.length > 0) raw.unshift(rest);
    raw.removeAllListeners('error');
    if (!target.tlsInside) {
      raw.once('error', () => {});
      finish(null, raw);
      return;
    }
    // `host` is what the certificate is checked against (an IP literal too); SNI only for names
    const secure = tls.connect({ ...target.tlsOptions, socket: raw, host: target.servername, servername: net.isIP(target.servername) ? undefined : target.servername, ALPNProtocols: ['http/1.1'] });
    secure.once('secureConnect', () => {
      secure.removeAllListeners('error');
      finish(null, secure);
    });
    secure.once('error', (err) => finish(err, null));
  };
  raw.on('data', onData);
}
