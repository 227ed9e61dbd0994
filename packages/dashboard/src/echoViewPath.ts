/** Pure: `/view/{id}` when `url` is this server's echo service (`{origin}/echo/{id}`), else null. */
export function echoViewPath(url: string, origin: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const m = /^\/echo\/([A-Za-z0-9_-]{1,100})$/.exec(u.pathname);
  return m && u.origin === origin ? `/view/${m[1]}` : null;
}
