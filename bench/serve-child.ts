/**
 * A server for the serving benchmark, in its own process so its CPU time can
 * be read: `farside` (the moon handler behind web mode) or `sirv` (a
 * well-kept static server) on the same pack folder. Sends `{ url }` when
 * listening; answers every 'cpu' message with its process.cpuUsage().
 * Usage: node --import tsx bench/serve-child.ts farside|sirv APP_ROOT PACK_ROOT
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { startWebServer } from '../electron/web/server';

const [kind, appRoot, packRoot] = process.argv.slice(2);
const send = (message: unknown) => process.send?.(message);

if (kind === 'farside') {
  const server = await startWebServer({
    appRoot: appRoot!,
    packRoot: packRoot!,
    port: 0,
    host: '127.0.0.1',
  });
  send({ url: `${server.url}pack/` });
} else {
  // As sirv is used in production: cached stats, ETags, no dev rescans.
  const serve = sirv(packRoot!, { etag: true, dev: false, dotfiles: false });
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
  server.listen(0, '127.0.0.1', () => {
    send({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
  });
}
process.on('message', (message) => {
  if (message === 'cpu') send({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => process.exit(0));
