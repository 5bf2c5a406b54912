#!/usr/bin/env bash
# Runs every bench script in turn and prints their figures (no pass/fail: the targets are in the output).
set -u
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_ERROR_REPORTS=false
for b in import assessment numbers checker drafting chat slack kolada worker-size; do
  echo "== bench/$b.ts"
  npx tsx "bench/$b.ts" || echo "(bench/$b.ts ended with status $?)"
  echo
done
