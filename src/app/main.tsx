import { render } from 'solid-js/web';
import { App } from './App.tsx';
import { warmScreen } from './routes.ts';
import { openLocalStore } from './core/db/store.ts';
import { fillLiveKinds } from './core/db/live-kinds.ts';
import { StoreContext } from './core/db/store-context.ts';
import { SyncContext } from './core/sync/context.ts';
import { createSyncEngine } from './core/sync/engine.ts';
import { startServiceWorker } from './core/pwa/update.ts';
import { requestPersistentStorage } from './core/platform/device-status.ts';
import { nextTask, whenIdle } from './core/platform/idle.ts';
import { setLocale, startLocale, t } from './i18n/index.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

// Registered even when the database cannot open, so an update can still arrive.
whenIdle(startServiceWorker);
// Whatever a write or a screen lets escape is said in words (every write runs through ui/command.ts).
// The net comes once the first screen has settled, with the later screens' code: before that no
// one has written anything, and the browser's console has what escapes.
setTimeout(() => whenIdle(() => void import('./ui/escapes.ts').then((m) => m.reportEscapes())), 1500);

/**
 * Open the database and show the app. Not top-level await: the bundler then merges the first
 * screen's modules into one chunk, where top-level await would keep them in many small ones (each
 * a request, and a round trip, on a slow link).
 */
async function start(root: HTMLElement): Promise<void> {
  try {
    // Each step in its own task: the modules' evaluation, opening the database, the first render.
    await nextTask();
    // The saved language is read here, not as the modules load: the page's first localStorage read
    // opens its file (15-20 ms on the project machine), a share of the first task.
    const starting = startLocale();
    warmScreen(location.pathname, starting);
    const [store] = await Promise.all([
      openLocalStore(),
      // A dictionary that cannot load (offline before it was cached) leaves the app in English.
      setLocale(starting, { remember: false, firstScreen: true }).catch(() => undefined),
    ]);
    const engine = createSyncEngine(store);
    await nextTask();
    root.textContent = ''; // the static shell of index.html
    render(
      () => (
        <StoreContext.Provider value={store}>
          <SyncContext.Provider value={engine}>
            <App />
          </SyncContext.Provider>
        </StoreContext.Provider>
      ),
      root,
    );
    whenIdle(() => {
      engine.start();
      void requestPersistentStorage();
      void fillLiveKinds(store.db, () => new Promise<void>((next) => whenIdle(() => next(), 1000))).catch((err: unknown) => console.warn('notes not indexed by kind yet', err));
    });
  } catch (err) {
    console.error(err);
    root.textContent = t('error.open_failed');
    // Plain http away from this machine: the browser withholds what start-up needs. Say so instead.
    if (!isSecureContext) void import('./shell/InsecureStart.tsx').then((m) => m.explainInsecureStart(root)).catch(() => undefined);
  }
}

void start(root);
