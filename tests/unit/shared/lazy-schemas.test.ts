import { describe, expect, it, vi } from 'vitest';

/** Every zod builder call, counted: a schema built as a module loads shows up here. */
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('zod/mini', async (importActual) => {
  const actual = await importActual<Record<string, unknown>>();
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(actual)) {
    counted[name] =
      typeof value === 'function' && /^[a-z]/.test(name)
        ? (...args: unknown[]) => {
            calls.count += 1;
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  }
  return counted;
});

describe('shared schemas are built on first use', () => {
  it('loading the schema and protocol modules builds no schema', async () => {
    await import('../../../src/shared/schemas/kinds.ts');
    await import('../../../src/shared/schemas/mutation.ts');
    await import('../../../src/shared/sync/protocol.ts');
    await import('../../../src/shared/sync/pending-file.ts');
    await import('../../../src/shared/protocol.ts');
    expect(calls.count).toBe(0);
  });

  it('builds a kind once, on first use, and validates with it', async () => {
    const { RECORD_KINDS, RECORD_KIND_NAMES } = await import('../../../src/shared/schemas/kinds.ts');
    const before = calls.count;
    const note = RECORD_KINDS.note.schema();
    expect(calls.count).toBeGreaterThan(before);
    const built = calls.count;
    expect(RECORD_KINDS.note.schema()).toBe(note);
    expect(calls.count).toBe(built);
    expect(note.safeParse({ kind: 'lesson' }).success).toBe(false);
    for (const kind of RECORD_KIND_NAMES) expect(Object.keys(RECORD_KINDS[kind].schema().shape)).toContain('id');
  });

  it('the protocol schemas share the mutation schema they embed', async () => {
    const { mutationSchema } = await import('../../../src/shared/schemas/mutation.ts');
    const { syncRequestSchema } = await import('../../../src/shared/sync/protocol.ts');
    expect(syncRequestSchema().shape.mutations.def.element).toBe(mutationSchema());
  });
});
