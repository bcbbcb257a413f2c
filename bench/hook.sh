#!/usr/bin/env bash
# Benchmark (not a test): how fast the pre-commit hook answers, JVM start included.
#
#   bench/hook.sh
#
# Makes a throwaway repository with one commit and one staged file (under $BENCH_DIR, default /tmp/overscope-bench),
# then prints the median of $RUNS (default 11) wall times of:
#   floor   java -version with the same JVM flags (what any Java command costs here)
#   anchor  git diff --cached (what the hook must read)
#   hook    ./overscope scan --staged, as .pre-commit-hooks.yaml runs it (the goal is < 0.5 s), without and with a
#           committed .overscope.yaml (reading one costs Jackson's start-up)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
runs="${RUNS:-11}"
repo="${BENCH_DIR:-${TMPDIR:-/tmp}/overscope-bench}/hook-repo"

rm -rf "$repo"
mkdir -p "$repo"
git -C "$repo" init -q
git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid commit -q --allow-empty -m start
printf 'def handler(event):\n    return {"status": 200}\n' >"$repo/handler.py"
git -C "$repo" add handler.py

"$top/overscope" --version >/dev/null # builds the jar and its class-data archive when needed: not timed

median_wall() { # runs the command $runs times in the repository, prints the median wall time in seconds
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start="$(date +%s.%N)"
    (cd "$repo" && "$@" >/dev/null 2>&1) || true
    end="$(date +%s.%N)"
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

floor="$(median_wall java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -version)"
anchor="$(median_wall git diff --cached)"
hook="$(median_wall "$top/overscope" scan --staged --no-color)"
printf 'policy:\n  fail-on: [root:workspace]\n' >"$repo/.overscope.yaml"
hook_config="$(median_wall "$top/overscope" scan --staged --no-color)"
awk -v f="$floor" -v a="$anchor" -v h="$hook" -v c="$hook_config" -v n="$runs" 'BEGIN {
  printf "floor    java -version:                         %5.2f s (median of %d)\n", f, n
  printf "anchor   git diff --cached:                     %5.2f s\n", a
  printf "hook     overscope scan --staged:               %5.2f s  (goal < 0.5)\n", h
  printf "hook     the same with a .overscope.yaml:       %5.2f s\n", c
}'
