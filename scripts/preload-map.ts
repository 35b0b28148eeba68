import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/** Where the map is written in the build; the server reads it (dot folders are never served). */
export const PRELOAD_MAP = '.vite/preload-map.json';

/**
 * The modules the map records, by source path: the lazily loaded screens (the route table's screens
 * under src/app/features, each a chunk of its own) and the dictionaries.
 */
export const PRELOADED = /^src\/app\/(features\/\w+\/\w+Screen\.tsx|i18n\/\w+\/index\.ts)$/;

/**
 * A Vite plugin that writes, for each source module matching `modules` (the lazily loaded screens
 * and the dictionaries), the files it needs beyond what the first screen loads: its chunk, the
 * chunks that chunk imports, and their styles. The server turns these into preload hints for deep
 * links. Read from the bundle itself, so a screen merged into a shared chunk is still found.
 */
export function preloadMap(modules: RegExp): Plugin {
  let root = process.cwd();
  return {
    name: 'workshop-companion:preload-map',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (chunk: Rolldown.OutputChunk, into: Set<string>): Set<string> => {
        if (into.has(chunk.fileName)) return into;
        into.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
        for (const file of chunk.imports) {
          const dep = byFile.get(file);
          if (dep) closure(dep, into);
        }
        return into;
      };
      const firstScreen = new Set<string>();
      for (const chunk of chunks) if (chunk.isEntry) closure(chunk, firstScreen);
      const map: Record<string, string[]> = {};
      for (const chunk of chunks) {
        for (const id of chunk.moduleIds) {
          const module = relative(root, id).split('\\').join('/');
          if (modules.test(module)) map[module] = [...closure(chunk, new Set())].filter((f) => !firstScreen.has(f));
        }
      }
      this.emitFile({ type: 'asset', fileName: PRELOAD_MAP, source: `${JSON.stringify(map, null, 1)}\n` });
    },
  };
}
