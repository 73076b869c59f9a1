# Shared shell helpers for scripts/*.sh. Sourced, not run.

# Installs npm packages when node_modules is missing or older than the lockfile.
# onnxruntime-node's postinstall would download a CUDA add-on: skipped (the CPU binaries ship in its npm tarball).
ensure_node_modules() {
  export ONNXRUNTIME_NODE_INSTALL=skip
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "› Installing npm packages (npm ci)…"
    npm ci --no-audit --no-fund
  fi
}

# Fails with a clear message when PostgreSQL or Redis cannot be reached.
check_services() {
  node -e '
    const net = require("node:net");
    const targets = [["PostgreSQL", process.env.DATABASE_URL || "postgresql://127.0.0.1:5432", 5432], ["Redis", process.env.REDIS_URL || "redis://127.0.0.1:6379", 6379]];
    let pending = targets.length, failed = false;
    for (const [name, url, port] of targets) {
      const u = new URL(url);
      const socket = net.connect(Number(u.port || port), u.hostname === "localhost" ? "127.0.0.1" : u.hostname);
      socket.setTimeout(2000);
      const done = (ok) => { socket.destroy(); if (!ok) { failed = true; console.error(`✗ ${name} is not reachable at ${u.host}`); } if (--pending === 0) process.exit(failed ? 1 : 0); };
      socket.on("connect", () => done(true)); socket.on("error", () => done(false)); socket.on("timeout", () => done(false));
    }'
}

# Starts the project's fake Reddit (synthetic corpus, no network) in the background on $1 and points the app's
# Reddit and Arctic Shift base URLs at it, unless real ones were configured. Stopped when the calling script exits.
start_fake_reddit() {
  local port="$1"
  if [ -n "${REDDIT_API_BASE_URL:-}" ]; then return; fi
  FAKE_REDDIT_PORT="$port" npx tsx scripts/fake-reddit.ts > "${TMPDIR:-/tmp}/postmood-fake-reddit-$port.log" 2>&1 &
  FAKE_REDDIT_PID=$!
  trap 'kill $FAKE_REDDIT_PID 2>/dev/null || true' EXIT
  export REDDIT_AUTH_BASE_URL="http://127.0.0.1:$port" REDDIT_API_BASE_URL="http://127.0.0.1:$port"
  export ARCTIC_SHIFT_BASE_URL="http://127.0.0.1:$port"
  export REDDIT_CLIENT_ID="${REDDIT_CLIENT_ID:-postmood-demo}" REDDIT_CLIENT_SECRET="${REDDIT_CLIENT_SECRET:-demo-secret}"
}
