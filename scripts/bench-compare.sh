#!/usr/bin/env bash
# Times `transcripts stats --format csv` on one core against `rg -c '[0-9]'`
# (a plain scan of the same bytes) on a Kremlin file of at least 50 MB, and
# measures peak memory on a 1 GB file. Installs ripgrep from Debian's
# packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
big=${BIG:-0} # set BIG=1 to measure memory on a 1 GB file
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/transcripts" ./cmd/transcripts
command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null; }

one="$work/one.txt"
for f in testdata/transcripts/*.txt; do
	head -c 6 "$f" | grep -q '^Events' && { cat "$f"; echo; } >>"$one"
done
input="$work/kremlin.txt"
: >"$input"
while [ "$(stat -c %s "$input")" -lt $((50 << 20)) ]; do cat "$one" >>"$input"; done
size=$(stat -c %s "$input")

best() { # best wall time in seconds of $runs runs of "$@"
	local b=
	for _ in $(seq "$runs"); do
		local s e t
		s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
	done
	echo "$b"
}

t=$(best env GOMAXPROCS=1 "$work/transcripts" stats --format csv "$input")
r=$(best rg -c '[0-9]' "$input")
printf 'input: %s bytes (%s)\n' "$size" "$input"
printf 'transcripts stats --format csv, GOMAXPROCS=1: %.2f s, %.1f MB/s\n' "$t" "$(echo "$size / $t / 1000000" | bc -l)"
printf "rg -c '[0-9]':                                %.3f s, %.1f MB/s\n" "$r" "$(echo "$size / $r / 1000000" | bc -l)"
printf 'ratio transcripts / rg: %.1f\n' "$(echo "$t / $r" | bc -l)"

if [ "$big" = 1 ]; then
	gb="$work/1g.txt"
	while [ "$(stat -c %s "$gb" 2>/dev/null || echo 0)" -lt $((1 << 30)) ]; do cat "$input" >>"$gb"; done
	/usr/bin/time -v "$work/transcripts" stats --format csv "$gb" 2>"$work/time" >/dev/null
	grep -E 'Maximum resident|Elapsed' "$work/time"
fi
