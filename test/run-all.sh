#!/usr/bin/env bash
# `npm test`: every check the project has, in order, each counted. Ends with
# one line `N passed, N failed` totalling every runner (static checks count as
# one test each; vitest and Playwright report their own test counts).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/results
passed=0
failed=0
failures=()

step() { # step NAME COMMAND...: a check that counts as one test
  local name=$1
  shift
  echo "› $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

count_json() { # count_json FILE NODE_EXPR: add the passed/failed counts a runner wrote
  local file=$1 expr=$2 out
  if [ -s "$file" ] && out=$(node -e "const r=JSON.parse(require('fs').readFileSync('$file','utf8')); const [p,f]=($expr)(r); console.log(p+' '+f)"); then
    read -r p f <<<"$out"
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$f" -gt 0 ] && failures+=("$2 in $file")
  else
    failed=$((failed + 1))
    failures+=("no results in $file")
  fi
}

step typecheck npx tsc -b
step lint npx eslint .
step format npx prettier --check . --log-level warn
step electronegativity npx tsx test/security/electronegativity.ts

echo "› unit tests (vitest)"
rm -f .cache/results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/results/vitest.json
count_json .cache/results/vitest.json '(r) => [r.numPassedTests, r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0)]'

step build npm run --silent build

echo "› end-to-end tests (Playwright, Debian chromium)"
rm -f .cache/results/playwright.json
PLAYWRIGHT_JSON_OUTPUT_NAME=.cache/results/playwright.json npx playwright test --reporter=list,json
count_json .cache/results/playwright.json '(r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ?? 0)]'

# The benchmark is not a test; `BENCH=1` (e.g. `BENCH=1 .ci/run`) runs it as one more check.
if [ "${BENCH:-}" = 1 ]; then
  step bench npm run --silent bench
fi

if [ ${#failures[@]} -gt 0 ]; then
  echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
