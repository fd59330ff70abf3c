package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A JSON answer and its HTTP status: an operation's result (200) or an error body. */
record Reply(int status, ObjectNode json) {}
