import { createServer, connect, type Server } from 'node:net';

/** A TCP proxy in front of the server that counts the bytes each way: what a 2G link would carry. */
export async function startWireMeter(targetPort: number): Promise<{ port: number; bytes: () => { up: number; down: number }; reset: () => void; close: () => Promise<void> }> {
  let up = 0;
  let down = 0;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    client.on('data', (d) => {
      up += d.length;
      upstream.write(d);
    });
    upstream.on('data', (d) => {
      down += d.length;
      client.write(d);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    bytes: () => ({ up, down }),
    reset: () => {
      up = 0;
      down = 0;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
