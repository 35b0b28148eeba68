// One device of the load test, behaving as the app's sync engine does when the server is busy: on
// 503 server_busy or 429 it waits Retry-After stretched by 0–50%, then pushes again, until the push
// is acknowledged or fails for another cause.
import { setTimeout as sleep } from 'node:timers/promises';
import { retryAfterMs, spreadWait } from '../src/app/core/sync/retry-after.ts';
import { REJECTED_ACKS_ONLY, SYNC_ACKS_HEADER } from '../src/shared/sync/protocol.ts';

/** A device that was told to wait this often has given up. */
const MAX_ATTEMPTS = 200;
/** The engine's wait when a refusal names none. */
const FALLBACK_WAIT_MS = 15_000;

export interface DeviceOutcome {
  /** From the first try to the acknowledged push, waits included. */
  doneMs: number;
  /** Latency of each request the server took on (not refused). */
  admittedMs: number[];
  /** 503 server_busy answers, and 429 answers. */
  busy: number;
  limited: number;
  /** Why the push did not go through, if it did not. */
  error?: string;
}

/**
 * What Chromium sends as Accept-Encoding with a sync request: the answers the app's devices get
 * (zstd). Node's `fetch` reads zstd from undici 7 on (Node 24); on an older one the load devices ask
 * for gzip, which they can read.
 */
export const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const FETCH_ACCEPT_ENCODING = Number(process.versions.undici?.split('.')[0] ?? 0) >= 7 ? CHROMIUM_ACCEPT_ENCODING : 'gzip';

/** `headers` adds to the request's own: the device's signature of `body` (see tests/support/test-devices.ts). */
export async function pushUntilAcknowledged(url: string, key: string, body: string, headers: Record<string, string> = {}): Promise<DeviceOutcome> {
  const out: DeviceOutcome = { doneMs: 0, admittedMs: [], busy: 0, limited: 0 };
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    const t = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': FETCH_ACCEPT_ENCODING, [SYNC_ACKS_HEADER]: REJECTED_ACKS_ONLY, ...headers },
        body,
      });
      const json = (await res.json()) as { acks?: { status: string }[]; error?: { code: string } };
      const refused = res.status === 429 || (res.status === 503 && json.error?.code === 'server_busy');
      if (!refused) {
        out.admittedMs.push(performance.now() - t);
        if (!res.ok) out.error = `HTTP ${res.status} ${json.error?.code ?? ''}`;
        // As the app asks: only refused changes are listed.
        else if (json.acks?.some((a) => a.status !== 'applied')) out.error = 'mutation not applied';
        break;
      }
      if (res.status === 429) out.limited++;
      else out.busy++;
      if (attempt === MAX_ATTEMPTS) {
        out.error = `still refused after ${MAX_ATTEMPTS} tries`;
        break;
      }
      await sleep(spreadWait(retryAfterMs(res.headers.get('retry-after')) ?? FALLBACK_WAIT_MS));
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
      out.error = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
      break;
    }
  }
  out.doneMs = performance.now() - t0;
  return out;
}
