import { render } from 'solid-js/web';
import { App } from './App.tsx';
import { openLocalStore } from './storage/store.ts';
import { StoreContext } from './state/store-context.ts';
import { startServiceWorker } from './pwa/update.ts';
import { requestPersistentStorage } from './platform/device-status.ts';
import { t } from './i18n/index.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

startServiceWorker();
try {
  const store = await openLocalStore();
  void requestPersistentStorage();
  root.textContent = '';
  render(
    () => (
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    ),
    root,
  );
} catch (err) {
  console.error(err);
  root.textContent = t('error.open_failed');
}
