/**
 * The engine over Amazon DynamoDB through the AWS SDK for Java v2, served for the {@code dynamodb:}
 * scheme.
 */
// The AWS SDK and SLF4J publish automatic modules (Automatic-Module-Name) only.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.keyspan.runtime.dynamodb {
  requires transitive io.keyspan.runtime;
  requires transitive software.amazon.awssdk.services.dynamodb;
  requires software.amazon.awssdk.auth;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.http.urlconnection;
  requires software.amazon.awssdk.regions;
  requires org.slf4j;
  requires static com.google.auto.service;

  exports io.keyspan.dynamodb;

  // QuietLoggingFallback looks for SLF4J providers the way SLF4J does.
  uses org.slf4j.spi.SLF4JServiceProvider;

  provides io.keyspan.engine.EngineProvider with
      io.keyspan.dynamodb.DynamoDbEngineProvider;
}
