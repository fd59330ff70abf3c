#!/usr/bin/env bash
# Runs every Keyspan benchmark in bounded time and writes BENCHMARKS.md at the repository root.
#
#   benchmarks/run.sh              full settings: about 20 minutes on 2 cores
#   QUICK=1 benchmarks/run.sh      smoke settings: a few minutes, numbers not meaningful
#
# Full settings: JMH with 1 fork, 3 warm-up iterations of 1 s, 5 measured iterations of 1 s,
# one thread; cold start 11 fresh JVMs per contender, interleaved, median; compile time 5 javac
# runs each way, median; endpoints 20 s warm-up (past the JIT compiler's work) and 15 s measured with 16 connections of one raw
# HTTP load generator (RawLoad), each endpoint alone. Needs curl, Node.js with npm (installs dynalite 4.0.0 into benchmarks/target)
# and Python 3 with moto[server] 5; a missing emulator is reported, not fatal. Every contender
# runs in the same invocation, so ratios are comparable even on a loaded machine; absolute times
# are context only.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=benchmarks/target/results
rm -rf "$OUT" && mkdir -p "$OUT"
if [[ "${QUICK:-0}" == 1 ]]; then
  JMH=(-f 1 -wi 1 -w 200ms -i 1 -r 200ms)
  RUNS=3
  COMPILE_RUNS=1
  LOAD=(1 3 16)
  REPLAY_ITEMS=(10000)
  SETTINGS="QUICK smoke settings (1 fork, 1 x 200 ms warm-up, 1 x 200 ms measurement; 3 cold runs; 1 compile run; endpoints 1 s + 3 s, 16 connections): NOT meaningful"
else
  JMH=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  RUNS=11
  COMPILE_RUNS=5
  LOAD=(20 15 16)
  REPLAY_ITEMS=(100000 1000000)
  SETTINGS="JMH 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, 1 thread; cold start median of 11 fresh JVMs per contender (interleaved); compile time median of 5 javac runs; endpoints 20 s warm-up + 15 s measured, 16 connections from one raw HTTP load generator"
fi
echo "$SETTINGS" > "$OUT/settings.txt"
# A fixed heap, touched at start: this machine's first write to a fresh page costs a fault, and a heap
# that grows during a run slows each iteration more than the last (scan pages went from 3.5 to 15 µs
# over eight iterations); every JMH fork below pins and pre-touches its heap.
HEAP="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"

echo ">> building (mvn -pl benchmarks,server -am package)"
mvn -B -q -pl benchmarks,server -am -DskipTests package
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

echo ">> 1. warm mapping (JMH, -prof gc)"
java -cp "$CP" org.openjdk.jmh.Main 'mapping.MappingBenchmark' "${JMH[@]}" -jvmArgs "$HEAP" -prof gc -rf json -rff "$OUT/mapping.json" > "$OUT/mapping.log" 2>&1
java -cp "$CP" org.openjdk.jmh.Main 'mapping.SdkRepositoryBenchmark' "${JMH[@]}" -jvmArgs "$HEAP" -prof gc -rf json -rff "$OUT/repository.json" > "$OUT/repository.log" 2>&1

echo ">> 3. in-memory engine vs bare sorted map (JMH)"
java -cp "$CP" org.openjdk.jmh.Main 'engine.EngineBenchmark' "${JMH[@]}" -jvmArgs '-Xms3g -Xmx3g -XX:+AlwaysPreTouch' -rf json -rff "$OUT/engine.json" > "$OUT/engine.log" 2>&1
java -Xms2g -Xmx2g -cp "$CP" io.keyspan.benchmarks.engine.HeapPerItem 200000 > "$OUT/heap.txt"

echo ">> 7. durable storage: puts with and without a data directory (JMH), start-up on 10^5 and 10^6 items"
java -cp "$CP" org.openjdk.jmh.Main 'engine.DurablePutBenchmark' "${JMH[@]}" -jvmArgs "$HEAP" -rf json -rff "$OUT/durable.json" > "$OUT/durable.log" 2>&1
for items in "${REPLAY_ITEMS[@]}"; do
  java -Xmx4g -cp "$CP" io.keyspan.benchmarks.engine.ReplayTime "$items" > "$OUT/replay-$items.txt" 2>> "$OUT/durable.log"
done

echo ">> 2. cold start ($RUNS fresh JVMs per contender)"
CONTENDERS=(EmptyMain HandWrittenFirstItem KeyspanFirstItem StaticSchemaFirstItem BeanSchemaFirstItem KeyspanFirstPutGet EnhancedFirstPutGet)
for ((run = 0; run < RUNS; run++)); do
  for contender in "${CONTENDERS[@]}"; do
    start=$(date +%s%N)
    java -cp "$CP" "io.keyspan.benchmarks.cold.$contender" > /dev/null 2>> "$OUT/cold-stderr.txt"
    end=$(date +%s%N)
    echo "$contender $(((end - start) / 1000000))" >> "$OUT/cold.txt"
  done
done

echo ">> 5. annotation processing: 50 entities and 50 declared repositories, javac with and without Keyspan's processor"
SRC="$OUT/compile/src/bench"
mkdir -p "$SRC"
for ((i = 1; i <= 50; i++)); do
  cat > "$SRC/Entity$i.java" <<JAVA
package bench;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;

@Table(name = "Entity$i")
public record Entity$i(
    @PartitionKey @Attribute("Owner") String owner,
    @SortKey @Attribute("Created") long created,
    @IndexPartitionKey("ByEmail$i") @Attribute("Email") String email,
    @Attribute("Name") String name,
    @Attribute("Count") int count,
    @Attribute("Score") double score,
    @Attribute("Active") boolean active,
    @Attribute("Tags") Set<String> tags,
    @Attribute("Lines") List<String> lines,
    @Attribute("Seen") Instant seen,
    @Version @Attribute("Version") Long version) {}
JAVA
  cat > "$SRC/Entity${i}Queries.java" <<JAVA
package bench;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

@Repository(Entity$i.class)
public interface Entity${i}Queries {
  @Query(key = "Owner = :owner AND Created > :after", filter = "Active = :active AND Count >= :count")
  List<Entity$i> recent(String owner, long after, boolean active, int count);

  @Query(index = "ByEmail$i", key = "Email = :email")
  List<Entity$i> byEmail(String email);

  long countByOwner(String owner);
}
JAVA
done
# The main jar of a module (not its -sources, -javadoc or -tests jar).
main_jar() { ls "$1"/target/keyspan-"$1"-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-tests'; }
LIBS="$(main_jar annotations):$(main_jar runtime)"
PROCESSOR_PATH="$(cat benchmarks/target/processorpath.txt):$LIBS"
# The code the processor writes stands in for hand-written equivalents: javac on the sources plus
# that code, without the processor, isolates the processor's own work.
GENERATED="$OUT/compile/generated"
mkdir -p "$GENERATED" "$OUT/compile/warm-up"
javac -d "$OUT/compile/warm-up" -s "$GENERATED" -cp "$LIBS" -processorpath "$PROCESSOR_PATH" "$SRC"/*.java
mapfile -t EQUIVALENTS < <(find "$GENERATED" -name '*.java' | sort)
for ((run = 0; run < COMPILE_RUNS; run++)); do
  for mode in without equivalent with; do
    rm -rf "$OUT/compile/$mode" && mkdir -p "$OUT/compile/$mode"
    case $mode in
      with) PROC=(-processorpath "$PROCESSOR_PATH") ;;
      equivalent) PROC=(-proc:none "${EQUIVALENTS[@]}") ;;
      *) PROC=(-proc:none) ;;
    esac
    start=$(date +%s%N)
    javac -d "$OUT/compile/$mode" -cp "$LIBS" "${PROC[@]}" "$SRC"/*.java
    end=$(date +%s%N)
    echo "$mode $(((end - start) / 1000000)) $(find "$OUT/compile/$mode" -name '*.class' | wc -l)" >> "$OUT/compile.txt"
  done
done

echo ">> 4. local endpoints: the same pre-serialized requests replayed on the Keyspan server, dynalite and moto"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Starts an endpoint in the background, runs the load against it, and stops it (only the process started here).
measure_endpoint() {
  local name=$1 port=$2
  shift 2
  "$@" > "$OUT/endpoint-$name.log" 2>&1 &
  local pid=$!
  for ((wait = 0; wait < 120; wait++)); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then break; fi
    sleep 0.5
  done
  if java -Dclk.tck="$(getconf CLK_TCK)" -cp "$CP" io.keyspan.benchmarks.endpoint.RawLoad "http://127.0.0.1:$port" "$pid" "${LOAD[@]}" > "$OUT/endpoint-$name.out" 2>> "$OUT/endpoint-$name.log"; then
    echo "$name $(awk '{print $2}' "$OUT/endpoint-$name.out" | paste -sd ' ')" >> "$OUT/endpoint.txt"
  else
    echo "$name failed" >> "$OUT/endpoint.txt"
  fi
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}
port=$(free_port)
measure_endpoint keyspan-server "$port" java -jar "$(ls server/target/keyspan-server-*.jar | grep -v -e thin -e original | head -1)" --port "$port" --serve-on-io-threads memory:
DYNALITE=benchmarks/target/dynalite-4.0.0
if [[ ! -f $DYNALITE/node_modules/dynalite/cli.js ]]; then
  npm install --prefix "$DYNALITE" --no-audit --no-fund --loglevel=error dynalite@4.0.0 > /dev/null 2>&1 || true
fi
if [[ -f $DYNALITE/node_modules/dynalite/cli.js ]]; then
  port=$(free_port)
  measure_endpoint dynalite "$port" node "$DYNALITE/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$port" --createTableMs 0 --deleteTableMs 0
else
  echo "dynalite unavailable" >> "$OUT/endpoint.txt"
fi
if python3 -c 'import moto.server' 2> /dev/null; then
  port=$(free_port)
  measure_endpoint moto "$port" python3 -m moto.server -H 127.0.0.1 -p "$port"
else
  echo "moto unavailable" >> "$OUT/endpoint.txt"
fi

echo ">> machine"
{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores available)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "os: $(uname -sr)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
} > "$OUT/machine.txt"

python3 benchmarks/summarize.py "$OUT" BENCHMARKS.md
echo ">> 6. test kit: first GetItem in process vs server vs dynalite; warm GetItem in process vs loopback"
SKIP_BUILD=1 benchmarks/testkit.sh
echo ">> wrote BENCHMARKS.md"
