import { createEffect, createMemo, createSignal, ErrorBoundary, lazy, Match, on, onCleanup, onMount, Show, Suspense, Switch, untrack } from 'solid-js';
import { locale, preloadMessages, setLocale, t, tp } from './i18n/index.ts';
import { BrandMark } from './shell/BrandMark.tsx';
import { LanguageSwitch } from './shell/LanguageSwitch.tsx';
import { linkClick, path } from './core/router.ts';
import { announce, announceFailure, announcement, dismissAnnouncement } from './ui/announcer.ts';
import { live } from './core/db/live-query.ts';
import { useStore } from './core/db/store-context.ts';
import { whenIdle } from './core/platform/idle.ts';
import { warmDateFields } from './core/platform/warm-up.ts';
import { noteReachable, online, persisted, refreshStorageStatus, requestPersistentStorage, storageUse } from './core/platform/device-status.ts';
import { applyUpdate, dismissUpdate, reloadNow, reloadPending, updateReady, type UpdateOutcome } from './core/pwa/update.ts';
// Keeps Chromium's install event from the start (it comes once); the hints that use it load later.
import './core/pwa/install-prompt.ts';
import { StatusBar } from './shell/StatusBar.tsx';
import { Toast } from './ui/Toast.tsx';
import { SyncStatusView } from './shell/SyncStatusView.tsx';
import { syncStatus, useSync } from './core/sync/context.ts';
import { checkConnection } from './core/sync/connection.ts';
import { dismissStorageFull, saveUnsyncedToFile, storageFull } from './core/sync/storage-full.ts';
import { handRound } from './core/db/hand-round-state.ts';
import { isParticipantOnly, ParticipantDevice } from './core/credentials/participant.ts';
import { HomeScreen } from './features/workshop/HomeScreen.tsx';
import { NotFoundScreen } from './ui/NotFoundScreen.tsx';

// Screens past the list load after the first screen (all are precached, so this works offline too):
// the first screen stays small on a cheap phone. Which screen a route shows is the route table's.
// Shown only once an update waits, so its code stays off the first screen (it is precached like every screen).
const UpdateBanner = lazy(() => import('./shell/UpdateBanner.tsx').then((m) => ({ default: m.UpdateBanner })));
// The same for the storage-full banner, and for the storage line, read once start-up is over and
// shown on a facilitator's device only (a participant's phone has no use for storage words).
const StorageFullBanner = lazy(() => import('./shell/StorageFullBanner.tsx').then((m) => ({ default: m.StorageFullBanner })));
const StorageStatus = lazy(() => import('./shell/StorageStatus.tsx').then((m) => ({ default: m.StorageStatus })));
// The plain-http warning and the install and home-screen hints: code and words load once the first screen has settled.
const ShellHint = lazy(() => import('./shell/ShellHint.tsx').then((m) => ({ default: m.ShellHint })));
const PhotoSyncPanel = lazy(() => import('./shell/PhotoSyncPanel.tsx').then((m) => ({ default: m.PhotoSyncPanel })));
const screens = { ...lazyScreens, home: HomeScreen, notFound: NotFoundScreen } satisfies Record<ScreenName, Screen>;

const STORAGE_READ_DELAY_MS = 4000;
/** Storage use is read again once writes have paused this long: never in the frame a save shows in. */
const STORAGE_REFRESH_QUIET_MS = 1000;
const HINT_DELAY_MS = 1500;

/**
 * Fetch every screen soon after the first one shows, so a phone that loses its connection a
 * minute after opening a join link (before the service worker finished caching) can still score.
 */
function preloadScreens(): void {
  // One screen at a time, each when the device is idle: evaluating every screen's code at once is
  // one long task that a tap on the first screen would wait for. The dictionary is fetched, not
  // put in use, so the words on screen are not looked up again.
  const queue: (() => unknown)[] = [() => preloadMessages(locale()), warmDateFields, ...Object.values(screenCode)];
  const next = () => {
    const step = queue.shift();
    if (step)
      void Promise.resolve()
        .then(step)
        .catch(() => undefined)
        .then(() => whenIdle(next, 1000));
  };
  // After the first screen has settled.
  setTimeout(() => whenIdle(next), 1500);
}
import { lazyScreens, parseRoute, participantScreen, paths, screenCode, screenKey, type Route, type Screen, type ScreenName } from './routes.ts';

/**
 * A route's screen, made anew when the route's key changes; a parameter that keeps the screen (a
 * workshop's section) is passed on as it changes. A participant's phone shows a participant's
 * screens only (see `participantScreen`).
 */
function RouteScreen(props: { route: Route; participant: boolean }) {
  const shown = () => (props.participant ? participantScreen(props.route) : props.route.name);
  return (
    <Show when={screenKey(props.route) + shown()} keyed>
      {(_key) => {
        const Screen = screens[untrack(shown)];
        return <Screen {...props.route} />;
      }}
    </Show>
  );
}

declare const __APP_VERSION__: string;

export function App() {
  const store = useStore();
  const unsynced = live(() => store.pendingCount());
  const engine = useSync();
  const sync = syncStatus(engine);
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(tick));
  const route = createMemo(() => parseRoute(path()));
  /** The bar's link to a part of the app is current on each of its screens. */
  const current = (...names: Route['name'][]) => (names.includes(route().name) ? 'page' : undefined);
  // A device handed round shows the current person's form and nothing else, whatever the address
  // (a link, the back button, a typed path); null when not handed round, undefined until read.
  const handing = live(() => handRound(store.db));
  // A phone that joined workshops as a participant shows only what a participant does and may write.
  const participant = live(() => isParticipantOnly(store.db));
  const handedRoundTo = createMemo(() => {
    const h = handing();
    if (!h) return undefined;
    const r = route();
    return r.name === 'score' && r.id === h.workshopId && r.assessmentId === h.current ? undefined : h.workshopId;
  });
  const [persistMessage, setPersistMessage] = createSignal<string>();
  const [updateBlocked, setUpdateBlocked] = createSignal<string>();
  // The storage line (its code too) comes once start-up is over: see onMount.
  const [storageLine, setStorageLine] = createSignal(false);
  const [hints, setHints] = createSignal(false);

  onMount(() => {
    // The storage line sits below the fold and is not urgent: it is read once start-up is over, so
    // its numbers (the page's first number format, which loads number data) do not compete with it.
    setTimeout(
      () =>
        whenIdle(() => {
          setStorageLine(true);
          void refreshStorageStatus();
        }),
      STORAGE_READ_DELAY_MS,
    );
    whenIdle(() => void checkConnection().then(noteReachable));
    setTimeout(() => whenIdle(() => setHints(true)), HINT_DELAY_MS);
    preloadScreens();
  });
  // Each sync is a connection check: a network failure says offline, a success online.
  createEffect(
    on(
      () => [sync().error, sync().lastSuccess] as const,
      ([error, lastSuccess], before) => {
        if (error === 'offline') noteReachable(false);
        else if (lastSuccess !== undefined && lastSuccess !== before?.[1]) noteReachable(true);
      },
    ),
  );
  // Storage use changes with every write; refresh it when the unsynced count has moved (not when
  // first read) and writes have paused, when the page is idle.
  let storageRefresh: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      unsynced,
      (_, before) => {
        if (before === undefined) return;
        clearTimeout(storageRefresh);
        storageRefresh = setTimeout(() => whenIdle(() => void refreshStorageStatus()), STORAGE_REFRESH_QUIET_MS);
      },
      { defer: true },
    ),
  );
  // After in-app navigation, move focus to the new screen's heading so screen readers follow.
  createEffect(on(path, () => queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus()), { defer: true }));

  const handleUpdate = (outcome: UpdateOutcome) => setUpdateBlocked(outcome === 'blocked-by-form' ? t('update.blockedByForm') : undefined);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <a class="topbar__brand" href="/" onClick={linkClick}>
          <BrandMark />
          {t('app.name')}
        </a>
        <Show when={!handing()}>
          <nav class="topbar__nav" aria-label={t('app.name')}>
            <Show when={participant() === false}>
              <a href={paths.compendium()} onClick={linkClick} aria-current={current('compendium', 'compendiumReport')}>
                {t('nav.compendium')}
              </a>
              <a href={paths.projects()} onClick={linkClick} aria-current={current('projects', 'project')}>
                {t('nav.projects')}
              </a>
              <a href={paths.frameworks()} onClick={linkClick} aria-current={current('frameworks')}>
                {t('nav.frameworks')}
              </a>
            </Show>
            <a href={paths.settings()} onClick={linkClick} aria-current={current('settings')}>
              {t('nav.settings')}
            </a>
          </nav>
        </Show>
        <LanguageSwitch
          label={t('app.language')}
          value={locale()}
          onChange={(l) =>
            setLocale(l).catch((err: unknown) => {
              announce(t('app.notOnDevice'));
              throw err;
            })
          }
        />
      </header>
      <Show when={updateReady() || reloadPending()}>
        <UpdateBanner
          ready={updateReady()}
          reloadPending={reloadPending()}
          unsynced={unsynced() ?? 0}
          blockedMessage={updateBlocked()}
          onUpdate={() => handleUpdate(applyUpdate())}
          onLater={() => {
            setUpdateBlocked(undefined);
            dismissUpdate();
          }}
          onReload={() => handleUpdate(reloadNow())}
        />
      </Show>
      <Show when={storageFull()}>
        <StorageFullBanner
          onExport={() =>
            void saveUnsyncedToFile(store).then(
              (n) => announce(tp('storageFull.exported', n)),
              () => announceFailure(t('error.write_failed')),
            )
          }
          onDismiss={dismissStorageFull}
        />
      </Show>
      {/* Not on a device handed round: it is not the holder's to install or dismiss. */}
      <Show when={hints() && handing() === null}>
        <ShellHint />
      </Show>
      <main id="main" class="main">
        <ErrorBoundary
          fallback={(_err, retry) => (
            <div class="notice" role="alert">
              <p>{t('app.notOnDevice')}</p>
              <button type="button" class="button" onClick={retry}>
                {t('app.retry')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p class="muted">{t('app.loading')}</p>}>
            <ParticipantDevice.Provider value={participant}>
              <Switch fallback={<RouteScreen route={route()} participant={participant()!} />}>
                <Match when={handing() === undefined || participant() === undefined}>
                  <p class="muted">{t('app.loading')}</p>
                </Match>
                <Match when={handedRoundTo()} keyed>
                  {(id) => <screens.handRound workshopId={id} />}
                </Match>
              </Switch>
            </ParticipantDevice.Provider>
          </Suspense>
        </ErrorBoundary>
      </main>
      <Toast
        message={announcement().message}
        actionLabel={announcement().action?.label}
        failed={announcement().failed}
        onAction={() => {
          announcement().action?.run();
          dismissAnnouncement();
        }}
      />
      <footer class="footer">
        <SyncStatusView status={sync()} now={now()} onSyncNow={() => engine.syncNow({ asked: true })} settingsHref={paths.settings()} onLink={linkClick} />
        <StatusBar online={online()} unsynced={unsynced()}>
          <Show when={participant() === false && storageLine() && persisted() !== undefined}>
            <StorageStatus
              storage={storageUse()}
              persisted={persisted()}
              persistMessage={persistMessage()}
              // Asking never fails: a refusal or an error is a plain "not granted".
              onPersist={() => void requestPersistentStorage().then((granted) => setPersistMessage(granted ? undefined : t('status.persistDenied')))}
            />
            <PhotoSyncPanel />
          </Show>
        </StatusBar>
        <p class="footer__version" data-testid="app-version">
          {t('app.version', { version: __APP_VERSION__ })}
        </p>
      </footer>
    </>
  );
}
