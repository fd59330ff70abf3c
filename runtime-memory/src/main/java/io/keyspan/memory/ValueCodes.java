package io.keyspan.memory;

/** The one-byte codes of the attribute types on disk; fixed forever, whatever the enum's order. */
final class ValueCodes {
  static final int S = 1;
  static final int N = 2;
  static final int B = 3;
  static final int BOOL = 4;
  static final int NULL = 5;
  static final int L = 6;
  static final int M = 7;
  static final int SS = 8;
  static final int NS = 9;
  static final int BS = 10;

  private ValueCodes() {}
}
