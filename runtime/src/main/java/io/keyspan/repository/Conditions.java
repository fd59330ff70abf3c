package io.keyspan.repository;

import io.keyspan.expression.Condition;

/** Combines the caller's condition with the one Keyspan plans. */
final class Conditions {
  private Conditions() {}

  static Condition and(Condition planned, Condition user) {
    if (planned == null) {
      return user;
    }
    return user == null ? planned : new Condition.And(planned, user);
  }
}
