// Node runs the server's TypeScript as it is, by erasing the types: syntax that needs compiling
// (parameter properties, enums, namespaces) would stop the server at start. Every file the server
// can load passes through Node's own type stripper here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';

const serverFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? serverFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the server as Node runs it', () => {
  const files = [...serverFiles('src/server'), ...serverFiles('src/shared')];

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('uses only TypeScript that Node can erase', () => {
    const refused = files.flatMap((file) => {
      try {
        stripTypeScriptTypes(readFileSync(file, 'utf8'));
        return [];
      } catch (err) {
        return [`${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`];
      }
    });
    expect(refused).toEqual([]);
  });

  it('would refuse a parameter property (the check is real)', () => {
    expect(() => stripTypeScriptTypes('class A { constructor(readonly a: string) {} }')).toThrow();
  });
});
