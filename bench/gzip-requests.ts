// Request compression for a client that has none of its own, for bench/peer.ts: PouchDB sends its
// bodies as plain JSON, and an app on it could gzip them through PouchDB's `fetch` option as our
// engine does (express-pouchdb, like our server, inflates a gzipped body). No Node import: the
// browser bundle of bench/browser/pouch.ts uses it too.

/** `fetchImpl`, with string bodies of 1 KB or more gzipped, as our engine does with its pushes. */
export function gzipRequests(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const body = init?.body;
    if (typeof body !== 'string' || body.length < 1024) return fetchImpl(input, init);
    const headers = new Headers(init?.headers);
    headers.set('content-encoding', 'gzip');
    const gzipped = await new Response(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    return fetchImpl(input, { ...init, headers, body: gzipped });
  };
}
