import { createSignal } from 'solid-js';
import { dotsPlaced } from '../../../shared/votes.ts';
import { t } from '../../i18n/index.ts';
import type { Dots } from './dots.ts';

/**
 * Sending a voter's dots, from a phone or from the tablet passed round: one send at a time, and
 * never an empty ballot (said in words, under the dots). `send` resolves to whether it was written.
 */
export function createBallotSending(send: (dots: Dots) => Promise<boolean>) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  async function submit(dots: Dots): Promise<boolean> {
    if (busy()) return false;
    if (dotsPlaced(dots) === 0) {
      setProblem(t('votes.placeOne'));
      return false;
    }
    setBusy(true);
    try {
      const sent = await send(dots);
      if (sent) setProblem(undefined);
      return sent;
    } finally {
      setBusy(false);
    }
  }
  /** The dots changed: what was wrong with them is no longer said. */
  const changed = () => setProblem(undefined);
  return { busy, problem, changed, submit };
}
