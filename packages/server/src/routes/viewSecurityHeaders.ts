import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/**
 * Headers for the public echo view (it shows bodies anyone could have posted): nothing is sniffed, framed or sent
 * elsewhere, and only the page's own nonce-tagged style and script run. Returns the nonce for the page.
 */
export function setViewSecurityHeaders(reply: FastifyReply, page: boolean): string {
  const nonce = randomBytes(16).toString('base64');
  reply
    .header('X-Content-Type-Options', 'nosniff')
    .header('X-Frame-Options', 'DENY')
    .header('Referrer-Policy', 'no-referrer')
    .header('Cache-Control', 'no-store')
    .header(
      'Content-Security-Policy',
      page
        ? `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`
        : "default-src 'none'; frame-ancestors 'none'",
    );
  return nonce;
}
