/**
 * Doyensec's Electronegativity over the Electron main and preload sources
 * (electron/), as one CI step of `npm test`. Fails on any finding that is not
 * justified in electronegativity-allowlist.json, and on allowlist entries that
 * no longer match a finding (so the list stays reviewed).
 *
 * First it scans a planted insecure window, so a tool that silently finds
 * nothing (a parse failure, a broken install) cannot pass.
 *
 * Offline: the Electron version is given (`-e`), and a preload
 * (electronegativity-offline.mjs) makes the tool's own fetches (translations,
 * Electron's release list) fail at once, so it uses the copies it ships with
 * and the step takes seconds, not a DNS timeout per fetch.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/index.js');
const offline = fileURLToPath(new URL('./electronegativity-offline.mjs', import.meta.url));

type Finding = { check: string; file: string; line: number };
type Accepted = { check: string; file: string; reason: string };

function electronVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  return pkg.devDependencies.electron!;
}

async function scan(input: string, work: string): Promise<Finding[]> {
  const out = path.join(work, `${path.basename(input)}.sarif`);
  const args = [
    '--import',
    pathToFileURL(offline).href,
    cli,
    '-i',
    input,
    '-r',
    '-v',
    'false',
    '-e',
    electronVersion(),
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, [...args, '-o', out], { timeout: 300_000 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
  const sarif = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    runs: {
      results: {
        ruleId: string;
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
        }[];
      }[];
    }[];
  };
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const where = result.locations[0]?.physicalLocation;
      return {
        check: result.ruleId,
        file: where?.artifactLocation.uri ?? 'N/A',
        line: where?.region?.startLine ?? 0,
      };
    }),
  );
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'farside-electronegativity-'));
let failed = false;
try {
  const probe = path.join(work, 'probe');
  fs.mkdirSync(probe);
  fs.writeFileSync(
    path.join(probe, 'main.ts'),
    "import { BrowserWindow } from 'electron';\n" +
      'export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false } });\n',
  );
  const [probeFindings, findings] = await Promise.all([
    scan(probe, work),
    scan(path.join(repoRoot, 'electron'), work),
  ]);
  const probeChecks = new Set(probeFindings.map((f) => f.check));
  for (const expected of [
    'NODE_INTEGRATION_JS_CHECK',
    'CONTEXT_ISOLATION_JS_CHECK',
    'WEB_SECURITY_JS_CHECK',
  ]) {
    if (!probeChecks.has(expected)) {
      console.error(
        `electronegativity: the planted insecure window was not reported (${expected}); the scan is not working`,
      );
      failed = true;
    }
  }

  const { accepted } = JSON.parse(
    fs.readFileSync(new URL('./electronegativity-allowlist.json', import.meta.url), 'utf8'),
  ) as { accepted: Accepted[] };
  const matches = (a: Accepted, f: Finding) => a.check === f.check && a.file === f.file;
  for (const finding of findings) {
    const entry = accepted.find((a) => matches(a, finding));
    if (entry)
      console.log(`accepted  ${finding.check} ${finding.file}:${finding.line} — ${entry.reason}`);
    else {
      console.error(
        `FINDING   ${finding.check} ${finding.file}:${finding.line} (not in the allowlist)`,
      );
      failed = true;
    }
  }
  for (const entry of accepted) {
    if (!findings.some((f) => matches(entry, f))) {
      console.error(
        `STALE     allowlist entry ${entry.check} ${entry.file} matches no finding; remove it`,
      );
      failed = true;
    }
  }
  console.log(
    `electronegativity: ${findings.length} findings in electron/, ${accepted.length} accepted with reasons, ${failed ? 'FAILED' : 'ok'}`,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
