/**
 * Preloaded with `--import` into a child process to take its network away:
 * fetch, http(s).request/get, net sockets and DNS lookups all throw, and each
 * attempt is appended to the file named by $FARSIDE_NETLOG. The first line,
 * "armed", proves the block was in place (so a clean log means something).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const log = process.env.FARSIDE_NETLOG;
if (!log) throw new Error('no-network: set FARSIDE_NETLOG');
writeFileSync(log, 'armed\n');

function blocked(what: string): never {
  appendFileSync(log!, `${what}\n`);
  throw new Error(`network blocked by the test: ${what}`);
}

globalThis.fetch = (input: unknown) => Promise.reject(blocked(`fetch ${String(input)}`));
http.request = () => blocked('http.request');
http.get = () => blocked('http.get');
https.request = () => blocked('https.request');
https.get = () => blocked('https.get');
net.Socket.prototype.connect = function connect() {
  return blocked('net.Socket.connect');
};
dns.lookup = (() => blocked('dns.lookup')) as unknown as typeof dns.lookup;
syncBuiltinESMExports();
