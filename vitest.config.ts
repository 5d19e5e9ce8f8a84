import { defineConfig } from 'vitest/config';

// Property tests and end-to-end runs share two cores with worker threads: a 5 s default
// fails them on a busy machine without saying anything about the code.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
