/**
 * fast-check generators of hostile (and ordinary) requests for the moon://
 * handler: paths built from traversal tokens under one, two or overlong
 * layers of encoding, separators of every platform, drive letters, UNC
 * names, NUL, very long paths; byte ranges of every shape; conditional
 * headers; odd methods and hosts.
 */
import fc from 'fast-check';
import { APP_JS_NAME, COLOR_NAME, DEM_NAME } from '../../fixtures/serve-tree';

/** Names that exist in the serving fixture, inside or (via links) outside the roots. */
const NAMES = [
  'index.html',
  'assets',
  APP_JS_NAME,
  'pack',
  COLOR_NAME,
  DEM_NAME,
  'manifest.json',
  'sub',
  'page.html',
  'empty.txt',
  'inside-link.html',
  'escape-link.txt',
  'relative-escape.txt',
  'dir-link',
  'secret.txt',
  'secret.0123abcd.txt',
  'outside',
  'app-secret.txt',
  'app',
];

/** Segments that try to climb, split or alias a path. */
const HOSTILE_TOKENS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2e',
  '.%2e',
  '%2e.',
  '%252e%252e',
  '%25252e%25252e',
  '%c0%ae%c0%ae',
  '%e0%80%ae%e0%80%ae',
  '%f0%80%80%ae',
  '%c0%2e',
  '%ef%bc%8e%ef%bc%8e',
  '%e2%80%a5',
  '..%2f',
  '%2f',
  '%2F',
  '%5c',
  '%5C',
  '\\',
  '..\\',
  '..%5c',
  '%252f',
  '%255c',
  '%c0%af',
  '%e0%80%af',
  '%c1%9c',
  '..%u2216',
  '%',
  '%%',
  '%zz',
  '%2',
  '%25',
  '%00',
  '\u0000',
  '%0a',
  '%0d%0a',
  '%7f',
  'C:',
  'c:%5c',
  'C%3a',
  '%43%3a',
  'C:\\Windows',
  '\\\\server\\share',
  '%5c%5cserver%5cshare',
  '\\\\?\\C:\\',
  '\\\\.\\pipe\\x',
  'file:',
  'file:%2f%2f%2fetc%2fpasswd',
  '~',
  '$HOME',
  'CON',
  'nul.txt',
  'COM1',
  'lpt¹',
  'index.html.',
  'index.html%20',
  'index.html::$DATA',
  '.git',
  '.env',
  'a;b',
  'a?b',
  'a#b',
  '%3f',
  '%23',
  '',
];

/** Paths to secrets that hostile requests aim at, written plainly (encoded later). */
const TARGETS = [
  '../secret.txt',
  '../../secret.txt',
  '../outside/secret.txt',
  '../app-secret.txt',
  'pack/../../secret.txt',
  'assets/../../secret.txt',
  '..\\secret.txt',
  'dir-link/secret.txt',
  'dir-link/../secret.txt',
  'escape-link.txt',
  'C:\\..\\secret.txt',
  '\\\\localhost\\c$\\secret.txt',
  '/etc/passwd',
];

const hex = (code: number): string => code.toString(16).padStart(2, '0');

/** One character written raw, percent-encoded once or twice, or as overlong UTF-8. */
const encodedChar = (char: string): fc.Arbitrary<string> => {
  const code = char.charCodeAt(0);
  const options: fc.Arbitrary<string>[] = [
    fc.constant(char),
    fc.constantFrom(`%${hex(code)}`, `%${hex(code).toUpperCase()}`),
    fc.constant(`%25${hex(code)}`),
    fc.constant(`%2525${hex(code)}`),
  ];
  if (code < 0x80) {
    options.push(fc.constant(`%${hex(0xc0 | (code >> 6))}%${hex(0x80 | (code & 0x3f))}`));
    options.push(fc.constant(`%e0%${hex(0x80 | (code >> 6))}%${hex(0x80 | (code & 0x3f))}`));
  }
  return fc.oneof(...options);
};

/** A target path with each character independently encoded. */
const encodedTarget: fc.Arbitrary<string> = fc
  .constantFrom(...TARGETS)
  .chain((target) => fc.tuple(...[...target].map(encodedChar)))
  .map((chars) => `/${chars.join('')}`);

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...HOSTILE_TOKENS))
      .map(([a, b]) => a + b),
  },
);

/** Segments joined by `/`, sometimes with a leading extra slash or a query. */
const composedPath: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(segment, { minLength: 0, maxLength: 8 }),
    fc.constantFrom('', '', '', '/', '?x=../secret.txt', '#../secret.txt', '?'),
    fc.constantFrom('/', '/', '/', '//', '/./', '/../'),
  )
  .map(([segments, tail, lead]) => lead + segments.join('/') + tail);

const longPath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('a/', '../', '%2e%2e/', '%2e%2e%2f', 'x', '%c0%ae', '\\'),
    fc.integer({ min: 500, max: 6000 }),
    fc.constantFrom('secret.txt', 'index.html', ''),
  )
  .map(([unit, count, tail]) => `/${unit.repeat(count)}${tail}`);

/** Files that exist, so ranges and conditional headers reach the code that reads them. */
const servedPath = fc.constantFrom(
  '/',
  '/index.html',
  `/assets/${APP_JS_NAME}`,
  `/pack/${COLOR_NAME}`,
  `/pack/${DEM_NAME}`,
  '/pack/manifest.json',
  '/empty.txt',
  '/inside-link.html',
);

export const requestPath: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: servedPath },
  { weight: 5, arbitrary: composedPath },
  { weight: 4, arbitrary: encodedTarget },
  { weight: 1, arbitrary: longPath },
  { weight: 1, arbitrary: fc.webPath() },
);

/** Hosts: the app's own, in odd spellings, and others (all but `app` must 404). */
export const host = fc.oneof(
  { weight: 8, arbitrary: fc.constant('app') },
  { weight: 1, arbitrary: fc.constantFrom('APP', 'evil', 'app.evil', 'localhost', '127.0.0.1') },
);

const number = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 400 }) },
  { weight: 3, arbitrary: fc.nat({ max: 400_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, 1, 299_999, 300_000, 300_001, 2 ** 31, 2 ** 53, 2 ** 53 + 1),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1e3', '-1', '0x10', '0'.repeat(20) + '1', '9'.repeat(400), ' 5'),
  },
);

const oneRange = fc.oneof(
  fc.tuple(number, number).map(([a, b]) => `${a}-${b}`),
  number.map((a) => `${a}-`),
  number.map((b) => `-${b}`),
  fc.constant('-'),
  fc.string({ maxLength: 8, unit: 'grapheme-ascii' }),
);

/** Range headers: closed, open, suffix, inverted, huge, multiple, other units, junk. */
export const rangeHeader: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: oneRange.map((r) => `bytes=${r}`) },
  fc.array(oneRange, { minLength: 2, maxLength: 5 }).map((rs) => `bytes=${rs.join(',')}`),
  fc
    .tuple(fc.constantFrom('items', 'BYTES', 'bytes ', 'byte', ''), oneRange)
    .map(([u, r]) => `${u}=${r}`),
  fc.string({ maxLength: 40, unit: 'grapheme-ascii' }),
);

const etagLike = fc.oneof(
  fc.constantFrom('*', '"0123abcd89ef4567-493e0"', 'W/"0123abcd89ef4567-493e0"', '""', '"', 'W/'),
  fc.string({ maxLength: 30, unit: 'grapheme-ascii' }).map((s) => `"${s}"`),
  fc.string({ maxLength: 30, unit: 'grapheme-ascii' }),
);

const httpDate = fc.oneof(
  fc
    .date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true })
    .map((d) => d.toUTCString()),
  fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', '0', '-1', ''),
);

/** `value` in about one request of `oneIn`, otherwise absent. */
const sometimes = <T>(value: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof(
    { weight: oneIn - 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: value },
  );

/** Optional request headers: at most one of each, values Headers accepts. */
export const requestHeaders: fc.Arbitrary<Record<string, string>> = fc
  .record({
    Range: sometimes(rangeHeader, 2),
    'If-None-Match': sometimes(
      fc.oneof(
        etagLike,
        fc.array(etagLike).map((tags) => tags.join(', ')),
      ),
      6,
    ),
    'If-Range': sometimes(fc.oneof(etagLike, httpDate), 6),
    'If-Modified-Since': sometimes(httpDate, 6),
    'If-Match': sometimes(etagLike, 10),
    'If-Unmodified-Since': sometimes(httpDate, 10),
    'Accept-Encoding': sometimes(fc.constantFrom('gzip', 'br', 'identity;q=0', '*'), 10),
    'X-Forwarded-Host': sometimes(fc.constantFrom('evil', 'app'), 10),
  })
  .map(
    (headers) =>
      Object.fromEntries(
        Object.entries(headers).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
  );

/**
 * Methods a request can carry (Fetch refuses to even build CONNECT, TRACE and
 * TRACK, so neither Chromium nor Node could hand them to the handler).
 */
export const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'HEAD') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
      'PATCH',
      'get',
      'head',
      'PROPFIND',
      'MKCOL',
      'M-SEARCH',
      'QUERY',
      'X',
    ),
  },
);

export const request = fc.record({ path: requestPath, host, method, headers: requestHeaders });
export type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** How many distinct hostile ingredients the generators draw from. */
export const HOSTILE_INGREDIENTS = {
  tokens: HOSTILE_TOKENS.length,
  targets: TARGETS.length,
};
