import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../../../../../../src/app/features/report/export/run.ts';
import type { ExportRequest, ExportWorkerMessage } from '../../../../../../src/app/features/report/export/serialise.ts';

/**
 * A stand-in for the browser's Worker (Node has none): it answers each request with a script of
 * messages, so the relay in runExport is tested without a browser. The worker itself runs
 * serialise(), tested directly elsewhere.
 */
class ScriptedWorker {
  static script: (ExportWorkerMessage | 'load-error')[] = [];
  static instances: ScriptedWorker[] = [];
  onmessage: ((e: MessageEvent<ExportWorkerMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    ScriptedWorker.instances.push(this);
  }
  postMessage(request: ExportRequest) {
    this.received.push(request);
    for (const step of ScriptedWorker.script) {
      queueMicrotask(() => {
        if (this.terminated) return;
        if (step === 'load-error') this.onerror?.({ message: 'Failed to fetch', preventDefault() {} } as ErrorEvent);
        else this.onmessage?.({ data: step } as MessageEvent<ExportWorkerMessage>);
      });
    }
  }
  terminate() {
    this.terminated = true;
  }
}

const request: ExportRequest = { format: 'json', json: { a: 1 }, baseName: 'x' };

afterEach(() => {
  vi.unstubAllGlobals();
  ScriptedWorker.instances = [];
});

describe('running an export in a worker', () => {
  it('starts a module worker, relays progress and resolves with a Blob, then stops the worker', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    const bytes = new TextEncoder().encode('{"a":1}');
    ScriptedWorker.script = [
      { type: 'progress', done: 0, total: 1 },
      { type: 'progress', done: 1, total: 1 },
      { type: 'done', bytes, mime: 'application/json', fileName: 'x.json' },
    ];
    const progress: [number, number][] = [];
    const file = await runExport(request, (d, t) => progress.push([d, t]));
    expect(file.fileName).toBe('x.json');
    expect(file.blob.type).toBe('application/json');
    expect(await file.blob.text()).toBe('{"a":1}');
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
    const [worker] = ScriptedWorker.instances;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(String(worker?.url)).toMatch(/worker\.ts$/);
    expect(worker?.received).toEqual([request]);
    expect(worker?.terminated).toBe(true);
  });

  it('rejects with a code: failed when serialising threw, unavailable when the worker could not start', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.script = [{ type: 'error', message: 'boom' }];
    await expect(runExport(request, () => {})).rejects.toMatchObject({ name: 'ExportError', code: 'failed', message: 'boom' });
    ScriptedWorker.script = ['load-error'];
    const err = await runExport(request, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'ExportError', code: 'unavailable' });
    expect(ScriptedWorker.instances.every((w) => w.terminated)).toBe(true);
  });

  it('stops the worker when aborted', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.script = [{ type: 'progress', done: 0, total: 9 }];
    const controller = new AbortController();
    const running = runExport(request, () => controller.abort(), controller.signal);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(ScriptedWorker.instances[0]?.terminated).toBe(true);
  });
});
