/**
 * The test kit's costs: time from JVM start to the first GetItem answered through the in-process
 * SDK client, through Keyspan's server on loopback and through dynalite (each a fresh process,
 * timed by {@code benchmarks/testkit.sh}); and the warm cost of one GetItem in process against the
 * same GetItem over loopback HTTP (JMH).
 */
package io.keyspan.benchmarks.testkit;
