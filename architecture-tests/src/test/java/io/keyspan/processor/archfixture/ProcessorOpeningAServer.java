package io.keyspan.processor.archfixture;

import io.keyspan.server.KeyspanServer;

/**
 * Breaks a rule on purpose (ArchitectureRulesCanFailTest): a processor class that needs the server.
 */
public final class ProcessorOpeningAServer {
  KeyspanServer server;
}
