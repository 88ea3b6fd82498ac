import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';
import { ELECTRON_BUILD_DIR } from './electron/pure/layout';

// The Electron side: main and preload, each bundled to ONE CommonJS file in
// dist-electron/. They are built as two separate environments so no chunk is
// shared: a sandboxed preload can `require` only 'electron', not a sibling file.
// `electron` and Node built-ins stay external; everything else (zod) is bundled,
// so the packaged app needs no runtime `dependencies`.
const outDir = fileURLToPath(new URL(`./${ELECTRON_BUILD_DIR}`, import.meta.url));
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function cjsBundle(name: 'main' | 'preload', emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external },
    build: {
      outDir,
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { [name]: fileURLToPath(new URL(`./electron/${name}.ts`, import.meta.url)) },
        external,
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
  },
  builder: {
    async buildApp(builder) {
      // In order: main empties the folder, preload adds to it.
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
    },
  },
});
