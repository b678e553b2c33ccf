import { defineConfig } from 'vitest/config';

/**
 * The tests, one project per folder of test/ (docs/architecture.md says what goes where). `npm test`
 * runs every project; `npm run test:fast` runs `unit` alone, which needs no build but the plan
 * validator generated from the schema.
 */
const layers = ['unit', 'property', 'commands', 'e2e', 'browser', 'package'];

export default defineConfig({
  test: {
    // Colour decisions must not depend on the terminal the tests run in.
    env: { NO_COLOR: '', FORCE_COLOR: '' },
    projects: layers.map((name) => ({ extends: true, test: { name, include: [`test/${name}/**/*.test.ts`] } })),
  },
});
