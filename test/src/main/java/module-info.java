/**
 * Keyspan's test kit: in-process AWS SDK clients over any engine, the JUnit 5 extension, clock and
 * faults.
 */
// The AWS SDK publishes automatic modules (Automatic-Module-Name) only.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.keyspan.test {
  requires transitive io.keyspan.runtime;
  requires transitive io.keyspan.runtime.memory;
  requires io.keyspan.server;
  requires transitive org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires transitive software.amazon.awssdk.services.dynamodb;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.regions;
  requires software.amazon.awssdk.auth;
  requires org.reactivestreams;

  exports io.keyspan.test;
}
