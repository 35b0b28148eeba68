import type { ExportRequest, ExportWorkerMessage, ProgressListener, SerialisedExport } from './serialise.ts';

/**
 * Why an export failed, as a stable code for the UI to put into words: `unavailable` when the worker
 * could not start (its file is not on this device yet, say), `failed` when serialising threw.
 */
class ExportError extends Error {
  constructor(
    readonly code: 'unavailable' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
}

const toFile = (r: SerialisedExport): ExportFile => ({ blob: new Blob([r.bytes], { type: r.mime }), fileName: r.fileName });

/**
 * Serialise an export in a Web Worker, relaying its progress, and hand back the file. Without
 * Worker support (unit tests in Node) the same code runs on this thread. Aborting stops the worker.
 */
export function runExport(request: ExportRequest, onProgress: ProgressListener, signal?: AbortSignal): Promise<ExportFile> {
  if (typeof Worker === 'undefined') return runInThread(request, onProgress);
  return new Promise((resolve, reject) => {
    // Vite sees this exact form and bundles the worker as its own chunk, precached like the others.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      const reason: unknown = signal?.reason ?? new DOMException('Export aborted', 'AbortError');
      reject(reason);
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.done, message.total);
      finish();
      if (message.type === 'done') resolve(toFile(message));
      else reject(new ExportError('failed', message.message));
    };
    worker.onerror = (event) => {
      // Fired when the worker script cannot load or throws outside serialise(); the page must not wait forever.
      event.preventDefault();
      finish();
      reject(new ExportError('unavailable', event.message || 'export worker failed to start'));
    };
    // The photos' bytes move to the worker rather than being copied: a workshop's photos can be tens of megabytes.
    const transfer = request.format === 'csv-zip' ? (request.files ?? []).map((f) => f.bytes.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer) : [];
    worker.postMessage(request, [...new Set(transfer)]);
  });
}

async function runInThread(request: ExportRequest, onProgress: ProgressListener): Promise<ExportFile> {
  // Loaded on demand, so the serialisers (and the XLSX writer) stay out of the screen's chunk.
  const { serialise } = await import('./serialise.ts');
  try {
    return toFile(await serialise(request, onProgress));
  } catch (err) {
    throw new ExportError('failed', err instanceof Error ? err.message : String(err));
  }
}
