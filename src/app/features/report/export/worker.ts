/**
 * The export worker: serialises translated tables to CSV, zip, XLSX or JSON off the main thread, so
 * a large workshop never freezes the page on a low-end phone. It imports no UI code or dictionaries.
 */
import { serialise, type ExportRequest, type ExportWorkerMessage } from './serialise.ts';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportWorkerMessage, transfer: Transferable[]): void;
  addEventListener(type: 'securitypolicyviolation', listener: (event: SecurityPolicyViolationEvent) => void): void;
}
// The project compiles with the DOM library only (adding the WebWorker one would retype `self` for
// every file), so here, where `self` really is a worker, it is narrowed by hand.
const scope = self as unknown as WorkerScope;
const post = (message: ExportWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ExportRequest>) => {
  serialise(event.data, (done, total) => post({ type: 'progress', done, total }))
    .then((result) => post({ type: 'done', ...result }, [result.bytes.buffer]))
    .catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};

/**
 * The XLSX writer compresses large parts in helper workers made from blob: URLs. A Content Security
 * Policy without `blob:` in worker-src blocks them, and the compressor then waits forever; the
 * violation is reported here, so the page hears an error instead of a progress bar that never ends.
 */
scope.addEventListener('securitypolicyviolation', (event) => {
  // A report-only policy blocks nothing, so the export carries on.
  if (event.disposition !== 'enforce') return;
  post({ type: 'error', message: `blocked by the Content Security Policy (${event.effectiveDirective} ${event.blockedURI})` });
});
