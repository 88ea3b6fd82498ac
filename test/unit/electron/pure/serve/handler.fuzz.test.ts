/**
 * Property-based fuzzing of the moon:// handler over a real filesystem tree
 * whose roots sit beside a canary file and hold symlinks that point out.
 *
 * Fixed seed so CI is reproducible; FARSIDE_FUZZ_SEED overrides it (a number,
 * or `random`), FARSIDE_FUZZ_RUNS the count. The seed is printed on failure.
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFileSource } from '../../../../../electron/node/file-source';
import { createMoonHandler, type MoonHandler } from '../../../../../electron/pure/serve/handler';
import { SECRET, makeServeTree, type ServeTree } from '../../fixtures/serve-tree';
import { HOSTILE_INGREDIENTS, request, type FuzzRequest } from './fuzz-arbitraries';

const DEFAULT_SEED = 20261123;
const envSeed = process.env.FARSIDE_FUZZ_SEED;
const SEED = envSeed === 'random' ? Date.now() % 2 ** 31 : envSeed ? Number(envSeed) : DEFAULT_SEED;
const RUNS = Number(process.env.FARSIDE_FUZZ_RUNS ?? 10_000);

/** Statuses the handler may answer with (500 would mean something threw). */
const VALID_STATUSES = new Set([200, 206, 304, 400, 404, 405, 416]);
/** The complete set of error bodies: short, fixed, never a message from an exception. */
const ERROR_BODIES = new Set([
  'Bad request',
  'Not found',
  'Method not allowed',
  'Range not satisfiable',
]);
const STACK_TRACE = /\bat .+:\d+:\d+|Error:|node:internal|file:\/\//;

let tree: ServeTree;
let handler: MoonHandler;
/** Contents of every regular file inside the roots (what may legitimately be served). */
let servable: Uint8Array[];
const logged: string[] = [];
const canary = new TextEncoder().encode(SECRET);

async function regularFilesUnder(root: string): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const entry of await fsp.readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      out.push(new Uint8Array(await fsp.readFile(path.join(entry.parentPath, entry.name))));
    }
  }
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(
    Buffer.from(needle),
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

const counts = { requests: 0, byStatus: new Map<number, number>() };

async function check(input: FuzzRequest): Promise<void> {
  const req = new Request(`moon://${input.host}${input.path}`, {
    method: input.method,
    headers: input.headers,
  });
  const response = await handler(req); // must not throw
  counts.requests++;
  counts.byStatus.set(response.status, (counts.byStatus.get(response.status) ?? 0) + 1);

  expect(VALID_STATUSES.has(response.status), `status ${response.status}`).toBe(true);
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  const body = new Uint8Array(await response.arrayBuffer());
  expect(contains(body, canary), 'canary served').toBe(false);
  response.headers.forEach((value) => expect(value).not.toContain(SECRET));

  const method = req.method.toUpperCase();
  if (method === 'HEAD' || response.status === 304) {
    expect(body.byteLength).toBe(0);
    return;
  }
  if (response.status >= 400) {
    const text = new TextDecoder().decode(body);
    expect(ERROR_BODIES.has(text), `error body ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
    expect(text).not.toMatch(STACK_TRACE);
    return;
  }
  expect(Number(response.headers.get('Content-Length'))).toBe(body.byteLength);
  if (response.status === 200) {
    expect(servable.some((file) => sameBytes(file, body))).toBe(true);
    return;
  }
  // 206: exactly the announced slice of a file of the announced size.
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
  expect(match).not.toBeNull();
  const [start, end, size] = match!.slice(1).map(Number) as [number, number, number];
  expect(start).toBeLessThanOrEqual(end);
  expect(end).toBeLessThan(size);
  expect(
    servable.some(
      (file) => file.byteLength === size && sameBytes(file.slice(start, end + 1), body),
    ),
  ).toBe(true);
}

beforeAll(async () => {
  tree = await makeServeTree();
  servable = [
    ...(await regularFilesUnder(tree.appRoot)),
    ...(await regularFilesUnder(tree.packRoot)),
  ];
  // The fixture really does hold the canary beside the roots and links to it.
  expect(await fsp.readFile(path.join(tree.dir, 'secret.txt'), 'utf8')).toBe(SECRET);
  expect(await fsp.readFile(path.join(tree.appRoot, 'escape-link.txt'), 'utf8')).toBe(SECRET);
  expect(servable.some((file) => contains(file, canary))).toBe(false);
  handler = createMoonHandler({
    appRoot: tree.appRoot,
    packRoot: tree.packRoot,
    files: createNodeFileSource(),
    logger: { error: (message) => logged.push(message) },
    allowedHosts: ['app'],
  });
});

afterAll(() => tree.cleanup());

describe('moon:// handler under fuzzing', () => {
  it(`answers ${RUNS} generated requests without leaking, throwing or a stack trace`, async () => {
    try {
      await fc.assert(fc.asyncProperty(request, check), { seed: SEED, numRuns: RUNS });
    } catch (error) {
      console.error(
        `Fuzz failure with seed ${SEED} (rerun: FARSIDE_FUZZ_SEED=${SEED} npx vitest run ${path.relative(process.cwd(), import.meta.filename)})`,
      );
      throw error;
    }
    expect(logged).toEqual([]);
    expect(counts.requests).toBeGreaterThanOrEqual(RUNS);
    // The generators reach every outcome, so the checks above are not vacuous.
    for (const status of [200, 206, 304, 400, 404, 405, 416]) {
      expect(counts.byStatus.get(status) ?? 0, `status ${status} reached`).toBeGreaterThan(0);
    }
    console.log(
      `fuzz: seed ${SEED}, ${counts.requests} requests, ${HOSTILE_INGREDIENTS.tokens} hostile tokens, ` +
        `${HOSTILE_INGREDIENTS.targets} encoded targets, statuses ${JSON.stringify(Object.fromEntries([...counts.byStatus].sort()))}`,
    );
  }, 600_000);
});
