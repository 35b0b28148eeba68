// What other features may use of photos: everything else in this folder is its own.
import { createComponent, lazy, Suspense, type Component } from 'solid-js';

/**
 * A component loaded on first use, inside its own Suspense: while it loads, only its place is
 * empty, never the screen around it. So the export's tables (and their tests, in Node) read only
 * the words below, and a screen without photos never loads the picker, the shrinking or the viewer.
 */
function onDemand<P extends object>(load: () => Promise<Component<P>>): Component<P> {
  const Loaded = lazy(() => load().then((c) => ({ default: c })));
  return (props: P) =>
    createComponent(Suspense, {
      get children() {
        return createComponent(Loaded, props);
      },
    });
}

export const PhotosPanel = onDemand(() => import('./PhotosPanel.tsx').then((m) => m.PhotosPanel));
export const PhotoThumbs = onDemand(() => import('./PhotoThumbs.tsx').then((m) => m.PhotoThumbs));
export const CasePhotos = onDemand(() => import('./CasePhotos.tsx').then((m) => m.CasePhotos));
export const PhotoReportSection = onDemand(() => import('./PhotoReportSection.tsx').then((m) => m.PhotoReportSection));
export { photosBySubject, photoFileName, attachedTo } from './photo-view.ts';
