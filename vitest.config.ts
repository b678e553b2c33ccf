import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Colour decisions must not depend on the terminal the tests run in.
    env: { NO_COLOR: '', FORCE_COLOR: '' },
  },
});
