import { serve, type ServerType } from '@hono/node-server';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { jpegWithSegment } from '../../support/hostile-images.ts';
import { tinyWebp } from '../../support/image-bytes.ts';
import { attackBackends, attackWorld } from './photo-attack-world.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';

const sqlite = attackBackends.find((b) => b.name === 'sqlite')!;
const jpeg = (n: number) => new Uint8Array(jpegWithSegment(0xe0, new TextEncoder().encode(`JFXX ${n} ${uuidv7()}`)));

/** Send raw bytes on a new connection and return everything the server answered before it closed or went quiet. */
async function raw(port: number, request: Uint8Array | string, quietMs = 300): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
  socket.on('error', () => undefined);
  socket.write(request);
  await new Promise<void>((resolve) => {
    let timer = setTimeout(resolve, quietMs);
    socket.on('data', () => {
      clearTimeout(timer);
      timer = setTimeout(resolve, quietMs);
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  socket.destroy();
  return answer;
}
const statuses = (answer: string) => [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));

describe('the photo path over a real socket', () => {
  let server: ServerType | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('answers lying or absent lengths, broken chunking, HEAD and 304 with a 4xx or the file, and keeps serving', async () => {
    const x = await attackWorld(sqlite.open);
    const file = jpeg(1);
    const id = await x.photoRecord(x.owner, x.w, photoPatch(x.w, file, tinyWebp()));
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: x.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    const path = photoPath(sha256(file), id);
    const head = (method: string, extra: string) => `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${x.owner}\r\ncontent-type: image/jpeg\r\n${extra}`;
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

    // A length shorter than the body: the rest is a second request, refused on its own.
    const short = await raw(port, Buffer.from(head('PUT', 'content-length: 100\r\n\r\n') + text(file), 'latin1'));
    expect(statuses(short)[0]).toBe(400);
    expect(statuses(short).every((s) => s < 500)).toBe(true);
    // A length longer than the body: the server waits, then the client gives up; nothing is stored.
    await raw(port, Buffer.from(head('PUT', `content-length: ${file.byteLength}\r\n\r\n`) + text(file.subarray(0, 200)), 'latin1'), 100);
    // Chunked without a length, with a broken chunk size.
    expect(statuses(await raw(port, head('PUT', 'transfer-encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n'))).every((s) => s >= 400 && s < 500)).toBe(true);
    // Both a length and chunking: refused by the HTTP parser itself.
    expect(statuses(await raw(port, head('PUT', 'content-length: 3\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n'))).every((s) => s >= 400 && s < 500)).toBe(true);
    // Asked to continue, then the whole file in chunks: stored.
    const chunked = `${file.byteLength.toString(16)}\r\n${text(file)}\r\n0\r\n\r\n`;
    expect(statuses(await raw(port, Buffer.from(head('PUT', 'expect: 100-continue\r\ntransfer-encoding: chunked\r\n\r\n') + chunked, 'latin1')))).toContain(201);

    const base = `http://127.0.0.1:${port}`;
    const got = await fetch(`${base}${path}`, readInit(x.owner, 'HEAD'));
    expect([got.status, got.headers.get('content-length'), got.headers.get('content-type'), got.headers.get('x-content-type-options')]).toEqual([
      200,
      String(file.byteLength),
      'image/jpeg',
      'nosniff',
    ]);
    const again = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${x.owner}`, 'if-none-match': `W/"${sha256(file)}"` } });
    expect([again.status, again.headers.get('content-security-policy'), again.headers.get('x-content-type-options')]).toEqual([304, "default-src 'none'; sandbox", 'nosniff']);
    for (const method of ['DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
      const res = await fetch(`${base}/api/photos/${sha256(file)}/..%2f..%2f?photo=${id}`, { method, headers: { authorization: `Bearer ${x.owner}` } }).catch(() => undefined);
      if (res) expect([method, res.status < 500]).toEqual([method, true]);
    }
    const body = await fetch(`${base}${path}`, readInit(x.owner));
    expect(Buffer.from(await body.arrayBuffer()).equals(Buffer.from(file))).toBe(true);
    expect((await fetch(`${base}${path}`, putInit(x.owner, file))).status).toBe(200);
  });
});
