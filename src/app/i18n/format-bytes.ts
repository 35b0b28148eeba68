import { locale } from './index.ts';

/**
 * A size in the language's own words ("1.5 GB", "1,5 Go"). Only the storage line reads sizes, and
 * it loads after the first screen: so does this.
 */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
