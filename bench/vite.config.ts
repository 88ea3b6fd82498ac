import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The benchmark's plain three.js baseline page (bench/baseline), built to
// dist/bench-baseline and served by the same handler as Farside.
export default defineConfig({
  root: fileURLToPath(new URL('./baseline', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/bench-baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
