// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { SyncStatusView } from '../../../src/app/shell/SyncStatusView.tsx';
import type { SyncStatus } from '../../../src/app/core/sync/status.ts';

const NOW = 1_764_000_000_000;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(onSyncNow: () => Promise<boolean | void>) {
  const [status, setStatus] = createSignal<SyncStatus>({ state: 'idle', lastSuccess: NOW, rejected: 0 });
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(() => <SyncStatusView status={status()} now={NOW} onSyncNow={onSyncNow} settingsHref="/settings" onLink={() => undefined} />, root);
  const heard = () => root.querySelector('[data-testid="sync-announcement"]')!.textContent;
  const button = () => root.querySelector('button')!;
  const press = () => button().click();
  return { setStatus, heard, press, button, done: () => (dispose(), root.remove()) };
}

describe('what a screen reader hears of a sync', () => {
  it('a press clears the last outcome, and its own is heard when the sync it asked for ends, not when one under way does', async () => {
    let finish: (ran: boolean) => void = () => undefined;
    const view = mount(() => new Promise<boolean>((resolve) => (finish = resolve)));
    try {
      view.press();
      await tick();
      // Waiting for its sync, the button takes no second press.
      expect(view.button().disabled).toBe(true);
      finish(true);
      await tick();
      expect(view.heard()).toBe('All changes synced.');
      expect(view.button().disabled).toBe(false);

      view.press();
      expect(view.heard()).toBe('');
      await tick();
      // The sync under way ends; the one the press asked for follows it.
      view.setStatus({ state: 'syncing', rejected: 0 });
      view.setStatus({ state: 'idle', lastSuccess: NOW, rejected: 0 });
      view.setStatus({ state: 'syncing', rejected: 0 });
      await tick();
      expect(view.heard()).toBe('');
      view.setStatus({ state: 'error', error: 'offline', rejected: 0 });
      finish(true);
      await tick();
      expect(view.heard()).toMatch(/^No connection to the server/);

      // A sync left to another tab (which kept the lock too long) is not told as this tab's.
      view.setStatus({ state: 'idle', lastSuccess: NOW, rejected: 0 });
      view.press();
      await tick();
      finish(false);
      await tick();
      expect(view.heard()).toBe('');
    } finally {
      view.done();
    }
  });

  it('a background sync is heard only when it fails', async () => {
    const view = mount(() => Promise.resolve());
    try {
      view.setStatus({ state: 'syncing', rejected: 0 });
      view.setStatus({ state: 'idle', lastSuccess: NOW, rejected: 0 });
      await tick();
      expect(view.heard()).toBe('');
      view.setStatus({ state: 'syncing', rejected: 0 });
      view.setStatus({ state: 'error', error: 'offline', rejected: 0 });
      await tick();
      expect(view.heard()).toMatch(/^No connection to the server/);
    } finally {
      view.done();
    }
  });
});
