#!/usr/bin/env bash
# npm test – the whole suite: Vitest (unit + integration on the real PostgreSQL and Redis), then Playwright in
# Debian's Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export NEXT_TELEMETRY_DISABLED=1
check_services
ensure_node_modules

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "› Installing Debian's chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "✗ /usr/bin/chromium is missing: run 'sudo apt-get install -y chromium' once." >&2
    exit 1
  fi
fi

echo "› TypeScript"
npx tsc --noEmit -p .
echo "› Vitest"
npx vitest run
echo "› Playwright"
npx playwright test
