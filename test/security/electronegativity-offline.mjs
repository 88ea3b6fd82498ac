/**
 * Preloaded (`node --import`) into the Electronegativity CLI by
 * electronegativity.ts. The tool fetches its translations and Electron's
 * release list with `got`, which retries a failed lookup with backoff (about
 * 3 s a request, 10 s a scan here). The scan is meant to be offline, so every
 * such request fails at once and the tool uses the copies it ships with.
 */
import Module from 'node:module';

const refuse = () => Promise.reject(new Error('electronegativity runs offline in CI'));
refuse.head = refuse;
refuse.get = refuse;
const offlineGot = { __esModule: true, default: refuse };

// The CLI is CommonJS; its `require('got')` goes through Module._load.
const load = Module._load;
Module._load = function loadOffline(request, ...rest) {
  return request === 'got' ? offlineGot : load.call(this, request, ...rest);
};
