#!/usr/bin/env bash
# npm run quickstart – install, migrate, seed, build and start postmood on its embedded defaults:
# local PostgreSQL and Redis, the fake Reddit inside the project, the project's own sentiment model, BullMQ workers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

export NEXT_TELEMETRY_DISABLED=1
PORT="${PORT:-3000}"
export APP_URL="${APP_URL:-http://localhost:$PORT}"
# On a laptop the app is often opened by the machine's IP too: accept the origin each request was addressed to.
export TRUST_REQUEST_HOST="${TRUST_REQUEST_HOST:-true}"
check_services
ensure_node_modules

echo "› Preparing the database…"
node scripts/create-database.mjs
npx prisma migrate deploy
logins="$(npx tsx scripts/seed.ts)"

echo "› Building the app…"
npx next build

start_fake_reddit "${FAKE_REDDIT_PORT:-4010}"
echo
echo "› postmood runs on $APP_URL with its BullMQ workers (Ctrl-C stops it). Reddit API: ${REDDIT_API_BASE_URL}"
echo "$logins"
echo
npx tsx scripts/server.ts --port "$PORT"
