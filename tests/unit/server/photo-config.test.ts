import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config.ts';
import { DEFAULT_PHOTO_BUDGETS } from '../../../src/server/http/photo-budgets.ts';

describe('photo settings from the environment', () => {
  it('default to a gibibyte per key, 256 MiB at once and 512 MiB an hour, and fifteen minutes a file', () => {
    expect(readConfig({}).photos).toEqual(DEFAULT_PHOTO_BUDGETS);
    expect(DEFAULT_PHOTO_BUDGETS).toEqual({ quotaBytes: 1024 ** 3, keyBytes: { burst: 256 * 1024 ** 2, perHour: 512 * 1024 ** 2 }, maxMs: 900_000 });
  });

  it('take whole numbers and a BURST/PER_HOUR budget', () => {
    const config = readConfig({ PHOTO_QUOTA_BYTES: '104857600', PHOTO_KEY_BYTES: '10485760/20971520', PHOTO_BODY_MAX_SECONDS: '300' });
    expect(config.photos).toEqual({ quotaBytes: 104_857_600, keyBytes: { burst: 10_485_760, perHour: 20_971_520 }, maxMs: 300_000 });
  });

  it('stop the server with a sentence naming the setting when one is mistyped or could never let a photo through', () => {
    for (const [name, value] of [
      ['PHOTO_QUOTA_BYTES', '1GB'],
      ['PHOTO_QUOTA_BYTES', '1000'],
      ['PHOTO_KEY_BYTES', '100'],
      ['PHOTO_KEY_BYTES', '1024/2048'],
      ['PHOTO_BODY_MAX_SECONDS', '0'],
      ['PHOTO_BODY_MAX_SECONDS', '1e3'],
    ]) {
      expect(() => readConfig({ [name!]: value }), `${name}=${value}`).toThrow(name);
    }
  });
});
