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
  local log="${TMPDIR:-/tmp}/postmood-fake-reddit-$port.log"
  # Same process group as the caller (Ctrl-C or a group kill stops it too); on a normal exit the trap stops tsx and
  # the node process it runs.
  FAKE_REDDIT_PORT="$port" node_modules/.bin/tsx scripts/fake-reddit.ts > "$log" 2>&1 &
  FAKE_REDDIT_PID=$!
  trap 'pkill -TERM -P $FAKE_REDDIT_PID 2>/dev/null; kill $FAKE_REDDIT_PID 2>/dev/null || true' EXIT
  export REDDIT_AUTH_BASE_URL="http://127.0.0.1:$port" REDDIT_API_BASE_URL="http://127.0.0.1:$port"
  export ARCTIC_SHIFT_BASE_URL="http://127.0.0.1:$port"
  export REDDIT_CLIENT_ID="${REDDIT_CLIENT_ID:-postmood-demo}" REDDIT_CLIENT_SECRET="${REDDIT_CLIENT_SECRET:-demo-secret}"
  # Wait until it answers, so the app never starts pointed at a fake Reddit that failed (e.g. port in use).
  for _ in $(seq 1 100); do
    if ! kill -0 "$FAKE_REDDIT_PID" 2>/dev/null; then break; fi
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/__log"; then
      return 0
    fi
    sleep 0.3
  done
  echo "✗ The fake Reddit did not start on port $port:" >&2
  tail -5 "$log" >&2
  exit 1
}
