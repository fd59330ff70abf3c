package io.keyspan.engine;

/** Which attributes a Query or Scan returns, or only the count. */
public enum Select {
  ALL_ATTRIBUTES,
  ALL_PROJECTED_ATTRIBUTES,
  SPECIFIC_ATTRIBUTES,
  COUNT
}
