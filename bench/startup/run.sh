#!/usr/bin/env bash
# Whole-process wall time of `BIN scan TARGET`, binaries alternated so the
# machine's load falls on each alike: the median of N runs per binary.
# Usage: bench/startup/run.sh N TARGET BIN...   (TARGET: an empty directory
# for start-up alone, testdata/corpus for a whole scan). Build the binaries
# first, e.g. `go build -o /tmp/veil-new ./cmd/veil` at each commit.
set -euo pipefail
n=$1 target=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq "$n"); do
	for b in "$@"; do
		s=$(date +%s%N)
		"$b" scan "$target" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		echo $(((e - s) / 1000000)) >>"$tmp/$(echo "$b" | tr / _)"
	done
done
for b in "$@"; do
	echo "$b: median $(sort -n "$tmp/$(echo "$b" | tr / _)" | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}') ms of $n runs"
done
