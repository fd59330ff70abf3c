/**
 * Cold start: one small main per contender, each run in a fresh JVM by {@code benchmarks/run.sh},
 * which times the whole process (JVM start to exit) and reports the median of the runs. Each main
 * does one thing the first time (map one object, or one put and get) and prints a checksum so the
 * work cannot be skipped.
 */
package io.keyspan.benchmarks.cold;
