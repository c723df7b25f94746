#!/usr/bin/env bash
# The CallFlow benchmark suite: one command, one run, one machine (see docs/performance.md).
#
#   bash bench/run.sh            full run: load table, how cost grows, micro benchmarks (about 8 minutes)
#   bash bench/run.sh --smoke    a few seconds of each, for CI: fails if a server does not start or answers non-2xx
#
# Options: --duration S (seconds per measurement, default 10), --warmup S (default 15: .NET's tiered JIT needs it on a
# busy 2-core machine), --connections N (the headline concurrency, default 32), --threads N (wrk threads, default 2),
# --no-micro (skip BenchmarkDotNet), --baseline GIT_REF (also build CallFlow as of GIT_REF and measure it right after
# the current one, for before/after figures), --callflow-only (measure only CallFlow and the baseline).
#
# Every server is built in Release, started on 127.0.0.1 on a free port, probed (exact status 200 and, for the peers, an
# answer equal to CallFlow's), loaded with wrk POSTing a real first-page request (the same one every time; CallFlow is
# also measured with every request the first page of a new call, as on a live platform), then stopped. The script stops
# every process it started, whatever happens (trap).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
REQUEST="$BENCH/requests/first-page.json"
LUA="$BENCH/wrk/page-request.lua"

smoke=false
micro=true
only_callflow=false
baseline=""
duration=10
warmup=15
connections=32
threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --no-micro) micro=false ;;
    --callflow-only) only_callflow=true; micro=false ;;
    --baseline) baseline="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if $smoke; then
  duration=1
  warmup=0
  connections=8
fi
scaling=(8 32 128)

fail() { echo "bench: FAILED: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------------------------------------- processes and cleanup
RUN="$(mktemp -d /tmp/callflow-bench.XXXXXX)"
declare -a STARTED=()
cleanup() {
  local status=$?
  local pid
  for pid in "${STARTED[@]}"; do
    stop_pid "$pid"
  done
  if [ "$status" -eq 0 ]; then
    rm -rf "$RUN"
  else
    echo "bench: logs kept in $RUN" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_pid() {
  local pid="$1" waited=0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# ------------------------------------------------------------------------------------------------------------ tools
if ! command -v wrk >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || fail "wrk is missing: apt-get install wrk"
  note "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
fi
for tool in wrk node npm dotnet curl; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is required"
done

# ------------------------------------------------------------------------------------------------------------ build
note "building Release into $RUN"
dotnet publish "$ROOT/src/CallFlow.Server" -c Release -o "$RUN/callflow" --nologo -v quiet >"$RUN/build-server.log" 2>&1 \
  || { cat "$RUN/build-server.log" >&2; fail "CallFlow.Server did not build"; }
if [ -n "$baseline" ]; then
  mkdir -p "$RUN/baseline-src"
  git -C "$ROOT" archive "$baseline" | tar -x -C "$RUN/baseline-src" || fail "cannot read $baseline from git"
  dotnet publish "$RUN/baseline-src/src/CallFlow.Server" -c Release -o "$RUN/callflow-baseline" --nologo -v quiet >"$RUN/build-baseline.log" 2>&1 \
    || { cat "$RUN/build-baseline.log" >&2; fail "CallFlow.Server as of $baseline did not build"; }
fi
dotnet publish "$BENCH/Floor" -c Release -o "$RUN/floor" --nologo -v quiet >"$RUN/build-floor.log" 2>&1 \
  || { cat "$RUN/build-floor.log" >&2; fail "the floor app did not build"; }
if $micro; then
  dotnet build "$BENCH/Micro" -c Release --nologo -v quiet >"$RUN/build-micro.log" 2>&1 \
    || { cat "$RUN/build-micro.log" >&2; fail "the micro benchmarks did not build"; }
fi
if [ ! -d "$BENCH/peers/node_modules" ] || [ "$BENCH/peers/package-lock.json" -nt "$BENCH/peers/node_modules/.package-lock.json" ]; then
  note "installing the Node.js peers from npm (npm ci)"
  (cd "$BENCH/peers" && npm ci --no-audit --no-fund --loglevel=error >"$RUN/npm.log" 2>&1) \
    || { cat "$RUN/npm.log" >&2; fail "npm ci failed in bench/peers"; }
fi

# ---------------------------------------------------------------------------------------------------------- servers
free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# start NAME DIR COMMAND...: starts a server in DIR with PORT set, waits until a probe POST answers exactly 200.
# Sets PID and URL; the answer body is in $RUN/NAME.answer.json.
start() {
  local name="$1" dir="$2"; shift 2
  local port
  port="$(free_port)"
  URL="http://127.0.0.1:$port/apps/${APP:-reception}/first"
  (cd "$dir" && PORT="$port" ASPNETCORE_URLS="http://127.0.0.1:$port" exec "$@" >"$RUN/$name.log" 2>&1) &
  PID=$!
  STARTED+=("$PID")
  local tries=0 status=""
  while [ "$tries" -lt 600 ]; do
    kill -0 "$PID" 2>/dev/null || { tail -20 "$RUN/$name.log" >&2; fail "$name exited before it answered"; }
    status="$(curl -s -o "$RUN/$name.answer.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      --data-binary "@$REQUEST" "$URL" 2>/dev/null || true)"
    [ "$status" = "200" ] && return 0
    [ -n "$status" ] && [ "$status" != "000" ] && { cat "$RUN/$name.answer.json" >&2; fail "$name answered $status to the probe, not 200"; }
    sleep 0.1
    tries=$((tries + 1))
  done
  tail -20 "$RUN/$name.log" >&2
  fail "$name did not answer within 60 s"
}

# Peak resident memory (VmHWM) of a process and all its descendants, in MB.
peak_mb() {
  echo $(( ($(peak_kb "$1") + 512) / 1024 ))
}
peak_kb() {
  local pid="$1" total=0 child kb
  kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
  total=$((total + ${kb:-0}))
  for child in $(pgrep -P "$pid" 2>/dev/null || true); do
    total=$((total + $(peak_kb "$child")))
  done
  echo "$total"
}

# CPU time (user + system) a process and its descendants have used, in clock ticks.
cpu_ticks() {
  local pid="$1" total=0 child
  total=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
  for child in $(pgrep -P "$pid" 2>/dev/null || true); do
    total=$((total + $(cpu_ticks "$child")))
  done
  echo "$total"
}

# load CONNECTIONS SECONDS: wrk against $URL; prints "rps p50 p99 non2xx socket_errors cpu_us_per_request", the last
# being the server's CPU time per answered request (a figure the other engineers' load on the machine disturbs less).
load() {
  local c="$1" d="$2" out before after
  before="$(cpu_ticks "$PID")"
  out="$(BENCH_BODY="$REQUEST" BENCH_NEW_CALLS="$new_calls" wrk -t"$threads" -c"$c" -d"${d}s" --timeout 5s -s "$LUA" "$URL" 2>&1)" \
    || { echo "$out" >&2; fail "wrk failed"; }
  after="$(cpu_ticks "$PID")"
  echo "$out" >>"$RUN/wrk.log"
  local line
  line="$(grep '^RESULT ' <<<"$out")" || { echo "$out" >&2; fail "wrk printed no result"; }
  awk -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
    END { printf "%s %s %s %s %s %.1f\n", v["rps"], v["p50_ms"], v["p99_ms"], v["non2xx"], v["socket_errors"],
          (v["requests"] > 0 ? ticks / hz * 1e6 / v["requests"] : 0) }' <<<"$line"
}

warm() {
  [ "$warmup" -gt 0 ] && load "$connections" "$warmup" >/dev/null
  return 0
}

same_answer() {
  node -e '
    const fs = require("fs");
    const [a, b] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
    process.exit(require("util").isDeepStrictEqual(a, b) ? 0 : 1);' "$1" "$2"
}

declare -A RPS P50 P99 NON2XX SOCKERR CPU PEAK
errors=0
new_calls=0
record() {
  local key="$1"; shift
  read -r RPS[$key] P50[$key] P99[$key] NON2XX[$key] SOCKERR[$key] CPU[$key] <<<"$*"
  if [ "${NON2XX[$key]}" != "0" ] || [ "${SOCKERR[$key]}" != "0" ]; then
    note "$key: ${NON2XX[$key]} non-2xx answers, ${SOCKERR[$key]} socket errors"
    errors=$((errors + 1))
  fi
}

# One server at a time: start, probe, warm up, measure at the headline concurrency (and the scaling ones), stop.
measure() {
  local key="$1" dir="$2"; shift 2
  start "$key" "$dir" "$@"
  warm
  local result
  result="$(load "$connections" "$duration")"
  record "$key" "$result"
  PEAK[$key]="$(peak_mb "$PID")"
}

uptime_before="$(uptime)"
note "load before measuring: ${uptime_before##*load average: }"

# 1. CallFlow, default configuration, fresh data folder (the published folder is new), on the reception sample app.
measure callflow "$RUN/callflow" dotnet CallFlow.Server.dll
cp "$RUN/callflow.answer.json" "$RUN/reception-answer.json"
rule="$(cd "$BENCH/peers" && node rule.js)"
if ! $smoke && ! $only_callflow; then
  for c in "${scaling[@]}"; do
    [ "$c" = "$connections" ] && { RPS[callflow@$c]=${RPS[callflow]}; P99[callflow@$c]=${P99[callflow]}; continue; }
    result="$(load "$c" "$duration")"
    record "callflow@$c" "$result"
  done
  PEAK[callflow-all]="$(peak_mb "$PID")"
fi
stop_pid "$PID"

# 1a. The same with every request the first page of a new call (as on a live platform), on a fresh data folder.
mkdir -p "$RUN/callflow-new-calls"
cp -r "$RUN/callflow/." "$RUN/callflow-new-calls/"
rm -rf "$RUN/callflow-new-calls/data"
new_calls=1
measure callflow-new-calls "$RUN/callflow-new-calls" dotnet CallFlow.Server.dll
new_calls=0
stop_pid "$PID"

# 1b. The same, built from the baseline commit, for before/after figures.
if [ -n "$baseline" ]; then
  measure baseline "$RUN/callflow-baseline" dotnet CallFlow.Server.dll
  stop_pid "$PID"
fi

if $only_callflow; then
  printf '%-28s %12s %9s %9s %8s %9s %11s\n' "c=$connections" "requests/s" "p50 ms" "p99 ms" "non-2xx" "peak MB" "CPU us/req"
  for key in callflow callflow-new-calls ${baseline:+baseline}; do
    printf '%-28s %12.0f %9.2f %9.2f %8s %9s %11s\n' "$key" "${RPS[$key]}" "${P50[$key]}" "${P99[$key]}" "${NON2XX[$key]}" "${PEAK[$key]}" "${CPU[$key]}"
  done
  [ -n "$baseline" ] && echo "callflow/baseline requests/s $(awk -v a="${RPS[callflow]}" -v b="${RPS[baseline]}" 'BEGIN { printf "%.2f", a / b }')"
  [ "$errors" -eq 0 ] || fail "$errors measurement(s) had non-2xx answers or socket errors"
  exit 0
fi

# 2. The floor: the same route shape answering CallFlow's answer as a constant.
measure floor "$RUN/floor" dotnet CallFlow.Bench.Floor.dll --Floor:BodyFile="$RUN/reception-answer.json"
cmp -s "$RUN/floor.answer.json" "$RUN/reception-answer.json" || fail "the floor does not answer CallFlow's answer"
if ! $smoke; then
  for c in "${scaling[@]}"; do
    [ "$c" = "$connections" ] && { RPS[floor@$c]=${RPS[floor]}; P99[floor@$c]=${P99[floor]}; continue; }
    result="$(load "$c" "$duration")"
    record "floor@$c" "$result"
  done
fi
stop_pid "$PID"

# 3. The peers: the same page, same rules, same answer.
for peer in fastify express; do
  measure "$peer" "$BENCH/peers" node "$peer-server.js"
  same_answer "$RUN/$peer.answer.json" "$RUN/reception-answer.json" \
    || { cat "$RUN/$peer.answer.json" "$RUN/reception-answer.json" >&2; fail "$peer answers differently from CallFlow"; }
  stop_pid "$PID"
done

# 4. Answer size: CallFlow (default configuration but CallFlow:AppsPath=bench/apps) answering 1 and 5 actions.
mkdir -p "$RUN/callflow-actions"
cp -r "$RUN/callflow/." "$RUN/callflow-actions/"
rm -rf "$RUN/callflow-actions/data"
for app in one-action five-actions; do
  APP="$app" start "callflow-$app" "$RUN/callflow-actions" dotnet CallFlow.Server.dll --CallFlow:AppsPath="$BENCH/apps"
  warm
  result="$(load "$connections" "$duration")"
  record "$app" "$result"
  stop_pid "$PID"
done

uptime_after="$(uptime)"

# --------------------------------------------------------------------------------------------------------- the table
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "CallFlow benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), wrk -t$threads -c$connections -d${duration}s"
echo "reception first page answered by rule: $rule (Europe/London $(TZ=Europe/London date '+%a %H:%M'))"
echo "load average before: ${uptime_before##*load average: }; after: ${uptime_after##*load average: }"
echo
printf '%-28s %12s %9s %9s %8s %8s %9s %11s\n' "server (c=$connections)" "requests/s" "p50 ms" "p99 ms" "non-2xx" "sockerr" "peak MB" "CPU us/req"
for key in floor callflow callflow-new-calls ${baseline:+baseline} fastify express; do
  printf '%-28s %12.0f %9.2f %9.2f %8s %8s %9s %11s\n' "$key" "${RPS[$key]}" "${P50[$key]}" "${P99[$key]}" "${NON2XX[$key]}" "${SOCKERR[$key]}" "${PEAK[$key]}" "${CPU[$key]}"
done
echo
echo "CallFlow/floor   $(ratio "${RPS[callflow]}" "${RPS[floor]}")  (target >= 0.70)"
echo "CallFlow/Fastify $(ratio "${RPS[callflow]}" "${RPS[fastify]}")  (target >= 3)"
echo "CallFlow/Express $(ratio "${RPS[callflow]}" "${RPS[express]}")"
echo "CallFlow, a new call per request: /floor $(ratio "${RPS[callflow-new-calls]}" "${RPS[floor]}"), /Fastify $(ratio "${RPS[callflow-new-calls]}" "${RPS[fastify]}"), /Express $(ratio "${RPS[callflow-new-calls]}" "${RPS[express]}")"
echo
if ! $smoke; then
  printf '%-28s' "connections"; for c in "${scaling[@]}"; do printf ' %10s %8s' "rps@$c" "p99@$c"; done; echo
  for key in floor callflow; do
    printf '%-28s' "$key"
    for c in "${scaling[@]}"; do printf ' %10.0f %8.2f' "${RPS[$key@$c]}" "${P99[$key@$c]}"; done
    echo
  done
  echo "CallFlow peak memory over all its runs: ${PEAK[callflow-all]} MB"
  echo
fi
printf '%-28s %12s %9s %9s %8s %11s\n' "answer size (c=$connections)" "requests/s" "p50 ms" "p99 ms" "non-2xx" "CPU us/req"
for key in one-action five-actions; do
  printf '%-28s %12.0f %9.2f %9.2f %8s %11s\n' "callflow $key" "${RPS[$key]}" "${P50[$key]}" "${P99[$key]}" "${NON2XX[$key]}" "${CPU[$key]}"
done
echo "five/one requests/s $(ratio "${RPS[five-actions]}" "${RPS[one-action]}")"

# ---------------------------------------------------------------------------------------------------------- micro
if $micro; then
  echo
  job=(--job Default)
  $smoke && job=(--job Dry)
  (cd "$RUN" && dotnet "$BENCH/Micro/bin/Release/net10.0/CallFlow.Bench.Micro.dll" --filter '*' --inProcess "${job[@]}" \
    --artifacts "$RUN/micro" >"$RUN/micro.log" 2>&1) || { tail -40 "$RUN/micro.log" >&2; fail "the micro benchmarks failed"; }
  sed -n '/^| Method/,/^$/p' "$RUN/micro.log"
fi

[ "$errors" -eq 0 ] || fail "$errors measurement(s) had non-2xx answers or socket errors"
