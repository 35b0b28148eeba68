import { createSignal } from 'solid-js';

/** A small history router: the app has few screens, and this keeps the first load light. */
const [path, setPath] = createSignal(location.pathname);
export { path };

window.addEventListener('popstate', () => setPath(location.pathname));

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === location.pathname) return;
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  setPath(to);
  window.scrollTo(0, 0);
}

/** Click handler for in-app links: plain clicks navigate in place; modified clicks keep browser behaviour. */
export function linkClick(e: MouseEvent): void {
  const a = e.currentTarget as HTMLAnchorElement;
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.pathname);
}
