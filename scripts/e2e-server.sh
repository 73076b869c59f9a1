#!/usr/bin/env bash
# The server Playwright tests: a fresh `postmood_e2e` database, seeded, and a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

PORT="${PORT:-3100}"
export NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${E2E_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postmood_e2e}"
export APP_URL="http://localhost:$PORT"
export REDIS_KEY_PREFIX="postmood-e2e-$$:"
export AUTH_RATE_LIMIT_MAX=1000
export METRICS_TOKEN="${METRICS_TOKEN:-postmood-e2e-metrics-token}"
export LOG_LEVEL=warn

node scripts/create-database.mjs --recreate
npx prisma migrate deploy >/dev/null
npx tsx scripts/seed.ts >/dev/null
npx next build >/dev/null
start_fake_reddit "${E2E_FAKE_REDDIT_PORT:-4110}"
npx tsx scripts/server.ts --port "$PORT"
