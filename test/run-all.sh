#!/usr/bin/env bash
# Runs every test suite (type check, migrations check, Node, Workers, browser) and prints one
# closing line "N passed, N failed, N skipped" summed over all vitest runs. Exits non-zero on any failure
# and when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
status=0

step() { echo; echo "== $*"; }

step "Typkontroll (tsc)"
npx tsc -p . || status=1
if [ -f test/workers/tsconfig.json ]; then npx tsc -p test/workers/tsconfig.json || status=1; fi
if [ -f test/workers/tsconfig.node.json ]; then npx tsc -p test/workers/tsconfig.node.json || status=1; fi

step "Lint (eslint) och format (prettier --check)"
npx eslint . || status=1
npx prettier --check . >/dev/null || { npx prettier --check . | tail -5; echo "Kör npm run format och checka in."; status=1; }

step "Migreringar stämmer med schemat (drizzle-kit check + generate ger ingen ny fil)"
before=$(ls src/db/migrations | sort | md5sum)
npx drizzle-kit check >/dev/null || status=1
npx drizzle-kit generate >/tmp/motivera-generate.log 2>&1 || status=1
after=$(ls src/db/migrations | sort | md5sum)
if [ "$before" != "$after" ]; then echo "En migrering saknas: kör npm run db:generate och checka in den."; status=1; fi

if [ -f wrangler.toml ]; then
  # Offline: no login, no metrics, no network (also for the workerd suite below).
  export WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_ERROR_REPORTS=false
  step "Worker-paketet byggs (wrangler deploy --dry-run, utan nodejs_compat)"
  wlog=$(mktemp)
  if npx wrangler deploy --dry-run --outdir dist >"$wlog" 2>&1; then grep -E "Total Upload" "$wlog"; else cat "$wlog"; status=1; fi
  rm -f "$wlog"
fi

run_suite() {
  local name=$1; shift
  step "Tester: $name"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile="$out/$name.json" || status=1
}

run_suite node
if [ -f test/workers/vitest.config.ts ]; then run_suite workers --config test/workers/vitest.config.ts; fi
if [ -f test/browser/vitest.config.ts ]; then
  # The browser suite drives Debian's Chromium. On a fresh machine (as root, like CI) it is
  # installed here; otherwise the suite is reported as skipped, with how to install it.
  chromium_bin=${CHROMIUM_BIN:-/usr/bin/chromium}
  if [ ! -x "$chromium_bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "Installerar Chromium för webbläsartesterna (apt-get)"
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null; } || echo "Chromium kunde inte installeras."
  fi
  if [ -x "$chromium_bin" ]; then
    run_suite browser --config test/browser/vitest.config.ts
  else
    step "Tester: browser"
    n=$(npx vitest list --config test/browser/vitest.config.ts --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{try{console.log(JSON.parse(s).length)}catch{console.log(1)}})')
    echo "{\"numPassedTests\":0,\"numFailedTests\":0,\"numPendingTests\":$n,\"testResults\":[]}" >"$out/browser.json"
    echo "Webbläsartesterna hoppades över ($n tester): Chromium saknas. Installera: sudo apt-get install -y --no-install-recommends chromium fonts-liberation"
  fi
fi

summary=$(node -e '
const fs = require("fs"); const dir = process.argv[1];
let passed = 0, failed = 0, skipped = 0;
for (const f of fs.readdirSync(dir)) {
  const r = JSON.parse(fs.readFileSync(dir + "/" + f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  skipped += (r.numPendingTests || 0) + (r.numTodoTests || 0);
  // A test file that fails to load has no failed tests of its own: count it as one failure.
  for (const file of r.testResults || []) {
    if (file.status === "failed" && !(file.assertionResults || []).some((a) => a.status === "failed")) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0) process.exitCode = 3;
' "$out") || status=1
echo
echo "$summary"
exit $status
