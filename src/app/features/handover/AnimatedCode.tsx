import { createSignal, onCleanup, onMount } from 'solid-js';
import { QrCode } from '../../ui/QrCode.tsx';
import type { FrameSource } from './code/index.ts';

/**
 * How long each frame of an animated code stays on screen: four a second, slow enough for a
 * tablet that decodes in software to read most of them, fast enough that ten frames take seconds.
 */
export const FRAME_MS = 250;

/**
 * A code shown frame after frame, for ever: the first pass shows each fragment once, then fountain
 * mixes follow, so a camera that missed frames completes from whatever it reads next. A message of
 * one frame is a still code.
 */
export function AnimatedCode(props: { frames: FrameSource; label: string }) {
  const [n, setN] = createSignal(1);
  const timer = setInterval(() => {
    if (props.frames.count > 1) setN((k) => k + 1);
  }, FRAME_MS);
  onCleanup(() => clearInterval(timer));
  let box!: HTMLDivElement;
  // Shown where the person holds the phone up: the whole code on screen.
  onMount(() => box.scrollIntoView?.({ block: 'center' }));
  return (
    <div ref={box} class="animated-code" data-frame={n()} data-frames={props.frames.count}>
      <QrCode text={props.frames.frame(n())} label={props.label} />
    </div>
  );
}
