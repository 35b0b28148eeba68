import { connect, createServer, type Server, type Socket } from 'node:net';

/** A network link to emulate: round-trip time, and optionally a bandwidth cap per direction. */
export interface LinkProfile {
  name: string;
  rttMs: number;
  bitsPerSecond?: number;
  /**
   * One device's link: every connection shares the bandwidth, one queue a direction, and a sender
   * is paused while more than this many bytes wait (the link's buffer, to which TCP's flow control
   * holds a real sender). Unset: each connection has the bandwidth to itself.
   */
  sharedBufferBytes?: number;
}

export interface LinkStats {
  /** Bytes client → server and server → client: TCP payload, HTTP headers included. */
  up: number;
  down: number;
  /** TCP connections opened: each one costs a handshake round trip on a real link. */
  connections: number;
}

export interface Link {
  port: number;
  stats(): LinkStats;
  reset(): void;
  /** Close every open connection, so the next client starts on new ones as a new device would. */
  dropConnections(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One direction of a link: chunks leave in order, each after the previous one has been sent
 * (bandwidth), and arrive half a round trip later (latency). An `undefined` chunk carries the end.
 */
function direction(to: Socket, profile: LinkProfile, openAt: number, from: Socket, lane = { freeAt: openAt }) {
  const oneWay = profile.rttMs / 2;
  const queue: { chunk: Buffer | undefined; at: number }[] = [];
  let freeAt = openAt;
  const bufferMs = profile.sharedBufferBytes !== undefined && profile.bitsPerSecond ? (profile.sharedBufferBytes * 8 * 1000) / profile.bitsPerSecond : Infinity;
  let timer: NodeJS.Timeout | undefined;
  const deliver = (chunk: Buffer | undefined) => (chunk ? to.write(chunk) : to.end());
  function pump() {
    timer = undefined;
    const now = performance.now();
    while (queue.length && queue[0]!.at <= now) deliver(queue.shift()!.chunk);
    if (queue.length) timer = setTimeout(pump, queue[0]!.at - now);
  }
  return (chunk: Buffer | undefined) => {
    // A plain loopback link forwards at once: no timer may add its own delay to the baseline.
    if (profile.rttMs === 0 && !profile.bitsPerSecond) return deliver(chunk);
    const now = performance.now();
    const depart = Math.max(now, freeAt, lane.freeAt);
    freeAt = lane.freeAt = depart + (chunk && profile.bitsPerSecond ? (chunk.length * 8 * 1000) / profile.bitsPerSecond : 0);
    queue.push({ chunk, at: freeAt + oneWay });
    if (freeAt - now > bufferMs && !from.isPaused()) {
      from.pause();
      setTimeout(() => from.resume(), freeAt - now - bufferMs);
    }
    if (!timer) timer = setTimeout(pump, Math.max(0, queue[0]!.at - performance.now()));
  };
}

/**
 * A TCP proxy in front of a server that counts what crosses it and, for a slow profile, delays it
 * like a mobile link would. Counting below HTTP measures every protocol the same way: headers,
 * chunked framing and compression included. Not modelled: TCP slow start and packet loss, which
 * would hurt the protocol with more round trips and more bytes even more. It listens on
 * `listenPort` (0: any free port).
 */
export async function startLink(targetPort: number, profile: LinkProfile, listenPort = 0): Promise<Link> {
  let up = 0;
  let down = 0;
  let connections = 0;
  const open = new Set<Socket>();
  // Shared by every connection when the link is one device's; otherwise each has its own.
  const lanes = profile.sharedBufferBytes !== undefined ? { up: { freeAt: 0 }, down: { freeAt: 0 } } : undefined;
  const server: Server = createServer((client) => {
    connections++;
    const upstream = connect(targetPort, '127.0.0.1');
    // Small writes leave at once, as the server's own do: Nagle's wait would add about 40 ms a request
    // that no real link has, and which measurements taken before this line include.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    open.add(client);
    client.on('close', () => open.delete(client));
    // The client's first bytes can leave only after the handshake: one full round trip.
    const toServer = direction(upstream, profile, performance.now() + profile.rttMs, client, lanes?.up);
    const toClient = direction(client, profile, performance.now(), upstream, lanes?.down);
    client.on('data', (d: Buffer) => {
      up += d.length;
      toServer(d);
    });
    upstream.on('data', (d: Buffer) => {
      down += d.length;
      toClient(d);
    });
    client.on('end', () => toServer(undefined));
    upstream.on('end', () => toClient(undefined));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(listenPort, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the link proxy has no TCP port');
  return {
    port: address.port,
    stats: () => ({ up, down, connections }),
    reset: () => {
      up = 0;
      down = 0;
      connections = 0;
    },
    dropConnections: async () => {
      for (const socket of open) socket.destroy();
      // Let the clients see the closes before they pick a pooled socket for the next request.
      await new Promise((r) => setTimeout(r, 50));
    },
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        // Idle keep-alive sockets would hold close() open until the server times them out.
        for (const socket of open) socket.destroy();
      }),
  };
}
