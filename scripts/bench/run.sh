#!/usr/bin/env bash
# Benchmark: dlict ingest of a student roster vs sqlite3 .import vs a Python stdlib loader doing the same work,
# then dlict check, report and three analyst queries on the loaded warehouse. Prints a markdown table.
#
#   SCALE=tiny|small|medium|million|national scripts/bench/run.sh   (default small)
#   The roster goes in three orders (by school, by grade, shuffled; the same rows), each next to sqlite3 .import of
#   the same file, and once more as a resubmission from every school.
#   national = 30,000 schools, 6.5M students, 3 enrolment cycles (needs ~10 GB disk and a long coffee)
#   DLICT_DLL=path/to/dlict.dll   use this build instead of building etl/Dlict.Cli in Release
#   WORK=/some/dir                keep the inputs (reused per SCALE) and warehouses there (default: a temp dir, removed)
#   ROUNDS=N                      run the roster loads (dlict, then .import, alternating), check, report and the
#                                 queries N times each and report medians (default 3 at national scale, else 1):
#                                 a shared machine drifts by ±20 % within minutes
#   QUALITY=1|only                also (or only) the data-quality views and check on years that follow (see that block)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
SCALE="${SCALE:-small}"
case "$SCALE" in
  tiny) schools=20; students=2000 ;;
  small) schools=300; students=50000 ;;
  medium) schools=3000; students=650000 ;;
  million) schools=30000; students=1000000 ;; # issue 18's order bench: the national schools, 1M students
  national) schools=30000; students=6500000 ;;
  *) echo "SCALE must be tiny, small, medium, million or national" >&2; exit 2 ;;
esac
ROUNDS="${ROUNDS:-$([[ $SCALE == national ]] && echo 3 || echo 1)}"
keep="${WORK:+1}"
WORK="${WORK:-$(mktemp -d)}"
[[ -z "$keep" ]] && trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"
if [[ -z "${DLICT_DLL:-}" ]]; then
  # Published for this machine as docs/operations.md installs it (-r: ReadyToRun, less JIT at every start).
  rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
  dotnet publish -c Release -r "${rid:-linux-x64}" --self-contained false "$repo/etl/Dlict.Cli" -o "$WORK/dlict" -v q -nologo >/dev/null
  DLICT_DLL="$WORK/dlict/dlict.dll"
fi
export DLICT_HASH_KEY="bench-hash-key-0123456789abcdef-0123" DOTNET_CLI_TELEMETRY_OPTOUT=1
# Inputs are kept per scale in a kept WORK dir (generating the national files takes minutes); the warehouses are not.
data="$WORK/data"; in="$WORK/in-$SCALE"
rm -rf "$data" "$WORK/import.db" "$WORK/python.db"*
timer=(); [[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt")
rows=()

# Every timed step starts alike: dirty pages written, the page cache emptied where the user may (root), then the
# inputs and the warehouse read back in. Without this a step pays for the previous ones' leftovers (reclaiming a full
# page cache, writing back copies): the same roster load measured 12.6-13.8 s after a drop and 14.4-16.5 s without.
can_drop=no; [[ -w /proc/sys/vm/drop_caches ]] && can_drop=yes
settle() {
  sync
  [[ $can_drop == yes ]] && echo 3 >/proc/sys/vm/drop_caches
  cat "$in"/*.csv "$in"/*/*.csv "$data"/inbox/* "$data"/*.db* >/dev/null 2>&1 || true
}

# run_timed LABEL COMMAND...: runs one command after settle(); sets secs and rss (its output goes to $WORK/last.log).
run_timed() {
  local label="$1" start end; shift
  settle
  start=$(date +%s.%N)
  if ! "${timer[@]}" "$@" >"$WORK/last.log" 2>&1; then
    echo "FAILED: $label" >&2; cat "$WORK/last.log" >&2; exit 1
  fi
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  rss="-"; [[ ${#timer[@]} -gt 0 ]] && rss=$(awk '{ printf "%.0f", $2 / 1024 }' "$WORK/time.txt")
  return 0
}

# measure LABEL NOTE COMMAND...: one timed run, one table row.
measure() {
  local label="$1" note="$2"; shift 2
  run_timed "$label" "$@"
  rows+=("| $label | $secs | $rss | $note |")
}

# measure_rounds LABEL NOTE COMMAND...: a step that changes nothing (check, report, queries), run ROUNDS times; the median.
measure_rounds() {
  local label="$1" note="$2" all=() peaks=(); shift 2
  for ((round = 1; round <= ROUNDS; round++)); do
    run_timed "$label" "$@"; all+=("$secs"); peaks+=("$rss")
  done
  rows+=("| $label | $(median "${all[@]}") | $(median "${peaks[@]}") | $note$(rounds_note "${all[@]}") |")
}

rounds_note() { ((ROUNDS > 1)) && echo "; median of $ROUNDS rounds: $*" || true; }

# median of the numbers given (sorted numerically; the middle one, or the lower middle of an even count).
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# How fast the machine is right now: a fixed pure-CPU loop, before the steps and after them. A shared VM has slow
# spells (the same loop 0.7 s, then 1.05 s, minutes apart); this says whether a run fell in one.
cpu_probe() { python3 -c 'import time
t = time.perf_counter(); s = 0
for i in range(10_000_000): s += i
print(f"{time.perf_counter() - t:.2f}")'; }
probe_before=$(cpu_probe)
dlict=(dotnet "$DLICT_DLL" --data-dir "$data")
drop() { mkdir -p "$data/inbox"; cp -p "$@" "$data/inbox/"; }

# ---- Data quality (issue 21) --------------------------------------------------------------------------------------
# QUALITY=1 adds, QUALITY=only measures just: a registry and three enrolment years that follow each other with ~1 % of
# schools making one mistake a year (make-quality.py), in a warehouse of their own; one cycle of both quality views
# through `dlict sql` (every row printed) and `dlict check` (console, workbook with the ข้อสังเกต sheet).
if [[ -n "${QUALITY:-}" ]]; then
  main_in="$in" main_data="$data"
  in="$WORK/quality-$SCALE" data="$WORK/quality-data"
  [[ -n "$keep" && -f "$in/expected-flags.csv" ]] || python3 "$here/make-quality.py" "$schools" "$in" >/dev/null
  rm -rf "$data"; mkdir -p "$data/inbox"
  quality=(dotnet "$DLICT_DLL" --data-dir "$data")
  cp -p "$in/registry.csv" "$data/inbox/"; "${quality[@]}" ingest >/dev/null
  cp -p "$in"/enrolment_*.csv "$data/inbox/"; "${quality[@]}" ingest >/dev/null
  flags=$(grep -c '^2568/1,' "$in/expected-flags.csv" || true)
  # Like measure_rounds, with the CPU seconds (user + system) of each round too: on a loaded machine they say more than the wall.
  measure_cpu() {
    local label="$1" note="$2" all=() peaks=() cpus=(); shift 2
    for ((round = 1; round <= ROUNDS; round++)); do
      run_timed "$label" "$@"; all+=("$secs"); peaks+=("$rss")
      [[ ${#timer[@]} -gt 0 ]] && cpus+=("$(awk '{ printf "%.2f", $3 + $4 }' "$WORK/time.txt")")
    done
    rows+=("| $label | $(median "${all[@]}") | $(median "${peaks[@]}") | $note; CPU s ${cpus[*]:-?}$(rounds_note "${all[@]}") |")
  }
  measure_cpu "quality: v_enrolment_anomalies" "2568/1: $flags flags (make-quality.py)" "${quality[@]}" sql "SELECT * FROM v_enrolment_anomalies WHERE cycle = '2568/1'"
  measure_cpu "quality: v_data_quality" "2568/1: $schools schools with their scores" "${quality[@]}" sql "SELECT * FROM v_data_quality WHERE cycle = '2568/1'"
  measure_cpu "quality: dlict check" "2568/1: completeness workbook with $flags flags" "${quality[@]}" check --cycle 2568/1 --out "$WORK/quality-check.xlsx"
  in="$main_in" data="$main_data"
  if [[ $QUALITY == only ]]; then
    echo "SCALE=$SCALE: $schools schools (quality only); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); page cache emptied before each step: $can_drop"
    echo; echo "| step | seconds | peak RSS MB | what |"; echo "| --- | ---: | ---: | --- |"; printf '%s\n' "${rows[@]}"
    exit 0
  fi
fi
# ---- end of the data-quality block ----------------------------------------------------------------------------------

[[ -n "$keep" && -f "$in/resent/roster_2568-1.csv" ]] || python3 "$here/make-national.py" "$schools" "$students" "$in" orders >/dev/null
roster="$in/roster_2568-1.csv"
lines=$(($(wc -l <"$roster") - 1))
mb=$(du -m "$roster" | cut -f1)

drop "$in/registry.csv"
measure "dlict ingest registry" "$schools schools (+ migrate)" "${dlict[@]}" ingest
# The roster in three orders against .import of the same file, alternating, ROUNDS times: each dlict load on a
# warehouse holding only the registry. By school last, then the resubmission (every school sends again) on top of it,
# so the steps after this loop find one roster loaded and resubmitted.
orders=(grade random school)
declare -A order_dir=([school]="$in" [grade]="$in/grade" [random]="$in/random")
declare -A order_name=([school]="by school" [grade]="by grade" [random]="shuffled")
declare -A dlict_secs=() dlict_rss=() import_secs=() import_rss=()
resent_secs=(); resent_rss=(); fresh=yes
for ((round = 1; round <= ROUNDS; round++)); do
  for order in "${orders[@]}"; do
    if [[ $fresh == no ]]; then
      rm -rf "$data"; drop "$in/registry.csv"; "${dlict[@]}" ingest >/dev/null
    fi
    fresh=no
    drop "${order_dir[$order]}/roster_2568-1.csv"
    run_timed "dlict ingest roster ${order_name[$order]}" "${dlict[@]}" ingest
    dlict_secs[$order]+="$secs "; dlict_rss[$order]+="$rss "
    grep -h "^loaded\|^run" "$WORK/last.log" >&2 || true
    if [[ $order == school ]]; then
      drop "$in/resent/roster_2568-1.csv"
      run_timed "dlict ingest roster resubmitted" "${dlict[@]}" ingest
      resent_secs+=("$secs"); resent_rss+=("$rss")
      grep -h "^loaded\|^run" "$WORK/last.log" >&2 || true
    fi
    if command -v sqlite3 >/dev/null; then
      rm -f "$WORK/import.db"
      run_timed "sqlite3 .import roster" sqlite3 "$WORK/import.db" -cmd ".mode csv" ".import ${order_dir[$order]}/roster_2568-1.csv roster"
      import_secs[$order]+="$secs "; import_rss[$order]+="$rss "
    fi
  done
done
for order in school grade random; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  rows+=("| **dlict ingest roster, ${order_name[$order]}** | $(median ${dlict_secs[$order]}) | $(median ${dlict_rss[$order]}) | $lines rows, ${mb} MB: check digit, BE dates, HMAC ids, names dropped, rejects kept$(rounds_note ${dlict_secs[$order]}) |")
  if [[ -n "${import_secs[$order]:-}" ]]; then
    # shellcheck disable=SC2086
    rows+=("| sqlite3 .import roster, ${order_name[$order]} | $(median ${import_secs[$order]}) | $(median ${import_rss[$order]}) | same CSV into one text table, no checks$(rounds_note ${import_secs[$order]}) |")
  else
    rows+=("| sqlite3 .import roster, ${order_name[$order]} | - | - | sqlite3 not installed |")
  fi
done
# shellcheck disable=SC2086
roster_secs=$(median ${dlict_secs[school]})
rows+=("| **dlict ingest roster resubmitted** | $(median "${resent_secs[@]}") | $(median "${resent_rss[@]}") | the same students again from every school (a later file): replaces the first load$(rounds_note "${resent_secs[@]}") |")
measure "python3 csv+sqlite3 loader" "same work as dlict (scripts/bench/python_loader.py)" python3 "$here/python_loader.py" "$in/registry.csv" "$roster" "$WORK/python.db"
python_secs=$secs
drop "$in"/enrolment_*.csv
measure "dlict ingest enrolment" "3 cycles × $((schools * 9)) rows" "${dlict[@]}" ingest
measure_rounds "dlict check" "completeness workbook, 2568/1" "${dlict[@]}" check --cycle 2568/1 --out "$WORK/check.xlsx"
measure_rounds "dlict report" "director's workbook, 2568/1" "${dlict[@]}" report --cycle 2568/1 --out "$WORK/report.xlsx"
measure_rounds "dlict sql Q1" "students per district" "${dlict[@]}" sql "SELECT district, SUM(total) AS students FROM v_enrolment WHERE cycle = '2568/1' GROUP BY district"
measure_rounds "dlict sql Q2" "reporting rate trend" "${dlict[@]}" sql "SELECT cycle, reporting_rate, on_time_rate FROM v_reporting_rate WHERE district = 'ALL' ORDER BY cycle"
measure_rounds "dlict sql Q3" "roster vs enrolment gaps" "${dlict[@]}" sql "SELECT grade, SUM(ABS(difference)) AS gap FROM v_roster_reconciliation WHERE cycle = '2568/1' GROUP BY grade"

echo "SCALE=$SCALE: $schools schools, $students students; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); page cache emptied before each step: $can_drop; CPU probe (10M-step Python loop): $probe_before s before, $(cpu_probe) s after"
echo
echo "| step | seconds | peak RSS MB | what |"
echo "| --- | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
echo
# The issue's goals for the roster, from the medians above, order by order; the share of .import round by round
# (each round's two loads of one order run back to back, so a drift of the machine touches both).
for order in school grade random; do
  # shellcheck disable=SC2206
  d=(${dlict_secs[$order]}) i=(${import_secs[$order]:-})
  per_round=""
  for ((r = 0; r < ${#i[@]}; r++)); do
    per_round+="$(awk -v d="${d[r]}" -v i="${i[r]}" 'BEGIN { if (d > 0) printf "%.0f %% ", 100 * i / d }')"
  done
  awk -v name="${order_name[$order]}" -v rows="$lines" -v d="$(median "${d[@]}")" -v i="$( ((${#i[@]} > 0)) && median "${i[@]}" || echo 0)" -v p="$python_secs" -v each="${per_round% }" 'BEGIN {
    printf "roster %s: dlict %.0f rows/s", name, rows / d
    if (i > 0) printf " = %.0f %% of .import (%.0f rows/s); round by round: %s", 100 * i / d, rows / i, each
    printf "; %.1f× the Python loader\n", p / d
  }'
done
per_round=""
# shellcheck disable=SC2206
first=(${dlict_secs[school]})
for ((r = 0; r < ${#resent_secs[@]}; r++)); do
  per_round+="$(awk -v a="${resent_secs[r]}" -v b="${first[r]}" 'BEGIN { if (b > 0) printf "%.2f ", a / b }')"
done
awk -v a="$(median "${resent_secs[@]}")" -v b="$roster_secs" -v each="${per_round% }" 'BEGIN {
  printf "resubmission: %.2f× the first load by school (medians); round by round: %s\n", a / b, each
}'
