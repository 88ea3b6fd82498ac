/// <reference types="vite/client" />

/** package.json version, injected by vite.config.ts. */
declare const __FARSIDE_VERSION__: string;
