import type { Context } from 'hono';
import { isIPv6, Socket } from 'node:net';

/**
 * The address a request comes from, for counting failed authentications. Behind `trustProxy`
 * reverse proxies, the address the outermost trusted one saw (from the right of X-Forwarded-For,
 * which a client can only prepend to); otherwise the socket's peer. An IPv6 address counts by its
 * /64, which one subscriber usually holds whole. Requests not from a socket (tests) share one name.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  const env: unknown = c.env;
  const incoming = env && typeof env === 'object' && 'incoming' in env ? env.incoming : undefined;
  const socket = incoming && typeof incoming === 'object' && 'socket' in incoming ? incoming.socket : undefined;
  let address = socket instanceof Socket ? (socket.remoteAddress ?? '') : '';
  if (trustProxy > 0) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    address = forwarded.at(-trustProxy) ?? address;
  }
  return address ? byHolder(address) : 'local';
}

function byHolder(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  // The first four groups, with "::" expanded far enough to find them.
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const groups = head ? head.split(':') : [];
  const rest = tail ? tail.split(':') : [];
  const full = [...groups, ...Array<string>(Math.max(0, 8 - groups.length - rest.length)).fill('0'), ...rest];
  return `${full.slice(0, 4).join(':')}::/64`;
}
