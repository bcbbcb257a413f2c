#!/usr/bin/env bash
# Benchmark (not a test): how close a history-only Overscope scan comes to the floor of reading every object once.
#
#   bench/history.sh [REPO]
#
# Without REPO it generates, once, a synthetic repository with git fast-import (bench/gen-history-repo.py: ~12k
# commits, ~63k blobs, ~217k objects, ~530 MB of blob content; no network needed) under $BENCH_DIR (default
# /tmp/overscope-bench, outside the tree so that scans of this repository do not read it), repacked as git would
# (`git repack -adf`). With REPO it measures that repository instead (bare or not).
#
# Prints, from one run: the wall time of `git cat-file --batch-all-objects --batch > /dev/null` (the floor: every
# object read once, single-threaded), the wall time of the Overscope history-only scan (heap capped at 1 GB, 2 worker
# threads), CPU seconds of each, and the ratio of wall times (goal: <= 2.0).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
repo="${1:-}"

if [ -z "$repo" ]; then
  repo="${BENCH_DIR:-${TMPDIR:-/tmp}/overscope-bench}/synthetic.git"
  if [ ! -f "$repo/.complete" ]; then
    rm -rf "$repo"
    mkdir -p "$repo"
    git init -q --bare "$repo"
    echo "bench: generating the synthetic repository (once)…" >&2
    python3 "$here/gen-history-repo.py" 1 | git -C "$repo" fast-import --quiet
    git -C "$repo" repack -adfq
    git -C "$repo" prune-packed
    touch "$repo/.complete"
  fi
fi
repo="$(cd "$repo" && pwd)"

jar="$top/cli/target/overscope.jar"
# The launcher builds the jar (online, on a fresh machine) when it is missing or older than a source: not timed.
"$top/overscope" --version >/dev/null

objects="$(git -C "$repo" count-objects -v | awk '/^(count|in-pack):/ {n += $2} END {print n}')"
blobs="$(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$' || true)"
echo "repository: $repo"
echo "objects:    $objects ($blobs blobs, $(git -C "$repo" rev-list --all --count) commits)"

timing="$(mktemp)"
trap 'rm -f "$timing"' EXIT
timed() { # prints "wall user sys maxrss_kb" for the command
  /usr/bin/time -o "$timing" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
  tail -n 1 "$timing"
}

# Warm the page cache so that neither side pays for the disk.
cat "$repo"/objects/pack/*.pack >/dev/null

read -r floor_wall floor_user floor_sys _ <<<"$(timed git -C "$repo" cat-file --batch-all-objects --batch)"
# The same JVM flags as ./overscope, except C2 is allowed (a long scan needs the optimizing compiler) and the heap
# is capped at 1 GB.
read -r scan_wall scan_user scan_sys scan_rss <<<"$(timed java -XX:+UseSerialGC -Xmx1g -Xshare:auto -jar "$jar" \
    scan "$repo" --history-only --threads 2 --no-color --fail-on none)"
read -r launcher_wall _ _ _ <<<"$(timed "$top/overscope" scan "$repo" --history-only --threads 2 --no-color \
    --fail-on none)"

findings="$(java -Xmx1g -jar "$jar" scan "$repo" --history-only --threads 2 --format json --fail-on none \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r.get("findings", [])))' 2>/dev/null || echo '?')"

awk -v fw="$floor_wall" -v fu="$floor_user" -v fs="$floor_sys" -v sw="$scan_wall" -v su="$scan_user" \
    -v ss="$scan_sys" -v rss="$scan_rss" -v lw="$launcher_wall" -v f="$findings" 'BEGIN {
  printf "floor   git cat-file --batch-all-objects --batch: %6.2f s wall, %6.2f s CPU\n", fw, fu + fs
  printf "scan    overscope scan --history-only (java -jar): %6.2f s wall, %6.2f s CPU, max RSS %d MB, %s findings\n", sw, su + ss, rss / 1024, f
  printf "scan    ./overscope scan --history-only (launcher): %6.2f s wall\n", lw
  printf "ratio   launcher / floor (wall): %.2f  (goal <= 2.0; java -jar: %.2f)\n", lw / fw, sw / fw
}'
