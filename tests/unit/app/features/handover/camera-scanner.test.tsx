// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'solid-js/web';
import { CameraScanner } from '../../../../../src/app/features/handover/camera/CameraScanner.tsx';
import { en } from '../../../../../src/app/i18n/en/index.ts';

/** A camera as getUserMedia hands it over: one video track that can be stopped (a MediaStream, as video.srcObject insists). */
function fakeStream() {
  const track = { kind: 'video', stop: vi.fn(), addEventListener: vi.fn() };
  const stream = Object.assign(new MediaStream(), { getTracks: () => [track], getVideoTracks: () => [track] });
  return { track, stream };
}

function mount(getUserMedia: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: vi.fn(getUserMedia) }, configurable: true });
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(() => <CameraScanner label="Phone’s code" onText={() => undefined} />, root);
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
  return { root, dispose, status };
}

const settle = () => new Promise((done) => setTimeout(done, 50));

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('CameraScanner', () => {
  it.each([
    ['NotAllowedError', en.camera.refused],
    ['NotFoundError', en.camera.missing],
    ['NotReadableError', en.camera.busy],
  ])('says in words why the camera did not open (%s) and offers to start it again', async (name, words) => {
    const { root, dispose, status } = mount(() => Promise.reject(new DOMException('camera', name)));
    await settle();
    expect(status()).toBe(words);
    expect(root.querySelector('button')?.textContent).toBe(en.camera.start);
    dispose();
  });

  it('shows the live picture with its label and stops every track when it leaves the screen', async () => {
    const { track, stream } = fakeStream();
    const { root, dispose } = mount(() => Promise.resolve(stream));
    await settle();
    const video = root.querySelector('video')!;
    expect(video.getAttribute('aria-label')).toBe('Phone’s code');
    expect(video.muted).toBe(true);
    expect(root.querySelector('button')?.textContent).toBe(en.camera.stop);
    expect(track.stop).not.toHaveBeenCalled();
    dispose();
    expect(track.stop).toHaveBeenCalled();
  });

  it('stops the camera when asked and can start it again', async () => {
    const first = fakeStream();
    const second = fakeStream();
    const streams = [first.stream, second.stream];
    const { root, dispose, status } = mount(() => Promise.resolve(streams.shift()));
    await settle();
    root.querySelector('button')!.click();
    expect(first.track.stop).toHaveBeenCalled();
    expect(status()).toBe(en.camera.off);
    root.querySelector('button')!.click();
    await settle();
    expect(root.querySelector('button')?.textContent).toBe(en.camera.stop);
    dispose();
    expect(second.track.stop).toHaveBeenCalled();
  });
});
