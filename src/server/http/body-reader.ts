/** The next piece of a body: bytes, its end, a deadline passed first, or the client gone. */
export type BodyChunk = Uint8Array | 'end' | 'timeout' | 'gone';

/**
 * Reads a request body piece by piece, each read bounded by a deadline (a `performance.now()`
 * time). A stream read cannot be taken back, so a read that outlives its deadline stays pending
 * and the next call continues it. The stream is never cancelled: under @hono/node-server that
 * would destroy the socket before an answer could be written.
 */
export function bodyReader(body: ReadableStream<Uint8Array> | null) {
  const reader = body?.getReader();
  let pending: Promise<ReadableStreamReadResult<Uint8Array> | 'gone'> | undefined;
  return {
    async next(deadline: number): Promise<BodyChunk> {
      if (!reader) return 'end';
      // A reader that errors (the client hung up) settles as 'gone', never as an unhandled rejection.
      pending ??= reader.read().catch(() => 'gone' as const);
      const wait = deadline - performance.now();
      if (wait <= 0) return 'timeout';
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), wait)));
      try {
        const result = await Promise.race([pending, late]);
        if (result === 'timeout') return 'timeout';
        pending = undefined;
        if (result === 'gone') return 'gone';
        return result.done ? 'end' : result.value;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
export type BodyReader = ReturnType<typeof bodyReader>;
