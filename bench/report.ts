/** The benchmark's results: their shape, and the Markdown table printed from them. */
import type { PackageWeight } from './weight';
import type { PageRun } from './browser/pages';
import type { ServerKind, ServingFigures } from './serving';
import { ratio, summarize, type Summary } from './stats';

type Side = 'farside' | 'baseline';
type Counts = PageRun['atRest'];

export interface BrowserFigures {
  firstFrameMs: Record<Side, Summary>;
  bestLevelMs: Record<Side, Summary>;
  fps: Record<Side, Summary>;
  medianFrameMs: Record<Side, Summary>;
  requestsBeforeFirstFrame: Record<Side, number>;
  requestsBeforeBestLevel: Record<Side, number>;
  atRest: Record<Side | 'farsideNoSites', Counts>;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    loadavgAtStart: number[];
    loadavgAtEnd?: number[];
    data: string;
    runs: number;
  };
  browser?: BrowserFigures;
  weight?: Record<
    Side,
    {
      js: { raw: number; gzip: number };
      css: { raw: number; gzip: number };
      jsGzipBeforeFirstFrame: number;
      /** What that JS is made of, per package, largest first (from the source maps). */
      compositionBeforeFirstFrame?: PackageWeight[];
    }
  >;
  serving?: Record<string, Record<ServerKind, ServingFigures>>;
  assets?: {
    real: { seconds: Summary; peakRssMB: Summary } | null;
    synthetic: { seconds: Summary; peakRssMB: Summary };
  };
}

export function browserRows(pages: Record<Side, PageRun[]>, bare: PageRun): BrowserFigures {
  const per = <T>(pick: (r: PageRun) => T) => ({
    farside: pages.farside.map(pick),
    baseline: pages.baseline.map(pick),
  });
  const sum = (list: { farside: number[]; baseline: number[] }) => ({
    farside: summarize(list.farside),
    baseline: summarize(list.baseline),
  });
  const mode = (values: number[]) => summarize(values).median;
  return {
    firstFrameMs: sum(per((r) => r.firstFrameMs)),
    bestLevelMs: sum(per((r) => r.bestLevelMs)),
    fps: sum(per((r) => r.turning?.fps ?? Number.NaN)),
    medianFrameMs: sum(per((r) => r.turning?.medianFrameMs ?? Number.NaN)),
    requestsBeforeFirstFrame: {
      farside: mode(per((r) => r.requestsBeforeFirstFrame).farside),
      baseline: mode(per((r) => r.requestsBeforeFirstFrame).baseline),
    },
    requestsBeforeBestLevel: {
      farside: mode(per((r) => r.requestsBeforeBestLevel).farside),
      baseline: mode(per((r) => r.requestsBeforeBestLevel).baseline),
    },
    atRest: {
      farside: pages.farside[0]!.atRest,
      baseline: pages.baseline[0]!.atRest,
      farsideNoSites: bare.atRest,
    },
  };
}

const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const range = (s: Summary, digits = 0) =>
  `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
const r2 = (v: number) => fmt(v, 2);
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const mb = (bytes: number) => `${fmt(bytes / 1048576, 1)} MB`;

export function renderTable(results: BenchResults): string {
  const rows: string[][] = [];
  const { browser: b, weight: w, serving: s, assets: a } = results;
  if (b) {
    rows.push([
      'First lit frame drawn (ms)',
      range(b.firstFrameMs.farside),
      range(b.firstFrameMs.baseline),
      r2(ratio(b.firstFrameMs.farside, b.firstFrameMs.baseline)),
      '≤ 1.0',
    ]);
    rows.push([
      'Best color level drawn (ms)',
      range(b.bestLevelMs.farside),
      range(b.bestLevelMs.baseline),
      r2(ratio(b.bestLevelMs.farside, b.bestLevelMs.baseline)),
      '≤ 1.0',
    ]);
    rows.push([
      'Frames per second while turning (5 s drag)',
      range(b.fps.farside, 1),
      range(b.fps.baseline, 1),
      r2(ratio(b.fps.farside, b.fps.baseline)),
      '≥ 1.0',
    ]);
    rows.push([
      'Median frame interval while turning (ms)',
      range(b.medianFrameMs.farside, 1),
      range(b.medianFrameMs.baseline, 1),
      r2(ratio(b.medianFrameMs.farside, b.medianFrameMs.baseline)),
      '',
    ]);
    const c = b.atRest;
    rows.push([
      'Draw calls, default view (sites shown / none)',
      `${c.farside.drawCalls} / ${c.farsideNoSites.drawCalls}`,
      String(c.baseline.drawCalls),
      '',
      'none shown: 1',
    ]);
    rows.push([
      'Triangles, default view (sites shown / none)',
      `${c.farside.triangles} / ${c.farsideNoSites.triangles}`,
      String(c.baseline.triangles),
      '',
      '',
    ]);
    rows.push([
      'Live textures / GPU texture bytes',
      `${c.farside.textures} / ${mb(c.farside.textureBytes)}`,
      `${c.baseline.textures} / ${mb(c.baseline.textureBytes)}`,
      r2(ratio(c.farside.textureBytes, c.baseline.textureBytes)),
      '',
    ]);
    rows.push([
      'Live GL buffers / vertex arrays (geometries)',
      `${c.farside.buffers} / ${c.farside.vertexArrays}`,
      `${c.baseline.buffers} / ${c.baseline.vertexArrays}`,
      '',
      '',
    ]);
    rows.push([
      'Requests before first frame / best level',
      `${b.requestsBeforeFirstFrame.farside} / ${b.requestsBeforeBestLevel.farside}`,
      `${b.requestsBeforeFirstFrame.baseline} / ${b.requestsBeforeBestLevel.baseline}`,
      '',
      '',
    ]);
  }
  if (w) {
    rows.push([
      'Renderer JS before first frame, gzip',
      kb(w.farside.jsGzipBeforeFirstFrame),
      kb(w.baseline.jsGzipBeforeFirstFrame),
      r2(ratio(w.farside.jsGzipBeforeFirstFrame, w.baseline.jsGzipBeforeFirstFrame)),
      '≤ 250 KB',
    ]);
    rows.push([
      'All JS, raw / gzip',
      `${kb(w.farside.js.raw)} / ${kb(w.farside.js.gzip)}`,
      `${kb(w.baseline.js.raw)} / ${kb(w.baseline.js.gzip)}`,
      r2(ratio(w.farside.js.gzip, w.baseline.js.gzip)),
      '',
    ]);
    rows.push([
      'All CSS, raw / gzip',
      `${kb(w.farside.css.raw)} / ${kb(w.farside.css.gzip)}`,
      `${kb(w.baseline.css.raw)} / ${kb(w.baseline.css.gzip)}`,
      '',
      '',
    ]);
  }
  if (s) {
    for (const [id, fig] of Object.entries(s)) {
      const f = fig.farside;
      const v = fig.sirv;
      const label =
        {
          whole: 'whole largest file',
          range: '64 KiB range',
          manifest: 'manifest.json',
          notModified: 'conditional → 304',
        }[id] ?? id;
      rows.push([
        `Serving ${label}: req/s (vs sirv)`,
        range(f.reqPerSec),
        range(v.reqPerSec),
        r2(ratio(f.reqPerSec, v.reqPerSec)),
        '≥ 0.9',
      ]);
      rows.push([
        `Serving ${label}: p50 / p99 ms`,
        `${fmt(f.p50Ms.median, 1)} / ${fmt(f.p99Ms.median, 1)}`,
        `${fmt(v.p50Ms.median, 1)} / ${fmt(v.p99Ms.median, 1)}`,
        r2(ratio(f.p99Ms, v.p99Ms)),
        'p99 ≤ 1.2',
      ]);
      rows.push([
        `Serving ${label}: server CPU ms/request`,
        fmt(f.cpuMsPerReq.median, 3),
        fmt(v.cpuMsPerReq.median, 3),
        r2(ratio(f.cpuMsPerReq, v.cpuMsPerReq)),
        '',
      ]);
      if (f.errors + v.errors > 0)
        rows.push([
          `Serving ${label}: unexpected answers`,
          String(f.errors),
          String(v.errors),
          '',
          '0',
        ]);
    }
  }
  if (a) {
    if (a.real) {
      rows.push([
        'Asset tool, real kit: wall s / peak RSS MB',
        `${range(a.real.seconds, 1)} / ${fmt(a.real.peakRssMB.median)}`,
        'target 30 s',
        r2(ratio(a.real.seconds, 30)),
        '≤ 1.0',
      ]);
    }
    rows.push([
      'Asset tool, 8192×4096 + 5760×2880 synthetic: wall s',
      range(a.synthetic.seconds, 1),
      'target 60 s',
      r2(ratio(a.synthetic.seconds, 60)),
      '≤ 1.0',
    ]);
    rows.push([
      'Asset tool, synthetic: peak RSS MB',
      range(a.synthetic.peakRssMB),
      'target 1536 MB',
      r2(ratio(a.synthetic.peakRssMB, 1536)),
      '≤ 1.0',
    ]);
  }
  const m = results.machine;
  const head = [
    `Farside benchmark, ${results.date}: ${m.runs} interleaved runs per side, medians (min–max); ${m.cpus} CPUs, load average ${m.loadavgAtStart.map((x) => x.toFixed(1)).join(' ')} at start${m.loadavgAtEnd ? `, ${m.loadavgAtEnd.map((x) => x.toFixed(1)).join(' ')} at end` : ''}; data: ${m.data}.`,
    '',
    '| What | Farside | Baseline (three.js page; sirv for serving; the target for the asset tool) | Ratio | Target |',
    '| --- | --- | --- | --- | --- |',
  ];
  const table = `${[...head, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')}\n`;
  const parts = w?.farside.compositionBeforeFirstFrame;
  if (!parts || parts.length === 0) return table;
  const top = parts.slice(0, 12);
  return `${table}
Farside's JS before the first frame by package (gzip of each package's code alone, from the source maps; the top ${top.length} of ${parts.length}):

| Package or app folder | Raw | gzip |
| --- | --- | --- |
${top.map((p) => `| ${p.source} | ${kb(p.raw)} | ${kb(p.gzip)} |`).join('\n')}
`;
}
