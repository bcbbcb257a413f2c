#!/usr/bin/env bash
# Benchmark (not a test): a working-tree scan against the floor (cat) and the anchor (ripgrep), in one run.
#
#   bench/worktree.sh [TREE]
#
# Without TREE it uses the Linux 6.1 sources from Debian's linux-source-6.1 package (78,613 files, 1.3 GB; installed
# with apt-get when missing and unpacked once under $BENCH_DIR, default /tmp/overscope-bench, outside this tree).
# ripgrep comes from Debian's ripgrep package the same way.
#
# With a warm page cache, prints the median of $RUNS (default 3) wall times of:
#   floor   cat of every file (find | xargs cat > /dev/null)
#   anchor  rg -i -F with every catalogue keyword (overscope rules --keywords) as one literal alternation, every file
#           (--no-ignore --hidden: Overscope reads git-ignored files too), counting matches per file
#   scan    ./overscope scan TREE --no-history (the launcher, as users run it)
# and the ratios; the goal is scan <= 1.5 x anchor.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
runs="${RUNS:-3}"
bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/overscope-bench}"

install_package() { # $1 = Debian package, for a command or file this script needs
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "bench: installing $1 from the system packages…" >&2
  $sudo apt-get install -y -q "$1" >/dev/null || { echo "bench: cannot install $1; install it and retry" >&2; exit 2; }
}

tree="${1:-}"
if [ -z "$tree" ]; then
  tree="$bench_dir/linux-source-6.1"
  if [ ! -f "$tree/.complete" ]; then
    [ -f /usr/src/linux-source-6.1.tar.xz ] || install_package linux-source-6.1
    rm -rf "$tree"
    mkdir -p "$bench_dir"
    echo "bench: unpacking the Linux sources (once)…" >&2
    tar -xf /usr/src/linux-source-6.1.tar.xz -C "$bench_dir"
    touch "$tree/.complete"
  fi
fi
tree="$(cd "$tree" && pwd)"
command -v rg >/dev/null 2>&1 || install_package ripgrep

"$top/overscope" --version >/dev/null # builds the jar and its class-data archive when needed: not timed
keywords="$(mktemp)"
trap 'rm -f "$keywords"' EXIT
"$top/overscope" rules --keywords >"$keywords"

median_wall() { # runs the command $runs times, prints the median wall time in seconds
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start="$(date +%s.%N)"
    "$@" >/dev/null 2>&1 || true
    end="$(date +%s.%N)"
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

cat_all() { find "$tree" -type f -print0 | xargs -0 cat >/dev/null; }
rg_keywords() { rg --no-ignore --hidden --no-messages -i -F -f "$keywords" -c "$tree"; }
overscope_scan() { "$top/overscope" scan "$tree" --no-history --fail-on none --no-color; }

cat_all # warm the page cache: neither side pays for the disk
files="$(find "$tree" -type f | wc -l)"
bytes="$(du -sb "$tree" | cut -f1)"
echo "tree:     $tree ($files files, $((bytes / 1000000)) MB), $(wc -l <"$keywords") keywords, $(nproc) cores"

floor="$(median_wall cat_all)"
anchor="$(median_wall rg_keywords)"
scan="$(median_wall overscope_scan)"
awk -v f="$floor" -v a="$anchor" -v s="$scan" -v n="$runs" 'BEGIN {
  printf "floor    cat every file:                    %6.2f s (median of %d)\n", f, n
  printf "anchor   rg -i -F <catalogue keywords>:     %6.2f s  %.2f x floor\n", a, a / f
  printf "scan     overscope scan --no-history:       %6.2f s  %.2f x floor, %.2f x anchor (goal <= 1.5)\n", s, s / f, s / a
}'
