import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: { conditions: ['browser', 'development'] },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup-i18n.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
