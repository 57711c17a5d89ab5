#!/usr/bin/env bash
# Screenshots of the web pages for docs/: runs `dateline demo` on a scratch database and port,
# opens the feed, a story and the timeline in headless Chromium, and stops the server.
# Usage: scripts/screenshots.sh [path/to/dateline]   (default .build/debug/dateline)
set -euo pipefail
cd "$(dirname "$0")/.."
dateline=${1:-.build/debug/dateline}
scratch=$(mktemp -d)
port=18457
export DATELINE_TOKEN=screenshots-token-0123456789
"$dateline" demo --db "$scratch/demo.sqlite" --port "$port" --reference-date 2024-12-31 >"$scratch/out.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done
story=$(curl -fs "http://127.0.0.1:$port/v1/search?q=Tokayev" | sed -n 's/.*"key": "\([0-9a-f]*\)".*/\1/p' | head -1)
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$scratch/profile" \
    --window-size=1280,900 --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:$port$2" 2>/dev/null
}
shoot feed /
shoot story "/articles/$story"
shoot timeline /timeline
ls -l docs/screenshots
