#!/usr/bin/env bash
# A first run with no network, checked by hand (needs root for `unshare -n`;
# not part of `npm test`): clones this checkout's HEAD into a temporary
# folder, then, inside a network namespace that has only loopback, runs
# `npm install --offline` (packages come from the local npm cache, as they
# would from a mirror or a prepared cache) and `npm run web`, opens the page
# in Debian's Chromium and checks that the starter Moon is ready, that the
# status line says so, and that no request left the local origin.
# Writes test/artifacts/offline-first-run.png.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/repo"
mkdir -p "$repo/test/artifacts"
export OFFLINE_SHOT="$repo/test/artifacts/offline-first-run.png"
unshare -n bash -s "$work/repo" <<'INNER'
set -uo pipefail
cd "$1"
ip link set lo up
if curl -sS -m 5 https://registry.npmjs.org/ -o /dev/null 2>/dev/null; then
  echo "the network is reachable: this check means nothing" >&2
  exit 1
fi
echo "network: none (only loopback)"
env -u MOON_KIT_DIR npm install --offline --no-audit --no-fund --loglevel=error || exit 1
env -u MOON_KIT_DIR -u FARSIDE_PACK_DIR npm run web >web.log 2>&1 &
server=$!
ok=
for _ in $(seq 1 180); do
  if curl -s -m 2 http://127.0.0.1:5174/api/pack-status -o /dev/null; then ok=1; break; fi
  sleep 2
done
[ -n "$ok" ] || { echo "web mode did not start:"; tail -20 web.log; kill $server; exit 1; }
node --input-type=module -e '
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/package.json");
const { chromium } = require("@playwright/test");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const offOrigin = [];
page.on("request", (r) => {
  const u = r.url();
  if (!u.startsWith("http://127.0.0.1:5174/") && !u.startsWith("data:") && !u.startsWith("blob:")) offOrigin.push(u);
});
await page.goto("http://127.0.0.1:5174/");
await page.waitForFunction(() => document.documentElement.dataset.farsideState === "ready", null, { timeout: 180000 });
await page.waitForTimeout(1500);
await page.screenshot({ path: process.env.OFFLINE_SHOT });
const text = await page.locator("body").innerText();
const starter = text.includes("Starter Moon");
console.log(`ready: yes; status line names the starter Moon: ${starter ? "yes" : "no"}; requests off the local origin: ${offOrigin.length}`);
await browser.close();
process.exit(starter && offOrigin.length === 0 ? 0 : 1);
'
status=$?
pkill -P $server 2>/dev/null; kill $server 2>/dev/null
exit $status
INNER
echo "offline first run: passed (picture: $OFFLINE_SHOT)"
