import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../../i18n/index.ts';
import { loadQrReader, type QrReader } from './decoder.ts';
import { cameraProblem, type CameraProblem } from './camera-problem.ts';

/** At most this many reads a second: enough for animated codes at several frames a second, light on a tablet. */
const READS_PER_SECOND = 10;
const READ_INTERVAL_MS = 1000 / READS_PER_SECOND;

/** The picture fills the column, never wider than the screen, whatever size the camera gives. */
const VIDEO_STYLE = { display: 'block', 'inline-size': '100%', 'max-inline-size': '40rem', 'block-size': 'auto', background: '#000' };

type CameraState = 'starting' | 'on' | 'off' | CameraProblem;

/**
 * The rear camera, live, reading QR codes: every text read is handed to `onText`, repeats included
 * (an animated code shows the same frame several times; the caller decides what is new). The camera
 * is on only while this is on screen: unmounting or "Stop camera" stops every track, so the
 * camera light goes out. `paused` keeps the picture but stops reading.
 */
export function CameraScanner(props: { label: string; onText: (text: string) => void; paused?: boolean }) {
  let video!: HTMLVideoElement;
  let stream: MediaStream | undefined;
  let reader: QrReader | undefined;
  let frameRequest: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = -Infinity;
  // Bumped by every start and stop, so a camera that opens after the person left is closed at once.
  let generation = 0;
  const [state, setState] = createSignal<CameraState>('starting');

  function stop() {
    generation++;
    if (frameRequest !== undefined) video.cancelVideoFrameCallback(frameRequest);
    clearTimeout(timer);
    frameRequest = timer = undefined;
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
    video.srcObject = null;
  }

  function schedule() {
    if (!stream) return;
    if ('requestVideoFrameCallback' in video) frameRequest = video.requestVideoFrameCallback(() => void read());
    else timer = setTimeout(() => void read(), READ_INTERVAL_MS);
  }

  async function read() {
    const current = generation;
    const now = performance.now();
    if (reader && !props.paused && now - lastRead >= READ_INTERVAL_MS) {
      lastRead = now;
      try {
        for (const text of await reader(video)) props.onText(text);
      } catch {
        // A frame that cannot be read (a resize under way) is skipped; the next one will do.
      }
    }
    if (current === generation) schedule();
  }

  async function start() {
    stop();
    const current = generation;
    setState('starting');
    if (!navigator.mediaDevices?.getUserMedia) return setState('unsupported');
    // The reader's code loads while the person answers the camera prompt.
    const loading = reader ? Promise.resolve(reader) : loadQrReader();
    loading.catch(() => undefined);
    try {
      const opened = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      if (current !== generation) {
        for (const track of opened.getTracks()) track.stop();
        return;
      }
      stream = opened;
      for (const track of opened.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (stream !== opened) return;
          stop();
          setState('off');
        });
      }
      video.srcObject = opened;
      reader = await loading;
      await video.play();
      if (current !== generation) return;
      setState('on');
      schedule();
    } catch (error) {
      if (current !== generation) return;
      stop();
      setState(cameraProblem(error));
    }
  }

  onMount(() => void start());
  onCleanup(stop);

  const message = () => {
    const s = state();
    return s === 'on' ? '' : t(`camera.${s}`);
  };
  const running = () => state() === 'on' || state() === 'starting';

  return (
    <div class="camera" style={{ display: 'grid', gap: '0.75rem', 'justify-items': 'start' }}>
      <figure hidden={!running()} style={{ margin: 0 }}>
        <video ref={video} style={VIDEO_STYLE} aria-label={props.label} muted playsinline autoplay />
        <figcaption>{props.label}</figcaption>
      </figure>
      <p role="status" class={running() ? 'muted' : 'notice'}>
        {message()}
      </p>
      <Show
        when={running()}
        fallback={
          <button type="button" class="button button--primary" onClick={() => void start()}>
            {t('camera.start')}
          </button>
        }
      >
        <button
          type="button"
          class="button"
          onClick={() => {
            stop();
            setState('off');
          }}
        >
          {t('camera.stop')}
        </button>
      </Show>
    </div>
  );
}
