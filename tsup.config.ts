import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // es2022, not node20: for node targets esbuild rewrites every regex literal with \p{…} into a `new RegExp` call,
    // built again on each call of the function that holds it (23 such sites in the quote readers)
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts', worker: 'src/stream/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    // (as above)
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
