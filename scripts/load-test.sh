#!/usr/bin/env bash
# Bounded load test of `dateline serve` on loopback with wrk: POST /v1/analyze (a sample story)
# and the feed (GET /v1/articles and the HTML page /), then the server's peak memory.
# Usage: scripts/load-test.sh [path/to/dateline] [seconds] [connections]
#        (default .build/release/dateline, 20 s, 16 connections; needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
dateline=${1:-.build/release/dateline}
seconds=${2:-20}
connections=${3:-16}
scratch=$(mktemp -d)
port=18458
export DATELINE_TOKEN=load-test-token-0123456789
"$dateline" demo --db "$scratch/load.sqlite" --port "$port" >"$scratch/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/v1/articles" >/dev/null && break; sleep 0.2; done
"$dateline" analyze --samples --format jsonl >/dev/null  # warm the file cache
sed -n '/static let tassKazakhstan = """/,/^    """/p' Sources/DatelineKit/Samples/BundledSamples.swift \
  | sed '1d;$d;s/^    //' >"$scratch/story.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "story: $(wc -c <"$scratch/story.txt") bytes"
echo "== POST /v1/analyze"
WRK_BODY="$scratch/story.txt" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s scripts/wrk-post.lua \
  "http://127.0.0.1:$port/v1/analyze"
echo "== GET /v1/articles (feed JSON, 5 stories)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/v1/articles"
echo "== GET / (feed page)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/"
grep -E 'VmHWM|VmRSS' "/proc/$server/status"
