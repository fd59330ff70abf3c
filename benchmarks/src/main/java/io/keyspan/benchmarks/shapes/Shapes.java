package io.keyspan.benchmarks.shapes;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** One filled object of each shape; every attribute set, so no contender can skip a null. */
public final class Shapes {
  private Shapes() {}

  public static Tiny tiny() {
    return new Tiny("user-0001", 42);
  }

  public static Small small() {
    Small small = new Small();
    small.setId("user-0001");
    small.setName("Alice Example");
    small.setEmail("alice@example.com");
    small.setAge(31);
    small.setActive(true);
    small.setScore(4.25);
    small.setCreatedAt(1_767_225_600_000L);
    small.setTags(new LinkedHashSet<>(List.of("admin", "beta", "vip")));
    return small;
  }

  public static Large large() {
    Large large = new Large();
    large.setId("order-000123");
    large.setText1("Alice Example");
    large.setText2("alice@example.com");
    large.setText3("1 Example Street");
    large.setText4("Springfield");
    large.setText5("EX1 2MP");
    large.setText6("GB");
    large.setText7("express");
    large.setText8("Leave the parcel at the door, please.");
    large.setCount1(3);
    large.setCount2(17);
    large.setCount3(250);
    large.setCount4(-8);
    large.setTotal1(1_767_225_600_000L);
    large.setTotal2(98_765_432_101L);
    large.setTotal3(4_200L);
    large.setTotal4(-1L);
    large.setRatio1(0.125);
    large.setRatio2(99.5);
    large.setFlag1(true);
    large.setFlag2(false);
    large.setLines(
        List.of("book", "pen", "tea", "lamp", "bike", "shoes", "hat", "scarf", "cup", "plate"));
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      labels.put("label" + i, "value " + i);
    }
    large.setLabels(labels);
    return large;
  }
}
