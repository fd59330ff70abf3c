#!/usr/bin/env bash
# The test kit's benchmark (section 6 of BENCHMARKS.md): from JVM start to the first answered GetItem
# through the in-process SDK client, through Keyspan's server on loopback and through dynalite (each
# endpoint's process start included), against a bare Keyspan.inMemory() put+get; then the warm cost
# of one GetItem in process vs over loopback HTTP (JMH). The SDK answered by fixed bytes (no engine, no
# protocol) runs beside them, cold and warm: the floor under any in-process client. Writes the section
# between its markers in BENCHMARKS.md (appends it when they are missing). run.sh calls it; it also runs alone:
#
#   benchmarks/testkit.sh               7 cold runs per contender, JMH 3 x 1 s warm-up + 5 x 1 s
#   QUICK=1 benchmarks/testkit.sh       3 cold runs, JMH 2 x 1 s + 3 x 1 s (what the first results used)
#
# Needs Node.js with npm for dynalite 4.0.0 (installed into benchmarks/target, as run.sh does); a
# missing dynalite is reported, not fatal.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmarks/target/results-testkit
rm -rf "$OUT" && mkdir -p "$OUT"
if [[ "${QUICK:-0}" == 1 ]]; then
  RUNS=3
  JMH=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
  CPU_CALLS=(20000 300)
  SETTINGS="QUICK: cold start median of 3 fresh JVMs per contender (interleaved); JMH 1 fork, 2 x 1 s warm-up, 3 x 1 s measurement; CPU cost: median of 5 interleaved rounds of 300 ms CPU each, after 20,000 calls"
else
  RUNS=7
  JMH=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  CPU_CALLS=(50000 1000)
  SETTINGS="cold start median of 7 fresh JVMs per contender (interleaved); JMH 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement; CPU cost: median of 5 interleaved rounds of 1 s CPU each, after 50,000 calls"
fi
echo "$SETTINGS" > "$OUT/settings.txt"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo ">> building (mvn -pl benchmarks,server -am package)"
  mvn -B -q -pl benchmarks,server -am -DskipTests package
fi
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
SERVER_JAR="$(ls server/target/keyspan-server-*.jar | grep -v -e thin -e original | head -1)"
DYNALITE=benchmarks/target/dynalite-4.0.0
if [[ ! -f $DYNALITE/node_modules/dynalite/cli.js ]]; then
  npm install --prefix "$DYNALITE" --no-audit --no-fund --loglevel=error dynalite@4.0.0 > /dev/null 2>&1 || true
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Runs a command under GNU time and records its wall time and its CPU time (user + system, its
# waited-for children included), in ms. CPU time is what the targets are judged on: on a machine
# shared by many builds, wall time mostly measures the wait for a core.
measure() {
  local name=$1
  shift
  if /usr/bin/time -f '%e %U %S' -o "$OUT/time.txt" "$@" > /dev/null 2>> "$OUT/$name.log"; then
    read -r wall user system < "$OUT/time.txt"
    python3 -c "print('$name', round($wall * 1000), round(($user + $system) * 1000))" >> "$OUT/cold.txt"
  else
    echo "$name" >> "$OUT/failures.txt"
  fi
}
# An endpoint process and, at the same moment, the client JVM that polls it until its first GetItem
# is answered; stops the endpoint (only the process started here) once the client exits.
ENDPOINT_RUN='"${@:2}" > /dev/null 2>&1 & pid=$!; java -cp "$CP" io.keyspan.benchmarks.testkit.EndpointFirstGetItem "http://127.0.0.1:$1"; status=$?; kill $pid; wait $pid; exit $status'
export CP

echo ">> cold start: $RUNS fresh JVMs per contender"
for ((run = 0; run < RUNS; run++)); do
  measure KeyspanFirstPutGet java -cp "$CP" io.keyspan.benchmarks.cold.KeyspanFirstPutGet
  measure InProcessFirstGetItem java -cp "$CP" io.keyspan.benchmarks.testkit.InProcessFirstGetItem
  measure CannedFirstGetItem java -cp "$CP" io.keyspan.benchmarks.testkit.CannedFirstGetItem
  port=$(free_port)
  measure KeyspanServerFirstGetItem bash -c "$ENDPOINT_RUN" endpoint "$port" java -jar "$SERVER_JAR" --port "$port" memory:
  if [[ -f $DYNALITE/node_modules/dynalite/cli.js ]]; then
    port=$(free_port)
    measure DynaliteFirstGetItem bash -c "$ENDPOINT_RUN" endpoint "$port" \
      node "$DYNALITE/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$port" --createTableMs 0
  fi
done
[[ -f $DYNALITE/node_modules/dynalite/cli.js ]] || echo "dynalite unavailable" >> "$OUT/failures.txt"

echo ">> warm GetItem: in process vs loopback (JMH)"
java -cp "$CP" org.openjdk.jmh.Main 'testkit.GetItemBenchmark' "${JMH[@]}" -rf json -rff "$OUT/getitem.json" > "$OUT/getitem.log" 2>&1
java -cp "$CP" io.keyspan.benchmarks.testkit.GetItemCpuCost "${CPU_CALLS[@]}" > "$OUT/getitem-cpu.txt" 2>> "$OUT/getitem.log"
{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores available)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "node: $(node --version 2> /dev/null || echo none)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
} > "$OUT/machine.txt"

python3 benchmarks/summarize_testkit.py "$OUT" BENCHMARKS.md
echo ">> wrote section 6 of BENCHMARKS.md"
