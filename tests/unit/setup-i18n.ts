import { ensureMessages } from '../../src/app/i18n/index.ts';

// The app loads the whole dictionary before any screen past the first; tests that put things
// into words (exports, labels) start with it loaded too.
await ensureMessages();
