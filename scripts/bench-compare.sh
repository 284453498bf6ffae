#!/usr/bin/env bash
# Times `transcripts stats --format csv` against a plain scan of the same
# bytes, and on many files with one core against two:
#
#   - one core (GOMAXPROCS=1) on a Kremlin file of at least 50 MB (the
#     transcripts of testdata/kremlin/, copied from ../shared/corpus/kremlin/,
#     repeated) against `rg -c '[0-9]'` on the same file, the best of RUNS
#     runs of each (and the median), the runs of the two alternating, and
#     their ratio;
#   - the same on a file as large made of the Kremlin transcripts of
#     testdata/transcripts/ (the tests' trade talks, denser in figures: the
#     input of the figures before the eighteenth stop);
#   - the corpus file as JSON Lines (--format jsonl), one core, against
#     the CSV in the same runs;
#   - the same file with two cores (its document groups read by two
#     workers at once) against rg, the same way;
#   - a directory of the transcripts of testdata/kremlin/ copied to at least
#     50 MB (some 2,300 files), one core against two, RUNS alternating pairs, the
#     median ratio (on a shared machine one pair of runs is noisy), and
#     the median ratio of their CPU time (the cost of sharing the work,
#     near 1 unless the host slows the cores);
#   - with BIG=1, peak memory (/usr/bin/time -v) on a file of 1 GB, as
#     CSV and as JSON Lines (both stream);
#   - last, whether each of issue 6's bars held in the run (yes or NO;
#     the ratio to rg by the best runs and by the medians). The script
#     measures: it exits 0 whatever the figures.
#
# Installs ripgrep from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
big=${BIG:-0} # set BIG=1 to measure memory on a 1 GB file
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

CGO_ENABLED=0 go build -o "$work/transcripts" ./cmd/transcripts # as make build does
command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null; }
bin=$work/transcripts

# repeat DIR OUT: the Kremlin transcripts of DIR, each ending with a line
# feed, repeated into OUT up to at least 50 MB; sets kremlin and copies.
repeat() {
	local f one="$work/one.txt"
	: >"$one"
	kremlin=()
	for f in "$1"/*.txt; do
		if head -c 6 "$f" | grep -q '^Events'; then
			{ cat "$f"; echo; } >>"$one"
			kremlin+=("$f")
		fi
	done
	: >"$2"
	copies=0
	while [ "$(stat -c %s "$2")" -lt $((50 << 20)) ]; do
		cat "$one" >>"$2"
		copies=$((copies + 1))
	done
}
dense="$work/dense.txt"
repeat testdata/transcripts "$dense"
input="$work/kremlin.txt"
repeat testdata/kremlin "$input"
size=$(stat -c %s "$input")
mkdir "$work/many"
for i in $(seq "$copies"); do
	for f in "${kremlin[@]}"; do cp "$f" "$work/many/$i-$(basename "$f")"; done
done

ms() { # wall time of "$@" in milliseconds, output discarded
	local s e
	s=$(date +%s%N)
	"$@" >/dev/null
	e=$(date +%s%N)
	echo $(((e - s) / 1000000))
}
wall_cpu() { # wall and CPU (user and system) time of "$@" in milliseconds, output discarded
	local TIMEFORMAT='%3R %3U %3S' t
	t=$({ time "$@" >/dev/null 2>&1; } 2>&1)
	echo "$t" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
}
best_median() { # the best and the median of the milliseconds on standard input
	sort -n | awk '{v[NR] = $1} END {print v[1], v[int((NR + 1) / 2)]}'
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; } # of the arguments
mbs() { echo "scale=1; ${2:-$size} / $1 / 1000" | bc; } # MB/s of $1 ms on the input (or on $2 bytes)

# On a shared machine runs vary: the best of $runs is reported, and the
# median beside it. The runs of transcripts and rg alternate, so that
# both meet the machine's load alike.
for _ in $(seq "$runs"); do
	echo "$(ms env GOMAXPROCS=1 "$bin" stats --format csv "$input") $(ms rg -c '[0-9]' "$input")"
done >"$work/times"
read -r t tm < <(cut -d' ' -f1 "$work/times" | best_median)
read -r r rm < <(cut -d' ' -f2 "$work/times" | best_median)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf 'input: %s bytes of Kremlin transcripts (testdata/kremlin/, %d files, repeated)\n' "$size" "${#kremlin[@]}"
printf 'transcripts stats --format csv, GOMAXPROCS=1: %5d ms, %6.1f MB/s (median of %d: %d ms, %.1f MB/s)\n' "$t" "$(mbs "$t")" "$runs" "$tm" "$(mbs "$tm")"
printf "rg -c '[0-9]':                                %5d ms, %6.1f MB/s (median of %d: %d ms)\n" "$r" "$(mbs "$r")" "$runs" "$rm"
printf 'ratio transcripts / rg: %.1f (of the medians: %.1f)\n' "$(echo "scale=2; $t / $r" | bc)" "$(echo "scale=2; $tm / $rm" | bc)"

# The same on the transcripts denser in figures.
for _ in $(seq "$runs"); do
	echo "$(ms env GOMAXPROCS=1 "$bin" stats --format csv "$dense") $(ms rg -c '[0-9]' "$dense")"
done >"$work/times-dense"
read -r d dm < <(cut -d' ' -f1 "$work/times-dense" | best_median)
read -r rd rdm < <(cut -d' ' -f2 "$work/times-dense" | best_median)
dsize=$(stat -c %s "$dense")
printf 'denser input: %s bytes (the Kremlin transcripts of testdata/transcripts/, repeated)\n' "$dsize"
printf 'transcripts stats --format csv, GOMAXPROCS=1: %5d ms, %6.1f MB/s (median of %d: %d ms, %.1f MB/s)\n' "$d" "$(mbs "$d" "$dsize")" "$runs" "$dm" "$(mbs "$dm" "$dsize")"
printf "rg -c '[0-9]' in the same runs:               %5d ms (median of %d: %d ms)\n" "$rd" "$runs" "$rdm"
printf 'ratio transcripts / rg on the denser input: %.1f (of the medians: %.1f)\n' "$(echo "scale=2; $d / $rd" | bc)" "$(echo "scale=2; $dm / $rdm" | bc)"

# JSON Lines (stats --format jsonl), streamed as the CSV is, against the
# CSV on the same file, one core, the runs of the two alternating.
for _ in $(seq "$runs"); do
	echo "$(ms env GOMAXPROCS=1 "$bin" stats --format jsonl "$input") $(ms env GOMAXPROCS=1 "$bin" stats --format csv "$input")"
done >"$work/times-jsonl"
read -r j jm < <(cut -d' ' -f1 "$work/times-jsonl" | best_median)
read -r jc jcm < <(cut -d' ' -f2 "$work/times-jsonl" | best_median)
printf 'transcripts stats --format jsonl, GOMAXPROCS=1: %5d ms, %6.1f MB/s (median of %d: %d ms); csv in the same runs: %d ms (median %d ms)\n' \
	"$j" "$(mbs "$j")" "$runs" "$jm" "$jc" "$jcm"

# The same file with two cores: its document groups are read by two
# workers at once, and their rows written in the file's order.
for _ in $(seq "$runs"); do
	echo "$(ms env GOMAXPROCS=2 "$bin" stats --format csv "$input") $(ms rg -c '[0-9]' "$input")"
done >"$work/times2"
read -r t2 t2m < <(cut -d' ' -f1 "$work/times2" | best_median)
read -r r2 r2m < <(cut -d' ' -f2 "$work/times2" | best_median)
printf 'transcripts stats --format csv, GOMAXPROCS=2: %5d ms, %6.1f MB/s (median of %d: %d ms, %.1f MB/s)\n' "$t2" "$(mbs "$t2")" "$runs" "$t2m" "$(mbs "$t2m")"
printf "rg -c '[0-9]' in the same runs:               %5d ms (median of %d: %d ms)\n" "$r2" "$runs" "$r2m"
printf 'ratio transcripts (two cores) / rg: %.1f (of the medians: %.1f); two cores / one core on the file: %.2f\n' \
	"$(echo "scale=2; $t2 / $r2" | bc)" "$(echo "scale=2; $t2m / $r2m" | bc)" "$(echo "scale=3; $t / $t2" | bc)"
cmp <(GOMAXPROCS=1 "$bin" stats --format csv "$input") <(GOMAXPROCS=2 "$bin" stats --format csv "$input") &&
	echo 'output of the file with one and two cores: identical'

files=$(find "$work/many" -type f | wc -l)
bytes=$(du -sb "$work/many" | cut -f1)
ratios=()
cpus=()
for _ in $(seq "$runs"); do
	read -r a ac < <(wall_cpu env GOMAXPROCS=1 "$bin" stats --format csv "$work/many")
	read -r b bc < <(wall_cpu env GOMAXPROCS=2 "$bin" stats --format csv "$work/many")
	ratios+=("$(echo "scale=3; $a / $b" | bc)")
	cpus+=("$(echo "scale=3; $bc / $ac" | bc)")
	printf '%d files (%d bytes): one core %5d ms (CPU %d ms), two cores %5d ms (CPU %d ms)\n' "$files" "$bytes" "$a" "$ac" "$b" "$bc"
done
# The CPU time of the two workers together against one worker's is the
# tool's cost of sharing the work: near 1 when both cores run as fast as
# one alone. When the host slows the cores (a neighbour on the same
# physical cores, or the second core taken for a while), the wall-time
# ratio dips and the CPU time of the same work grows with it.
many_ratio=$(median "${ratios[@]}")
printf 'two cores / one core, median of %d pairs: %.2f (CPU time of two / one: %.2f)\n' "$runs" "$many_ratio" "$(median "${cpus[@]}")"
cmp <(GOMAXPROCS=1 "$bin" stats --format csv "$work/many") <(GOMAXPROCS=2 "$bin" stats --format csv "$work/many") &&
	echo 'output of one and two cores: identical'

if [ "$big" = 1 ]; then
	gb="$work/1g.txt"
	while [ "$(stat -c %s "$gb" 2>/dev/null || echo 0)" -lt $((1 << 30)) ]; do cat "$input" >>"$gb"; done
	rss=()
	for format in csv jsonl; do
		/usr/bin/time -v "$bin" stats --format "$format" "$gb" 2>"$work/time" >/dev/null
		printf '1 GB file (%s bytes), --format %s: ' "$(stat -c %s "$gb")" "$format"
		grep -E 'Maximum resident|Elapsed' "$work/time" | sed 's/^\s*//' | paste -sd ';' -
		rss+=("$(awk '/Maximum resident/ {print $NF}' "$work/time")")
	done
fi

# The bars of issue 6, as this run measured them (the machine's load
# decides a run's figures as much as the tool does: see README.md).
holds() { if [ "$(echo "$1" | bc)" = 1 ]; then echo yes; else echo NO; fi; }
echo "issue 6's bars in this run:"
printf '  one core at 100 MB/s or more (the best of %d): %s, %.1f MB/s\n' "$runs" "$(holds "scale=3; $size / $t / 1000 >= 100")" "$(mbs "$t")"
printf '  at most 10 times rg (the best of %d runs of each): %s, %.1f (of the medians: %s, %.1f)\n' "$runs" \
	"$(holds "$t <= 10 * $r")" "$(echo "scale=2; $t / $r" | bc)" "$(holds "$tm <= 10 * $rm")" "$(echo "scale=2; $tm / $rm" | bc)"
printf '  two cores at least 1.7 times one on %d files (the median of %d pairs): %s, %.2f\n' "$files" "$runs" "$(holds "$many_ratio >= 1.7")" "$many_ratio"
if [ "$big" = 1 ]; then
	printf '  peak RSS on 1 GB under 200 MB: csv %s, %.1f MB; jsonl %s, %.1f MB\n' \
		"$(holds "${rss[0]} < 200000")" "$(echo "scale=1; ${rss[0]} / 1000" | bc)" "$(holds "${rss[1]} < 200000")" "$(echo "scale=1; ${rss[1]} / 1000" | bc)"
fi
