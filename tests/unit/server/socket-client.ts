import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { startServer, type RunningServer } from '../../e2e/support/server.ts';

// Clients below HTTP, for what lives at the socket level: bodies that trickle, uploads that go on
// after the server has decided, connections cut in the middle.

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

export interface TestServer extends RunningServer {
  port: number;
  /** Everything the server process printed so far. */
  output(): string;
}

/** The real server process on a free port and a fresh data folder, with facilitator keys `keys` added beforehand. */
export async function serverWithKeys(names: readonly string[], env: Record<string, string> = {}): Promise<{ server: TestServer; keys: Record<string, string> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-socket-'));
  const store = openSqliteStore(dataDir);
  await store.migrate();
  const keys: Record<string, string> = {};
  for (const name of names) {
    keys[name] = newKey('facilitator');
    await store.addKey({ hash: hashKey(keys[name]), role: 'facilitator', name });
  }
  await store.close();
  const port = await freePort();
  const running = await startServer({ port, staticDir: dataDir, dataDir, env });
  let printed = '';
  running.process.stdout?.on('data', (d) => (printed += d));
  running.process.stderr?.on('data', (d) => (printed += d));
  return { server: { ...running, port, output: () => printed }, keys };
}

export interface RawAnswer {
  status?: number;
  body?: string;
  /** A socket error the client saw (ECONNRESET, EPIPE…), if any. */
  error?: string;
  ms: number;
}

function parse(raw: string): { status?: number; body?: string } {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return {};
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
  return { status: Number.isFinite(status) ? status : undefined, body: raw.slice(end + 4) };
}

/**
 * A POST whose body leaves at `bytesPerSecond`, read only once it is all sent, as a browser does.
 * Bytes the server sent meanwhile stay in the client's TCP buffer, which a reset from the server
 * empties: then the client sees an error and no answer.
 */
export function slowUpload(port: number, opts: { headers: Record<string, string>; body: Buffer; bytesPerSecond: number; contentLength?: number }): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    let error: string | undefined;
    socket.pause();
    socket.on('data', (d: Buffer) => (raw += d.toString('latin1')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
    socket.on('close', () => resolve({ ...parse(raw), error, ms: performance.now() - started }));
    const head = Object.entries({ host: `127.0.0.1:${port}`, ...opts.headers, 'content-length': String(opts.contentLength ?? opts.body.length) })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`POST /api/sync HTTP/1.1\r\n${head}connection: close\r\n\r\n`);
    const piece = 16 * 1024;
    let sent = 0;
    const timer = setInterval(
      () => {
        if (socket.destroyed) return clearInterval(timer);
        if (sent >= opts.body.length) {
          clearInterval(timer);
          socket.resume();
          return;
        }
        socket.write(opts.body.subarray(sent, sent + piece));
        sent += piece;
      },
      (piece / opts.bytesPerSecond) * 1000,
    );
  });
}

/**
 * A request whose body trickles one small piece every `everyMs` and never ends (chunked, or with a
 * declared length never reached); `answer` settles when the server answers or closes.
 */
export function trickle(port: number, headers: Record<string, string>, opts: { everyMs: number; chunked?: boolean }): { socket: Socket; answer: Promise<RawAnswer> } {
  const started = performance.now();
  const socket = connect(port, '127.0.0.1');
  let raw = '';
  let error: string | undefined;
  const answer = new Promise<RawAnswer>((resolve) => {
    socket.on('data', (d: Buffer) => (raw += d.toString('latin1')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ...parse(raw), error, ms: performance.now() - started });
    });
  });
  const framing = opts.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': '100000' };
  const head = Object.entries({ host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers, ...framing })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.write(`POST /api/sync HTTP/1.1\r\n${head}\r\n`);
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(opts.chunked ? '1\r\n \r\n' : ' ');
  }, opts.everyMs);
  return { socket, answer };
}

/** The stable code of a JSON error answer, if it is one. */
export function codeOf(body: string | undefined): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    if (parsed && typeof parsed === 'object' && 'error' in parsed && parsed.error && typeof parsed.error === 'object' && 'code' in parsed.error && typeof parsed.error.code === 'string')
      return parsed.error.code;
  } catch {
    // not JSON
  }
  return undefined;
}

/**
 * A TCP proxy whose uplink carries `upBytesPerSecond` and pushes back on the sender (it reads no
 * faster), as a slow mobile link does, so that a browser's upload really lasts. What the server
 * does to the connection reaches the client as it is: an end as an end, a reset as a reset.
 */
export async function throttledLink(targetPort: number, upBytesPerSecond: number): Promise<{ port: number; close(): Promise<void> }> {
  const open = new Set<Socket>();
  const proxy = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    // Bytes that reach a socket the server has closed are answered with a reset, which also throws
    // away whatever the client had received and not read yet: so does this link.
    let serverClosed = false;
    client.on('data', (d: Buffer) => {
      if (serverClosed) return client.resetAndDestroy();
      client.pause();
      upstream.write(d);
      setTimeout(() => client.resume(), (d.length / upBytesPerSecond) * 1000);
    });
    upstream.on('data', (d: Buffer) => client.write(d));
    client.on('end', () => upstream.end());
    upstream.on('end', () => {
      serverClosed = true;
      client.end();
    });
    upstream.on('error', () => client.resetAndDestroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => open.delete(client));
    upstream.on('close', () => {
      serverClosed = true;
      open.delete(upstream);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const s of open) s.destroy();
        proxy.close(() => resolve());
      }),
  };
}
