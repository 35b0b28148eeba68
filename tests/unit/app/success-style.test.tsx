// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import type { JSX } from 'solid-js';
import { SyncStatusView } from '../../../src/app/shell/SyncStatusView.tsx';
import { OverviewCounts } from '../../../src/app/features/workshop/OverviewCounts.tsx';
import type { SyncStatus } from '../../../src/app/core/sync/status.ts';
import { NO_NOTES, workshopCounts } from '../../../src/app/features/workshop/overview.ts';

const NOW = 1_764_000_000_000;
const counts = workshopCounts({ organisations: [], participants: [], agenda: [], notesByKind: NO_NOTES, practices: [] });

function mount(view: () => JSX.Element) {
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(view, root);
  return { root, done: () => (dispose(), root.remove()) };
}
const syncView = (status: SyncStatus) => () => <SyncStatusView status={status} now={NOW} onSyncNow={() => undefined} settingsHref="/settings" onLink={() => undefined} />;

describe('a success does not look like a warning', () => {
  it('"Last synced just now" is in the success style, with no alert; a failure keeps the warning style', () => {
    const ok = mount(syncView({ state: 'idle', lastSuccess: NOW, rejected: 0 }));
    try {
      const last = ok.root.querySelector('[data-testid="sync-last"]')!;
      expect(last.textContent).toMatch(/^Last synced/);
      expect(last.classList.contains('status--ok')).toBe(true);
      expect(ok.root.querySelector('.status--warn, [role="alert"]')).toBeNull();
    } finally {
      ok.done();
    }
    const failed = mount(syncView({ state: 'error', lastSuccess: NOW, error: 'offline', rejected: 0 }));
    try {
      expect(failed.root.querySelector('[data-testid="sync-last"]')!.classList.contains('status--ok')).toBe(false);
      expect(failed.root.querySelector('[data-testid="sync-error"]')!.classList.contains('status--warn')).toBe(true);
    } finally {
      failed.done();
    }
  });

  it('a workshop whose changes are all synced says so in the success style; one with changes waiting keeps the notice', () => {
    for (const [unsynced, ok] of [
      [0, true],
      [3, false],
    ] as const) {
      const view = mount(() => <OverviewCounts counts={counts} unsynced={unsynced} />);
      try {
        const line = view.root.querySelector('[data-testid="workshop-unsynced"]')!;
        expect(line.classList.contains('notice--ok'), String(unsynced)).toBe(ok);
        expect(line.getAttribute('role')).toBeNull();
      } finally {
        view.done();
      }
    }
  });

  it('the success styles use the success colour, never the warning or error colour', () => {
    const css = ['src/app/ui/notice.css', 'src/app/styles.css'].map((f) => readFileSync(join(import.meta.dirname, '../../..', f), 'utf8')).join('\n');
    const rules = [...css.matchAll(/([^{}]*(?:notice--ok|status--ok)[^{}]*)\{([^}]*)\}/g)].map((m) => m[2]!);
    expect(rules.length).toBeGreaterThan(0);
    for (const body of rules) expect(body).not.toMatch(/--warn|--error/);
    expect(rules.join('')).toContain('var(--ok)');
  });
});
