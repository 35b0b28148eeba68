import { describe, expect, it, vi } from 'vitest';
import { gunzipSync } from 'node:zlib';

// A Node without zstd (before 22.15, or 23.0 to 23.7): its zlib has no zstd functions.
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const without = { ...zlib, zstdCompress: undefined, zstdCompressSync: undefined };
  return { ...without, default: without };
});

describe('a server on a Node without zstd', () => {
  it('starts, and answers a browser that asks for zstd in gzip', async () => {
    const { answerEncoding, compressed } = await import('../../../src/server/http/sync-answer.ts');
    expect(answerEncoding('gzip, deflate, br, zstd')).toBe('gzip');
    expect(answerEncoding('zstd')).toBeUndefined();
    expect(answerEncoding('*')).toBe('gzip');
    const text = JSON.stringify({ changes: Array.from({ length: 50 }, (_, i) => ({ text: `note ${i}` })) });
    expect(gunzipSync(await compressed(text, 'gzip')).toString('utf8')).toBe(text);
    await expect(compressed(text, 'zstd')).rejects.toThrow('zstd');
  });
});
