// Prints the gzip size of what the first screen loads and of the whole precache.
// Usage: npm run size (builds first). Budget for the first screen: 80 KB gzip.
import { measureBundle, FIRST_SCREEN_BUDGET } from '../tests/support/bundle-size.ts';

const dist = process.argv[2] ?? 'dist';
const m = measureBundle(dist);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Bundle sizes for ${dist} (gzip level 9)\n`);
console.log('first screen'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const f of m.firstScreen) console.log(`  ${f.file}`.padEnd(48), kb(f.raw).padStart(10), kb(f.gzip).padStart(10));
console.log('  total'.padEnd(48), kb(m.firstScreenRaw).padStart(10), kb(m.firstScreenGzip).padStart(10));
console.log(`\nprecache: ${m.precache.length} files`.padEnd(48), kb(m.precacheRaw).padStart(10), kb(m.precacheGzip).padStart(10));
const ok = m.firstScreenGzip <= FIRST_SCREEN_BUDGET;
console.log(`\nfirst-screen budget ${kb(FIRST_SCREEN_BUDGET)} gzip: ${ok ? 'within' : 'OVER'} (${((m.firstScreenGzip / FIRST_SCREEN_BUDGET) * 100).toFixed(0)}%)`);
process.exit(ok ? 0 : 1);
