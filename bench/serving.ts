/**
 * Serving capacity: the moon handler behind web mode vs `sirv` on the same
 * pack folder, loaded to saturation with `autocannon`, interleaved. Each
 * server runs in a child process; CPU per request is that process's CPU time
 * (user + system) over the requests it answered.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { summarize, type Summary } from './stats';

export type ServerKind = 'farside' | 'sirv';
export interface Scenario {
  id: string;
  label: string;
  file: string;
  headers?: Record<string, string>;
  /** Send the ETag this server gave for `file` in If-None-Match (answered 304). */
  conditional?: boolean;
  status: number;
}

export interface ServingFigures {
  reqPerSec: Summary;
  p50Ms: Summary;
  p99Ms: Summary;
  cpuMsPerReq: Summary;
  errors: number;
}

interface Server {
  child: ChildProcess;
  url: string;
}

async function startServer(kind: ServerKind, appRoot: string, packRoot: string): Promise<Server> {
  const child = fork(
    fileURLToPath(new URL('./serve-child.ts', import.meta.url)),
    [kind, appRoot, packRoot],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { child, url: message.url };
}

async function cpuMicros(server: Server): Promise<number> {
  server.child.send('cpu');
  for (;;) {
    const [message] = (await once(server.child, 'message')) as [{ cpu?: NodeJS.CpuUsage }];
    if (message.cpu) return message.cpu.user + message.cpu.system;
  }
}

async function etagOf(url: string): Promise<string> {
  const response = await fetch(url);
  await response.arrayBuffer();
  const etag = response.headers.get('etag');
  if (!etag) throw new Error(`${url} gave no ETag`);
  return etag;
}

async function load(server: Server, scenario: Scenario, seconds: number, connections: number) {
  const url = server.url + scenario.file;
  const headers: Record<string, string> = { ...scenario.headers };
  if (scenario.conditional) headers['if-none-match'] = await etagOf(url);
  const before = await cpuMicros(server);
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const after = await cpuMicros(server);
  const okCount = result.statusCodeStats?.[String(scenario.status) as '200']?.count ?? 0;
  const requests = result.requests.total;
  return {
    reqPerSec: requests / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerReq: requests > 0 ? (after - before) / 1000 / requests : Number.NaN,
    errors: result.errors + result.timeouts + (requests - okCount),
  };
}

export async function benchServing(options: {
  appRoot: string;
  packRoot: string;
  scenarios: readonly Scenario[];
  runs: number;
  seconds: number;
  connections: number;
  log: (line: string) => void;
}): Promise<Record<string, Record<ServerKind, ServingFigures>>> {
  const servers = {
    farside: await startServer('farside', options.appRoot, options.packRoot),
    sirv: await startServer('sirv', options.appRoot, options.packRoot),
  };
  try {
    const raw: Record<string, Record<ServerKind, Awaited<ReturnType<typeof load>>[]>> = {};
    for (const s of options.scenarios) raw[s.id] = { farside: [], sirv: [] };
    // Warm both (JIT, page cache) before anything counts.
    for (const s of options.scenarios) {
      for (const kind of ['farside', 'sirv'] as const)
        await load(servers[kind], s, 1, options.connections);
    }
    for (let run = 0; run < options.runs; run++) {
      const order: ServerKind[] = run % 2 === 0 ? ['farside', 'sirv'] : ['sirv', 'farside'];
      for (const s of options.scenarios) {
        for (const kind of order)
          raw[s.id]![kind].push(await load(servers[kind], s, options.seconds, options.connections));
      }
      options.log(`serving: run ${run + 1}/${options.runs} done`);
    }
    const out: Record<string, Record<ServerKind, ServingFigures>> = {};
    for (const s of options.scenarios) {
      const fig = (kind: ServerKind): ServingFigures => {
        const list = raw[s.id]![kind];
        return {
          reqPerSec: summarize(list.map((r) => r.reqPerSec)),
          p50Ms: summarize(list.map((r) => r.p50Ms)),
          p99Ms: summarize(list.map((r) => r.p99Ms)),
          cpuMsPerReq: summarize(list.map((r) => r.cpuMsPerReq)),
          errors: list.reduce((n, r) => n + r.errors, 0),
        };
      };
      out[s.id] = { farside: fig('farside'), sirv: fig('sirv') };
    }
    return out;
  } finally {
    for (const server of Object.values(servers)) server.child.kill();
  }
}
