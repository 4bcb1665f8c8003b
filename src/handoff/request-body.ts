import type { IncomingMessage } from 'node:http';

export type BodyResult = { text: string } | { refused: 'too-large' | 'timeout' };

/**
 * The request body as text, read at most `limit` bytes and for at most `timeoutMs`. A body announced
 * (`Content-Length`) or found to be larger, or one that is too slow, is refused without reading the rest:
 * the caller answers and closes the connection. When a body parser (e.g. `express.json()`) already
 * consumed the stream, its `req.body` is used instead.
 */
export function readBody(req: IncomingMessage & { body?: unknown }, limit: number, timeoutMs: number): Promise<BodyResult> {
  if (req.readableEnded) {
    const { body } = req;
    const text = body === undefined ? '' : typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
    return Promise.resolve(Buffer.byteLength(text) > limit ? { refused: 'too-large' } : { text });
  }
  if (Number(req.headers['content-length']) > limit) return Promise.resolve({ refused: 'too-large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyResult | Error) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', done);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return done({ refused: 'too-large' });
      chunks.push(chunk);
    };
    const onEnd = () => done({ text: Buffer.concat(chunks).toString('utf8') });
    const timer = setTimeout(() => done({ refused: 'timeout' }), timeoutMs);
    req.on('data', onData).on('end', onEnd).on('error', done);
  });
}
