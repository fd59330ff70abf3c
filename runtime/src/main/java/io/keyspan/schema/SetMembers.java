package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/** Moves between DynamoDB set values and their members as single values. */
final class SetMembers {
  private SetMembers() {}

  static AttributeValue toSet(AttributeValue.Type setType, List<AttributeValue> members) {
    switch (setType) {
      case SS:
        return AttributeValue.ss(
            members.stream().map(m -> ((AttributeValue.S) m).value()).toList());
      case NS:
        return AttributeValue.ns(members.stream().map(m -> ((AttributeValue.N) m).text()).toList());
      case BS:
        return AttributeValue.bs(
            members.stream().map(m -> ((AttributeValue.B) m).value()).toList());
      default:
        throw new IllegalArgumentException("not a set type: " + setType);
    }
  }

  static List<AttributeValue> members(AttributeValue set) {
    List<AttributeValue> members = new ArrayList<>();
    if (set instanceof AttributeValue.SS ss) {
      ss.values().forEach(s -> members.add(AttributeValue.s(s)));
    } else if (set instanceof AttributeValue.NS ns) {
      ns.values().forEach(n -> members.add(AttributeValue.n(n)));
    } else if (set instanceof AttributeValue.BS bs) {
      bs.values().forEach(b -> members.add(AttributeValue.b(b)));
    } else {
      throw new IllegalArgumentException("not a set: " + set);
    }
    return members;
  }
}
