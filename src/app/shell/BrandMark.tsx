/**
 * The app's mark (the icon's three rising bars), drawn in the header's own colour. Decorative: the
 * link beside it carries the name. index.html paints the same mark in its static shell, so the
 * header looks the same before and after the app takes over.
 */
export function BrandMark() {
  return (
    <svg class="brand-mark" viewBox="0 0 100 100" width="28" height="28" aria-hidden="true">
      <rect x="14" y="48" width="14" height="38" fill="#fff" />
      <rect x="43" y="30" width="14" height="56" fill="#fff" />
      <rect x="72" y="14" width="14" height="72" fill="#fff" />
    </svg>
  );
}
