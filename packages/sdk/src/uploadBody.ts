/** Multipart bodies for uploads: FormData normally, or a counted stream when the caller wants upload progress. */

export type UploadSource = Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Uint8Array | ArrayBuffer;

/** Any upload source as a Blob (re-readable, so a retried upload sends the same bytes). */
export async function toBlob(source: UploadSource, type = 'application/octet-stream'): Promise<Blob> {
  if (source instanceof Blob) return source;
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return new Blob([source as BlobPart], { type });
  const chunks: Uint8Array[] = [];
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } else {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  }
  return new Blob(chunks as BlobPart[], { type });
}

const fieldValue = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

/** The API's multipart form: the `audio` file part and every other field (objects as JSON text). */
export function buildFormData(fields: Record<string, unknown>, file: Blob, filename: string): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.append(k, fieldValue(v));
  form.append('audio', file, filename);
  return form;
}

/** The same form as a byte stream that reports `onProgress(sentBytes, totalBytes)` as the file is read. */
export function buildCountedMultipart(
  fields: Record<string, unknown>,
  file: Blob,
  filename: string,
  onProgress: (sent: number, total: number) => void,
): { body: ReadableStream<Uint8Array>; contentType: string; length: number } {
  const boundary = `----callcov${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
  const enc = new TextEncoder();
  const esc = (s: string) => s.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
  let head = '';
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${esc(k)}"\r\n\r\n${fieldValue(v)}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="audio"; filename="${esc(filename)}"\r\nContent-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`;
  const headBytes = enc.encode(head);
  const tailBytes = enc.encode(`\r\n--${boundary}--\r\n`);
  const total = file.size;
  let sent = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let stage = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (stage === 0) {
        stage = 1;
        controller.enqueue(headBytes);
        onProgress(0, total);
        return;
      }
      if (stage === 1) {
        reader ??= file.stream().getReader() as ReadableStreamDefaultReader<Uint8Array>;
        const { done, value } = await reader.read();
        if (!done) {
          sent += value.byteLength;
          controller.enqueue(value);
          onProgress(sent, total);
          return;
        }
        stage = 2;
      }
      controller.enqueue(tailBytes);
      controller.close();
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, length: headBytes.byteLength + total + tailBytes.byteLength };
}
