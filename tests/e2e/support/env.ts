import { resolve } from 'node:path';

/** Where the end-to-end run keeps its builds and server data; scripts/e2e.mjs prepares them. */
export const E2E = {
  port: Number(process.env.E2E_PORT ?? 4319),
  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  },
  distDir: resolve('.e2e/dist'),
  /** A second build with another version stamp, to play "a new version was deployed". */
  nextDistDir: resolve('.e2e/dist-next'),
  dataDir: resolve('.e2e/data'),
};
