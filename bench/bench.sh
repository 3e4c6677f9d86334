#!/usr/bin/env bash
# bench/bench.sh: end-to-end throughput of the junoslint binary on large inputs,
# against `wc -l` on the same input.
#
# It builds ./cmd/junoslint into bench/out/, concatenates the biggest corpus
# curly files (../shared/corpus/curly, relative to the repository root) into
# inputs of about 3.5 MB and 35 MB, and times, on each input:
#
#   wc -l FILE                      (baseline: reading the bytes once)
#   junoslint convert --to set FILE
#   junoslint fmt FILE
#   junoslint lint FILE             (only if `junoslint help` lists it)
#
# each on all cores and then on one (GOMAXPROCS=1), and jcc when -J names
# a jcc binary. The commands run in rounds, each round running every command
# once, so that a machine whose speed drifts slows them all alike.
#
# Each run is timed from its spawn to its exit: from python3 when there is
# one (posix_spawn, so that bash's own fork is not counted), else from bash.
# For each it prints bytes, lines, wall seconds (median of the rounds),
# MB/s (1 MB = 10^6 bytes) at the median and at the fastest run (on a shared
# machine the fastest run is the one least slowed by neighbours), lines/s,
# peak RSS (from /usr/bin/time -v in one extra, untimed round: timing a run
# under /usr/bin/time would add its own start-up; "unknown" without it) and
# the time as a multiple of `wc -l`. Before the tables, a host check times
# sha256sum alone and two copies at once, to show whether the machine's
# cores run independently (see host_check). Command output goes to /dev/null. A
# missing or failing subcommand is reported in the table, never fatal.
# Nothing is installed.
#
# Design targets (docs: design.md, "Performance targets"): lint >= 100 MB/s,
# fmt and convert >= 150 MB/s, peak RSS < 4 x input + 30 MB.
set -euo pipefail
export LC_ALL=C

usage() {
	cat <<'EOF'
usage: bench/bench.sh [options]

  -s SIZES   input sizes in MB, comma-separated (default: 3.5,35)
  -r RUNS    rounds (runs per command); the median wall time is reported
             (default: 3)
  -c DIR     corpus of curly files (default: <repo>/../shared/corpus/curly)
  -b BINARY  use this junoslint binary instead of building ./cmd/junoslint
  -J BINARY  also time this jcc binary (juniper-config-converter, built
             separately; nothing of jcc is in this repository), for the
             design's "5x jcc" ratio. It is run as `BINARY FILE`; jcc-cli
             itself wants `--file FILE`, so give it a two-line wrapper:
               #!/bin/sh
               exec jcc-cli --file "$1"
  -k         keep the generated inputs in bench/out/ (default: delete them)
  -g         only generate the inputs (implies -k), print their sizes, exit
  -h         this help

Generated inputs and the built binary go to bench/out/, or to the
directory BENCH_OUT names.

Exit status: 0 when the table was printed (even if a subcommand is missing
or fails), 1 when the build fails, 2 on a usage error.
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${BENCH_OUT:-"$ROOT/bench/out"}
SIZES="3.5,35"
RUNS=3
CORPUS="$ROOT/../shared/corpus/curly"
BIN=""
JCC=""
KEEP=0
GEN_ONLY=0

while getopts ":s:r:c:b:J:kgh" opt; do
	case $opt in
	s) SIZES=$OPTARG ;;
	r) RUNS=$OPTARG ;;
	c) CORPUS=$OPTARG ;;
	b) BIN=$OPTARG ;;
	J) JCC=$OPTARG ;;
	k) KEEP=1 ;;
	g) GEN_ONLY=1 KEEP=1 ;;
	h)
		usage
		exit 0
		;;
	:)
		echo "bench.sh: -$OPTARG needs a value" >&2
		usage >&2
		exit 2
		;;
	*)
		echo "bench.sh: unknown option -$OPTARG" >&2
		usage >&2
		exit 2
		;;
	esac
done
shift $((OPTIND - 1))
if (($# > 0)); then
	echo "bench.sh: unexpected argument: $1" >&2
	usage >&2
	exit 2
fi
if ! [[ $RUNS =~ ^[1-9][0-9]*$ ]]; then
	echo "bench.sh: -r wants a positive integer, got '$RUNS'" >&2
	exit 2
fi
IFS=, read -r -a SIZE_LIST <<<"$SIZES"
if ((${#SIZE_LIST[@]} == 0)); then
	echo "bench.sh: -s wants at least one size" >&2
	exit 2
fi
for s in "${SIZE_LIST[@]}"; do
	if ! [[ $s =~ ^[0-9]+(\.[0-9]+)?$ ]] || [[ $s =~ ^0+(\.0+)?$ ]]; then
		echo "bench.sh: -s wants positive sizes in MB (e.g. 3.5,35), got '$s'" >&2
		exit 2
	fi
done

mkdir -p "$OUT"

# ---------------------------------------------------------------------------
# Inputs.

# Source files, biggest first. From the corpus when present, else the
# repository's examples (repeated until the size is reached).
SOURCES=()
if [[ -d $CORPUS ]]; then
	CORPUS=$(cd "$CORPUS" && pwd)
	SOURCE_DESC="corpus $CORPUS"
	while IFS= read -r f; do SOURCES+=("$f"); done < <(
		find "$CORPUS" -type f \( -name '*.conf' -o -name '*.cfg' -o -name '*.curly' \) -printf '%s\t%p\n' |
			sort -t $'\t' -k1,1nr -k2,2 | cut -f2-
	)
fi
# Leave out the few corpus files that do not parse (they are broken as
# stored, e.g. unbalanced braces): a concatenation must be valid input.
if ((${#SOURCES[@]} > 0)); then
	checker="$OUT/junoslint-check"
	mkdir -p "$OUT"
	if (cd "$ROOT" && go build -o "$checker" ./cmd/junoslint); then
		kept=()
		for f in "${SOURCES[@]}"; do
			if "$checker" convert --to set "$f" >/dev/null 2>&1; then
				kept+=("$f")
			fi
		done
		SOURCES=("${kept[@]}")
	fi
fi
if ((${#SOURCES[@]} == 0)); then
	echo "bench.sh: no corpus curly files at $CORPUS; skipping the corpus and repeating examples/*.conf instead" >&2
	SOURCE_DESC="examples/*.conf (corpus absent)"
	for f in "$ROOT"/examples/*.conf; do
		[[ -f $f ]] && SOURCES+=("$f")
	done
fi
if ((${#SOURCES[@]} == 0)); then
	echo "bench.sh: nothing to build an input from (no corpus, no examples/*.conf)" >&2
	exit 1
fi

# Sizes of the sources, and whether each lacks a final newline (it then gets
# one, so the next file starts on a line of its own).
SRC_SIZE=()
SRC_NL=()
for f in "${SOURCES[@]}"; do
	SRC_SIZE+=("$(stat -c %s "$f")")
	if [[ -s $f && $(tail -c 1 "$f" | od -An -c | tr -d ' ') != '\n' ]]; then
		SRC_NL+=(1)
	else
		SRC_NL+=(0)
	fi
done

# append_source I DEST: append source I to DEST; prints the bytes added.
append_source() {
	cat "${SOURCES[$1]}" >>"$2"
	if ((SRC_NL[$1])); then printf '\n' >>"$2"; fi
	echo $((SRC_SIZE[$1] + SRC_NL[$1]))
}

# make_input TARGET_BYTES DEST: concatenate SOURCES, biggest first and
# cycling, until DEST holds at least 99% of TARGET_BYTES (so "3.5 MB" is the
# corpus's biggest file, 3.48 MB, on its own); prints the file count.
# Whole cycles are appended from one pre-built copy, so repeating a few small
# examples up to 35 MB stays fast.
make_input() {
	local target=$(($1 * 99 / 100)) dest=$2 total=0 n=0 i=0 added
	local cycle="$OUT/.cycle" cycle_size=0
	: >"$cycle"
	for ((i = 0; i < ${#SOURCES[@]}; i++)); do
		added=$(append_source "$i" "$cycle")
		cycle_size=$((cycle_size + added))
	done
	: >"$dest"
	if ((cycle_size == 0)); then
		rm -f "$cycle"
		echo "bench.sh: the input sources are all empty" >&2
		return 1
	fi
	while ((total + cycle_size <= target)); do
		cat "$cycle" >>"$dest"
		total=$((total + cycle_size))
		n=$((n + ${#SOURCES[@]}))
	done
	rm -f "$cycle"
	i=0
	while ((total < target)); do
		added=$(append_source "$i" "$dest")
		total=$((total + added))
		n=$((n + 1))
		i=$(((i + 1) % ${#SOURCES[@]}))
	done
	echo "$n"
}

INPUTS=()
declare -A INPUT_FILES=()
for s in "${SIZE_LIST[@]}"; do
	target=$(awk -v s="$s" 'BEGIN { printf "%d", s * 1000000 }')
	dest="$OUT/input-${s}MB.conf"
	nfiles=$(make_input "$target" "$dest")
	INPUTS+=("$dest")
	INPUT_FILES[$dest]=$nfiles
done

printf 'inputs (from %s):\n' "$SOURCE_DESC"
for in in "${INPUTS[@]}"; do
	printf '  %-40s %12d bytes %10d lines  %4d files\n' "${in#"$ROOT"/}" "$(stat -c %s "$in")" "$(wc -l <"$in")" "${INPUT_FILES[$in]}"
done
if ((GEN_ONLY)); then
	exit 0
fi

# ---------------------------------------------------------------------------
# Binary.

if [[ -z $BIN ]]; then
	BIN="$OUT/junoslint"
	echo "building ./cmd/junoslint -> ${BIN#"$ROOT"/}"
	if ! (cd "$ROOT" && go build -o "$BIN" ./cmd/junoslint); then
		echo "bench.sh: go build ./cmd/junoslint failed" >&2
		exit 1
	fi
fi
if [[ ! -x $BIN ]]; then
	echo "bench.sh: $BIN is not an executable" >&2
	exit 1
fi

HELP=$("$BIN" help 2>&1 || true)
has_subcommand() { grep -Eq "^[[:space:]]+$1([[:space:]]|$)" <<<"$HELP"; }

TIMEV=""
# BENCH_NO_TIME=1 forces the bash-only path (to test it).
if [[ -z ${BENCH_NO_TIME:-} && -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
	TIMEV=/usr/bin/time
else
	echo "note: /usr/bin/time -v is not available; timing with bash, peak RSS unknown" >&2
fi

# SPAWN times a run from python3 when there is one: it starts the command
# with posix_spawn, which vforks, and reads the clock around the spawn and
# the wait. Timed from bash, every run also pays bash forking itself, which
# on the 2-core test VM adds about 2.8 ms (/bin/true: 5.5 ms from bash,
# 2.7 ms from python3) and is no part of the command's cost. One python3
# process (a coprocess, started on first use) spawns every run: a fresh
# python3 per run slowed the run it started by 4-6 ms on that VM (convert
# of 3.5 MB: 25-27 ms median against 21 ms from a spawner already running),
# a cost of the harness, not of the command.
SPAWN=""
# BENCH_NO_SPAWN=1 forces timing from bash.
if [[ -z ${BENCH_NO_SPAWN:-} ]] && command -v python3 >/dev/null 2>&1; then
	SPAWN=python3
else
	echo "note: python3 is not available; timing from bash, which adds its own fork to each run" >&2
fi
# SPAWN_PY is the spawner: it reads one run per line on standard input,
# fields separated by \x1f: the file for the run's stderr, the value of
# GOMAXPROCS ("" as bash passes it), then the command's argv; it runs the
# command with standard output to /dev/null and prints "SECONDS EXITCODE".
SPAWN_PY='
import os, shutil, sys, time
null = os.open(os.devnull, os.O_WRONLY)
for line in sys.stdin:
    f = line.rstrip("\n").split("\x1f")
    env = dict(os.environ, GOMAXPROCS=f[1])
    argv = f[2:]
    err = os.open(f[0], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    path = shutil.which(argv[0]) or argv[0]
    t = time.perf_counter()
    pid = os.posix_spawn(path, argv, env, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, err, 2)])
    _, status = os.waitpid(pid, 0)
    t = time.perf_counter() - t
    os.close(err)
    print("%.6f %d" % (t, os.waitstatus_to_exitcode(status)), flush=True)
'

# ---------------------------------------------------------------------------
# Measurement.

# Wall time comes from the python3 spawner (SPAWN), else from bash 5's
# EPOCHREALTIME (no fork), else date(1).
# run_once OUTVAR_SECS OUTVAR_RSSKB OUTVAR_RC RSS cmd...: one timed run,
# output to /dev/null, stderr kept in $OUT/last.stderr. With RSS=1 (and
# /usr/bin/time -v available) the command runs under /usr/bin/time for its
# peak RSS; the wall time of such a run includes starting /usr/bin/time as
# well, a few milliseconds on a VM, so run_rounds does not count it.
run_once() {
	local -n _secs=$1 _rss=$2 _rc=$3
	local with_rss=$4
	shift 4
	local tf="$OUT/time.txt" start end
	_rc=0
	if [[ -n $TIMEV && $with_rss == 1 ]]; then
		start=${EPOCHREALTIME:-$(date +%s.%N)}
		"$TIMEV" -v -o "$tf" "$@" >/dev/null 2>"$OUT/last.stderr" || _rc=$?
		end=${EPOCHREALTIME:-$(date +%s.%N)}
		_rss=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$tf")
		# /usr/bin/time reports the command's own exit status in its output
		# when it is not zero; it also exits with that status.
	elif [[ -n $SPAWN ]]; then
		if [[ -z ${SPAWNER_PID:-} ]]; then
			coproc SPAWNER { "$SPAWN" -u -c "$SPAWN_PY"; }
		fi
		local IFS=$'\x1f'
		printf '%s\n' "$OUT/last.stderr"$'\x1f'"${GOMAXPROCS:-}"$'\x1f'"$*" >&"${SPAWNER[1]}"
		IFS=' ' read -r _secs _rc <&"${SPAWNER[0]}"
		_rss=""
		return
	else
		start=${EPOCHREALTIME:-$(date +%s.%N)}
		"$@" >/dev/null 2>"$OUT/last.stderr" || _rc=$?
		end=${EPOCHREALTIME:-$(date +%s.%N)}
		_rss=""
	fi
	_secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')
}

# The commands timed on one input are registered with add_cmd and then run
# round by round (run_rounds): each round runs every command once, so that
# a machine whose speed drifts (a shared VM) slows all of them alike and
# their ratios hold.
CMD_LABEL=()
CMD_OK=()
CMD_PROCS=()
CMD_ARGV=()

# add_cmd LABEL OKCODES GOMAXPROCS cmd...: register a command (GOMAXPROCS
# empty for the default: all cores).
add_cmd() {
	CMD_LABEL+=("$1")
	CMD_OK+=("$2")
	CMD_PROCS+=("$3")
	shift 3
	local IFS=$'\x1f'
	CMD_ARGV+=("$*")
}

# run_rounds INPUT: RUNS timed rounds of every registered command, then
# (with /usr/bin/time -v) one more round for peak RSS that is not timed;
# appends one table row per command to ROWS (a command that fails is
# dropped from the later rounds and reported).
ROWS=()
run_rounds() {
	local input=$1 n=${#CMD_LABEL[@]} i r secs rss rc argv rounds=$RUNS
	local -a times rssmax status
	for ((i = 0; i < n; i++)); do
		times[i]="" rssmax[i]=0 status[i]=ok
	done
	[[ -n $TIMEV ]] && rounds=$((RUNS + 1))
	for ((r = 0; r < rounds; r++)); do
		local rss_round=0
		((r == RUNS)) && rss_round=1
		for ((i = 0; i < n; i++)); do
			[[ ${status[i]} == ok ]] || continue
			IFS=$'\x1f' read -r -a argv <<<"${CMD_ARGV[i]}"
			GOMAXPROCS=${CMD_PROCS[i]:-${GOMAXPROCS:-}} run_once secs rss rc "$rss_round" "${argv[@]}"
			if [[ ",${CMD_OK[i]}," != *",$rc,"* ]]; then
				status[i]="exit $rc"
				local msg
				msg=$(head -c 300 "$OUT/last.stderr" | tr '\n' ' ')
				[[ -n $msg ]] && echo "  ${CMD_LABEL[i]}: exit $rc: $msg" >&2
				continue
			fi
			if ((rss_round)); then
				if [[ -n $rss ]] && ((rss > rssmax[i])); then rssmax[i]=$rss; fi
			else
				times[i]+="$secs "
			fi
		done
	done
	local bytes lines
	bytes=$(stat -c %s "$input")
	lines=${LINES_OF[$input]}
	for ((i = 0; i < n; i++)); do
		if [[ ${status[i]} != ok ]]; then
			ROWS+=("${CMD_LABEL[i]}|${status[i]}|-|-|-|-|-|-")
			continue
		fi
		local median best rss_mb="unknown"
		median=$(tr ' ' '\n' <<<"${times[i]}" | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
		best=$(tr ' ' '\n' <<<"${times[i]}" | grep . | sort -g | head -n 1)
		[[ -n $TIMEV ]] && rss_mb=$(awk -v k="${rssmax[i]}" 'BEGIN { printf "%.1f", k / 1024 }')
		ROWS+=("${CMD_LABEL[i]}|ok|$(printf '%.4f' "$median")|$(awk -v b="$bytes" -v t="$median" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }')|$(awk -v b="$bytes" -v t="$best" 'BEGIN { printf "%.1f", (t > 0 ? b / 1e6 / t : 0) }')|$(awk -v l="$lines" -v t="$median" 'BEGIN { printf "%.0f", (t > 0 ? l / t : 0) }')|$rss_mb|$median")
	done
	# The last column is the time as a multiple of the first command's
	# (wc -l) median.
	local base
	IFS='|' read -r _ _ base _ <<<"${ROWS[0]}"
	for ((i = 0; i < ${#ROWS[@]}; i++)); do
		ROWS[i]=$(awk -F'|' -v OFS='|' -v w="$base" '{ if ($2 == "ok" && w + 0 > 0) $8 = sprintf("%.1fx", $3 / w); else $8 = "-"; print }' <<<"${ROWS[i]}")
	done
}

print_table() {
	local input=$1 bytes lines budget
	bytes=$(stat -c %s "$input")
	lines=${LINES_OF[$input]}
	budget=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", (4 * b + 30e6) / 1048576 }')
	printf '\n%s: %d bytes, %d lines; median of %d round(s); RSS budget (4 x size + 30 MB) = %s MiB\n' \
		"${input#"$ROOT"/}" "$bytes" "$lines" "$RUNS" "$budget"
	printf '%-36s %-7s %9s %8s %9s %11s %13s %9s\n' command status "wall s" "MB/s" "best MB/s" "lines/s" "peak RSS MiB" "vs wc -l"
	printf '%-36s %-7s %9s %8s %9s %11s %13s %9s\n' ------------------------------------ ------- --------- -------- --------- ----------- ------------- ---------
	local row
	for row in "${ROWS[@]}"; do
		IFS='|' read -r c st w m bm l r x <<<"$row"
		printf '%-36s %-7s %9s %8s %9s %11s %13s %9s\n' "$c" "$st" "$w" "$m" "$bm" "$l" "$r" "$x"
	done
}

# host_check FILE: how independent the cores are. It times sha256sum of
# FILE (a neutral, CPU-bound reference) alone, and two copies started at
# once, in 9 interleaved rounds, and prints the medians. On a machine whose
# cores are its own, both take about as long; on a shared VM, whose virtual
# cores may be hyperthreads of one physical core or may be descheduled by
# the host, the pair takes longer, and the all-cores rows gain less (or
# lose) against the one-core rows. Needs python3 (SPAWN) and sha256sum.
HOST_PY='
import os, statistics, sys, time
null = os.open(os.devnull, os.O_WRONLY)
argv = ["sha256sum", sys.argv[1]]
path = sys.argv[2]
def spawn():
    return os.posix_spawn(path, argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
alone, pair = [], []
for _ in range(9):
    t = time.perf_counter(); os.waitpid(spawn(), 0); alone.append(time.perf_counter() - t)
    t = time.perf_counter(); a, b = spawn(), spawn(); os.waitpid(a, 0); os.waitpid(b, 0); pair.append(time.perf_counter() - t)
m1, m2 = statistics.median(alone), statistics.median(pair)
print("host check: sha256sum of the first input takes %.1f ms alone and %.1f ms as two copies at once (median of 9; %.2fx)" % (m1 * 1e3, m2 * 1e3, m2 / m1))
'
host_check() {
	local sha
	sha=$(command -v sha256sum) || return 0
	[[ -n $SPAWN ]] || return 0
	echo
	"$SPAWN" -c "$HOST_PY" "$1" "$sha"
}
host_check "${INPUTS[0]}"

declare -A LINES_OF=()
ROWS_MISSING=()
for in in "${INPUTS[@]}"; do
	LINES_OF[$in]=$(wc -l <"$in")
	ROWS=()
	CMD_LABEL=() CMD_OK=() CMD_PROCS=() CMD_ARGV=()
	echo
	echo "timing on ${in#"$ROOT"/} ..."
	add_cmd "wc -l" 0 "" wc -l "$in"
	if [[ -n $JCC ]]; then
		add_cmd "jcc (curly -> set)" 0 "" "$JCC" "$in"
	fi
	# Each command runs on all cores, then on one (GOMAXPROCS=1), which is
	# what the design's targets are stated for. Exit 1 from lint means
	# findings, a normal result here.
	for cores in all one; do
		suffix="" limit=""
		if [[ $cores == one ]]; then suffix=" (1 core)" limit=1; fi
		for sub in convert fmt lint; do
			label="junoslint $sub$suffix" ok=0
			args=("$sub")
			case $sub in
			convert) label="junoslint convert --to set$suffix" args=(convert --to set) ;;
			lint) ok=0,1 ;;
			esac
			if has_subcommand "$sub"; then
				add_cmd "$label" "$ok" "$limit" "$BIN" "${args[@]}" "$in"
			else
				ROWS_MISSING+=("$label")
			fi
		done
	done
	run_rounds "$in"
	for label in "${ROWS_MISSING[@]}"; do
		ROWS+=("$label|missing|-|-|-|-|-|-")
	done
	ROWS_MISSING=()
	print_table "$in"
done

rm -f "$OUT/time.txt" "$OUT/last.stderr"
if ((!KEEP)); then
	rm -f "${INPUTS[@]}"
fi
