// Injected into every benchmark page before its scripts run (plain JS so it
// reaches the page untouched). Counts what reaches WebGL, independently of
// the page's own code, the same way for Farside and the baseline:
//  - frames: every animation frame (or task) that issued draw calls, with its
//    time, draw calls and triangles;
//  - memory: live textures with their bytes computed from sizes and formats
//    (all mip levels allocated), live buffers and vertex arrays.
// Read through window.__glProbe.
// tsx compiles the bench with esbuild's keepNames, which wraps named
// functions inside page.evaluate callbacks in __name(); give it to the page.
self.__name ??= (fn) => fn;

(() => {
  const frames = [];
  let current = null;
  const flush = () => {
    if (current && current.calls > 0) frames.push(current);
    current = null;
  };
  const open = () => {
    if (!current) {
      current = { t: 0, calls: 0, triangles: 0 };
      queueMicrotask(() => {
        if (current) current.t = performance.now();
        flush();
      });
    }
    return current;
  };

  const textures = new Map(); // WebGLTexture -> { base, mips, storage }
  const bound = new Map(); // `${unit}:${target}` -> WebGLTexture
  let unit = 0;
  let buffers = 0;
  let vertexArrays = 0;

  // Bytes per texel of sized internal formats (WebGL 2 enums).
  const SIZED = {
    0x8058: 4,
    0x8c43: 4,
    0x8051: 3,
    0x8c41: 3,
    0x8229: 1,
    0x822b: 2,
    0x822d: 2,
    0x822e: 4,
    0x822f: 4,
    0x8230: 8,
    0x881a: 8,
    0x8814: 16,
    0x881b: 6,
    0x8815: 12,
    0x81a5: 2,
    0x81a6: 4,
    0x8cac: 4,
    0x88f0: 4,
    0x8cad: 8,
    0x8232: 1,
    0x8234: 2,
    0x8236: 4,
    0x8d7c: 4,
    0x8d70: 16,
  };
  const CHANNELS = { 0x1908: 4, 0x1907: 3, 0x1909: 1, 0x1906: 1, 0x190a: 2, 0x1903: 1, 0x8227: 2 };
  const TYPE_BYTES = {
    0x1401: 1,
    0x1400: 1,
    0x1403: 2,
    0x1402: 2,
    0x1405: 4,
    0x1404: 4,
    0x1406: 4,
    0x140b: 2,
    0x8d61: 2,
  };
  const texelBytes = (internalformat, format, type) =>
    SIZED[internalformat] ?? (CHANNELS[format] ?? 4) * (TYPE_BYTES[type] ?? 1);
  const cubeFace = (target) => target >= 0x8515 && target <= 0x851a;
  const entryFor = (target) =>
    textures.get(bound.get(`${unit}:${cubeFace(target) ? 0x8513 : target}`));

  const wrap = (proto, name, after) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      const result = original.apply(this, args);
      after(args, result);
      return result;
    };
  };
  const triangles = (mode, count, instances) =>
    (mode === 4 ? Math.floor(count / 3) : mode === 5 || mode === 6 ? Math.max(0, count - 2) : 0) *
    instances;

  for (const Ctx of [self.WebGL2RenderingContext, self.WebGLRenderingContext]) {
    if (!Ctx) continue;
    const P = Ctx.prototype;
    const draw = (mode, count, instances) => {
      const f = open();
      f.calls += 1;
      f.triangles += triangles(mode, count, instances);
    };
    wrap(P, 'drawArrays', (a) => draw(a[0], a[2], 1));
    wrap(P, 'drawElements', (a) => draw(a[0], a[1], 1));
    wrap(P, 'drawArraysInstanced', (a) => draw(a[0], a[2], a[3]));
    wrap(P, 'drawElementsInstanced', (a) => draw(a[0], a[1], a[4]));
    wrap(P, 'drawRangeElements', (a) => draw(a[0], a[3], 1));
    wrap(P, 'activeTexture', (a) => (unit = a[0]));
    wrap(P, 'bindTexture', (a) => bound.set(`${unit}:${a[0]}`, a[1]));
    wrap(P, 'createTexture', (_a, t) => textures.set(t, { base: 0, mips: false, storage: null }));
    wrap(P, 'deleteTexture', (a) => textures.delete(a[0]));
    wrap(P, 'texStorage2D', (a) => {
      const e = entryFor(a[0]);
      if (!e) return;
      let bytes = 0;
      for (let l = 0; l < a[1]; l++) bytes += Math.max(1, a[3] >> l) * Math.max(1, a[4] >> l);
      e.storage = bytes * (SIZED[a[2]] ?? 4) * (a[0] === 0x8513 ? 6 : 1);
    });
    wrap(P, 'texImage2D', (a) => {
      if (a[1] !== 0) return;
      const e = entryFor(a[0]);
      if (!e) return;
      let w, h, format, type;
      if (a.length >= 8) [w, h, format, type] = [a[3], a[4], a[6], a[7]];
      else {
        const s = a[5];
        w = s?.videoWidth || s?.naturalWidth || s?.width || 0;
        h = s?.videoHeight || s?.naturalHeight || s?.height || 0;
        [format, type] = [a[3], a[4]];
      }
      const bytes = w * h * texelBytes(a[2], format, type);
      e.base = cubeFace(a[0]) ? e.base + bytes : bytes;
    });
    wrap(P, 'generateMipmap', (a) => {
      const e = entryFor(a[0]);
      if (e) e.mips = true;
    });
    wrap(P, 'createBuffer', () => (buffers += 1));
    wrap(P, 'deleteBuffer', (a) => a[0] && (buffers -= 1));
    wrap(P, 'createVertexArray', () => (vertexArrays += 1));
    wrap(P, 'deleteVertexArray', (a) => a[0] && (vertexArrays -= 1));
  }

  const raf = self.requestAnimationFrame.bind(self);
  self.requestAnimationFrame = (callback) =>
    raf((time) => {
      flush();
      try {
        callback(time);
      } finally {
        if (current) current.t = performance.now();
        flush();
      }
    });

  self.__glProbe = {
    frames,
    memory() {
      let textureBytes = 0;
      for (const e of textures.values()) {
        textureBytes += e.storage ?? (e.mips ? Math.round((e.base * 4) / 3) : e.base);
      }
      return { textures: textures.size, textureBytes, buffers, vertexArrays };
    },
  };
})();
