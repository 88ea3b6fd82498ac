import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';
import { ELECTRON_BUILD_DIR } from './electron/pure/layout';

// The Electron side: main, preload and the pack worker, each bundled to ONE CommonJS file in
// dist-electron/. They are built as two separate environments so no chunk is
// shared: a sandboxed preload can `require` only 'electron', not a sibling file.
// `electron` and Node built-ins stay external; everything else (zod) is bundled,
// so the packaged app needs no runtime `dependencies`.
const outDir = fileURLToPath(new URL(`./${ELECTRON_BUILD_DIR}`, import.meta.url));
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// The pack worker decodes images with sharp, a native module: it stays a
// runtime dependency (package.json `dependencies`, unpacked from the asar),
// required only by the worker, never by main.
const workerExternal = [...external, 'sharp'];

function cjsBundle(
  name: 'main' | 'preload' | 'pack-worker',
  emptyOutDir: boolean,
): EnvironmentOptions {
  const externals = name === 'pack-worker' ? workerExternal : external;
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: externals },
    build: {
      outDir,
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { [name]: fileURLToPath(new URL(`./electron/${name}.ts`, import.meta.url)) },
        external: externals,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  environments: {
    main: cjsBundle('main', true),
    preload: cjsBundle('preload', false),
    worker: cjsBundle('pack-worker', false),
  },
  builder: {
    async buildApp(builder) {
      // In order: main empties the folder, preload and the worker add to it.
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
      await builder.build(builder.environments.worker!);
    },
  },
});
