import { createSignal } from 'solid-js';

/** A practice card to open for editing when the practices section shows (set by "Make a practice card"). */
export const [practiceToOpen, setPracticeToOpen] = createSignal<string>();
