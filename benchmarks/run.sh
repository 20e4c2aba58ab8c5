#!/usr/bin/env bash
# Runs the JMH benchmarks, each beside its baseline, from the repository root.
#   benchmarks/run.sh quick   a smoke run: small inputs, one short iteration each (about 2 minutes)
#   benchmarks/run.sh full    small and medium inputs in full, large inputs with fewer iterations,
#                             and the heap footprint (under 20 minutes on 2 cores once the inputs exist)
# Inputs are generated from a fixed seed on first use and cached in benchmarks/target/benchmark-data.
# JMH's JSON results go to benchmarks/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-quick}"
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  ./mvnw -B -ntp -q package -DskipTests -pl benchmarks -am
fi
out=benchmarks/target/results
mkdir -p "$out"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
case "$mode" in
  quick)
    java -jar "$jar" -f 1 -wi 1 -w 1s -i 1 -r 1s -p size=small -rf json -rff "$out/quick.json"
    ;;
  full)
    java -jar "$jar" -p size=small,medium -rf json -rff "$out/small-medium.json" \
      'JsonBenchmark|FeedbackLogBenchmark|MarkdownBenchmark|ScoringBenchmark|GraphBenchmark|RegistryBenchmark'
    java -jar "$jar" -p size=large -wi 1 -w 1s -i 3 -r 1s -rf json -rff "$out/large.json" \
      'JsonBenchmark.(readGraph|peerDatabindRecords|baselineTokenScan|baselineReadTree)|FeedbackLogBenchmark|ScoringBenchmark|GraphBenchmark.(buildGraph|baselineSortAndIndex)'
    java -Xmx14g -cp "$jar" dev.topicgraph.benchmarks.HeapFootprint medium
    java -Xmx14g -cp "$jar" dev.topicgraph.benchmarks.HeapFootprint large
    ;;
  *)
    echo "usage: benchmarks/run.sh quick|full" >&2
    exit 2
    ;;
esac
