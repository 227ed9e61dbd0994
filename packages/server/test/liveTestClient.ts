// A WebSocket client of /api/v1/live for the tests: every message kept, `next(type)` waits for the next of a type.

export interface LiveClient {
  ws: WebSocket;
  messages: any[];
  /** The next message of `type` (waits for it). */
  next(type: string, timeoutMs?: number): Promise<any>;
  closed: Promise<{ code: number; reason: string }>;
  send(msg: unknown): void;
}

export function connectLive(url: string, headers: Record<string, string> = {}): LiveClient {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), { headers } as never);
  const messages: any[] = [];
  let seen = 0;
  const waiters: Array<() => void> = [];
  ws.addEventListener('message', (e) => {
    messages.push(JSON.parse(String(e.data)));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.addEventListener('close', (e) => {
      resolve({ code: e.code, reason: e.reason });
      for (const w of waiters.splice(0)) w();
    });
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve());
    ws.addEventListener('error', () => reject(new Error('websocket error')));
  });
  opened.catch(() => {});
  return {
    ws,
    messages,
    closed,
    send(msg) {
      void opened.then(() => {
        if (ws.readyState === WebSocket.OPEN) ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
      });
    },
    async next(type, timeoutMs = 30000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (let i = seen; i < messages.length; i++) {
          if (messages[i].type === type) {
            seen = i + 1;
            return messages[i];
          }
        }
        if (ws.readyState === WebSocket.CLOSED) throw new Error(`closed before a "${type}" message: ${JSON.stringify(messages).slice(0, 2000)}`);
        if (Date.now() > deadline) throw new Error(`no "${type}" message in ${timeoutMs} ms: ${JSON.stringify(messages).slice(0, 2000)}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    },
  };
}
