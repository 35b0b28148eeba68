import { resolve } from 'node:path';

/** Where the end-to-end run keeps its builds and server data; scripts/e2e.mjs prepares them. */
const dir = process.env.E2E_DIR ?? '.e2e';

export const E2E = {
  dir,
  port: Number(process.env.E2E_PORT ?? 4319),
  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  },
  distDir: resolve(dir, 'dist'),
  /** A second build with another version stamp, to play "a new version was deployed". */
  nextDistDir: resolve(dir, 'dist-next'),
  dataDir: resolve(dir, 'data'),
};
