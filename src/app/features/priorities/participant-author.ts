const KEY = 'cards:author';

/**
 * The name a person typed on their last card, remembered on this phone (not synced: it is theirs
 * to type again or change), so the next card, in this workshop or the next, starts with it.
 */
export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    // Storage disabled (private mode): the name is simply typed again.
    return '';
  }
}

export function rememberAuthor(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage full or disabled: the name lasts until the page closes, in the form.
  }
}
