/**
 * How long a sync request waits for the server before it is given up as lost. A link can die with
 * no word: a venue's Wi-Fi losing its uplink leaves the connection open, and a request on it waits
 * for the system's TCP timeout, a quarter of an hour, while the device shows "Syncing…" and every
 * sync it is asked for joins the one that hangs. Given up, the request fails as `offline` (see
 * round-trips.ts for what follows). Nothing is lost: an unanswered push is sent again and the
 * server acknowledges it as a duplicate.
 */
export interface AnswerWait {
  /**
   * The wait for the answer to start, besides the upload's time: three times the slowest answers
   * measured with a thousand devices pushing at once (`npm run bench:sync`: p99 5 to 20 s), as a
   * request may wait its turn on a busy server.
   */
  baseMs: number;
  /** The longest the answer's body may pause between two parts. */
  stallMs: number;
  /** The slowest upload the server takes (bytes a second, on average): a body sent slower is refused anyway. */
  slowestUpload: number;
}

export const ANSWER_WAIT: AnswerWait = { baseMs: 60_000, stallMs: 30_000, slowestUpload: 512 };

/** The server reads a body for two minutes at most; the answer's wait never grows past this. */
const LONGEST_MS = 180_000;

/** The wait for an answer to a request of `bytes`: its upload at the slowest pace the server takes, then `baseMs`. */
const answerWaitMs = (bytes: number, wait: AnswerWait): number => Math.min(LONGEST_MS, wait.baseMs + (bytes * 1000) / wait.slowestUpload);

/** A request given up after its wait, and its answer's body given up when it pauses past `stallMs`. */
export function answerTimer(bytes: number, wait: AnswerWait = ANSWER_WAIT) {
  const controller = new AbortController();
  const waitMs = answerWaitMs(bytes, wait);
  let timer = setTimeout(() => controller.abort(), waitMs);
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), wait.stallMs);
  };
  return {
    /** How long the answer may take to start. */
    waitMs,
    signal: controller.signal,
    /**
     * The answer's body as JSON, the wait renewed at every part that arrives; undefined when it is
     * not JSON or cannot be read. A body given up as stalled throws, with `signal` aborted.
     */
    async json(res: Response): Promise<unknown> {
      let text: string;
      try {
        text = await readText(res);
      } catch (err) {
        if (controller.signal.aborted) throw err;
        return undefined;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    done: () => clearTimeout(timer),
  };

  async function readText(res: Response): Promise<string> {
    controller.signal.throwIfAborted();
    rearm();
    if (!res.body) return res.text();
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    const abort = () => void reader.cancel().catch(() => undefined);
    controller.signal.addEventListener('abort', abort, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (controller.signal.aborted) throw new DOMException('the answer stalled', 'AbortError');
        if (done) break;
        parts.push(value);
        rearm();
      }
    } finally {
      controller.signal.removeEventListener('abort', abort);
    }
    return new TextDecoder().decode(await new Blob(parts as BlobPart[]).arrayBuffer());
  }
}
