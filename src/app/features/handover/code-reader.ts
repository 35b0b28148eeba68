import { t } from '../../i18n/index.ts';
import { createMessageDecoder, unpackJson, type MessageDecoder } from './code/index.ts';

export interface CodeReader {
  /** Hand over every text the camera reads: frames of one animated code rebuild its message. */
  receive: (text: string) => void;
  /** Read any code again, the last one too. */
  reset: () => void;
}

/**
 * Reading animated codes one after another: progress in words as frames arrive, the message's JSON
 * to `onMessage` once whole (undefined when it does not unpack), and the code just read ignored
 * while it stays in view, so the next one can be shown. Frames are not read while `busy()`.
 */
export function createCodeReader(opts: { onStatus: (words: string) => void; onMessage: (json: unknown) => void; busy?: () => boolean }): CodeReader {
  let decoder: MessageDecoder = createMessageDecoder();
  let done: MessageDecoder | undefined;
  return {
    receive: (text) => {
      if (opts.busy?.() || (done && done.receive(text) !== 'other-message')) return;
      const outcome = decoder.receive(text);
      if (outcome === 'complete') {
        done = decoder;
        decoder = createMessageDecoder();
        const bytes = done.message();
        opts.onMessage(bytes ? unpackJson(bytes) : undefined);
      } else if (outcome === 'new' || outcome === 'repeat') {
        const { received, total } = decoder.progress();
        opts.onStatus(t('handover.progress', { received, total }));
      } else if (outcome === 'other-message') opts.onStatus(t('handover.otherPhone'));
      else if (outcome === 'damaged') opts.onStatus(t('handover.damaged'));
    },
    reset: () => {
      done = undefined;
      decoder = createMessageDecoder();
    },
  };
}
