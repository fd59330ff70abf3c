package io.keyspan.benchmarks.mapping;

import io.keyspan.benchmarks.shapes.Large;
import io.keyspan.benchmarks.shapes.Small;
import io.keyspan.benchmarks.shapes.Tiny;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hand-written mapping to and from the SDK's attribute values: the limit every mapper is measured
 * against, written as a person tuning it would. Straight-line code with the SDK's builder-free
 * factories ({@code AttributeValue.createS}, ...; its {@code fromS} family goes through a builder),
 * maps presized for their attribute count, loops instead of streams or lambdas, numbers through
 * {@code Integer.toString}/{@code Long.toString}/{@code Double.toString} and their {@code parse}
 * counterparts, booleans as two shared constants.
 */
public final class HandWritten {
  private static final AttributeValue TRUE = AttributeValue.createBool(true);
  private static final AttributeValue FALSE = AttributeValue.createBool(false);

  private HandWritten() {}

  private static AttributeValue bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  public static Map<String, AttributeValue> toItem(Tiny tiny) {
    Map<String, AttributeValue> item = new HashMap<>(4);
    item.put("Id", AttributeValue.createS(tiny.getId()));
    item.put("Count", AttributeValue.createN(Integer.toString(tiny.getCount())));
    return item;
  }

  public static Tiny tiny(Map<String, AttributeValue> item) {
    Tiny tiny = new Tiny();
    tiny.setId(item.get("Id").s());
    tiny.setCount(Integer.parseInt(item.get("Count").n()));
    return tiny;
  }

  public static Map<String, AttributeValue> toItem(Small small) {
    Map<String, AttributeValue> item = new HashMap<>(12);
    item.put("Id", AttributeValue.createS(small.getId()));
    item.put("Name", AttributeValue.createS(small.getName()));
    item.put("Email", AttributeValue.createS(small.getEmail()));
    item.put("Age", AttributeValue.createN(Integer.toString(small.getAge())));
    item.put("Active", bool(small.isActive()));
    item.put("Score", AttributeValue.createN(Double.toString(small.getScore())));
    item.put("CreatedAt", AttributeValue.createN(Long.toString(small.getCreatedAt())));
    item.put("Tags", AttributeValue.createSs(new ArrayList<>(small.getTags())));
    return item;
  }

  public static Small small(Map<String, AttributeValue> item) {
    Small small = new Small();
    small.setId(item.get("Id").s());
    small.setName(item.get("Name").s());
    small.setEmail(item.get("Email").s());
    small.setAge(Integer.parseInt(item.get("Age").n()));
    small.setActive(item.get("Active").bool());
    small.setScore(Double.parseDouble(item.get("Score").n()));
    small.setCreatedAt(Long.parseLong(item.get("CreatedAt").n()));
    small.setTags(new LinkedHashSet<>(item.get("Tags").ss()));
    return small;
  }

  public static Map<String, AttributeValue> toItem(Large large) {
    Map<String, AttributeValue> item = new HashMap<>(32);
    item.put("Id", AttributeValue.createS(large.getId()));
    item.put("Text1", AttributeValue.createS(large.getText1()));
    item.put("Text2", AttributeValue.createS(large.getText2()));
    item.put("Text3", AttributeValue.createS(large.getText3()));
    item.put("Text4", AttributeValue.createS(large.getText4()));
    item.put("Text5", AttributeValue.createS(large.getText5()));
    item.put("Text6", AttributeValue.createS(large.getText6()));
    item.put("Text7", AttributeValue.createS(large.getText7()));
    item.put("Text8", AttributeValue.createS(large.getText8()));
    item.put("Count1", AttributeValue.createN(Integer.toString(large.getCount1())));
    item.put("Count2", AttributeValue.createN(Integer.toString(large.getCount2())));
    item.put("Count3", AttributeValue.createN(Integer.toString(large.getCount3())));
    item.put("Count4", AttributeValue.createN(Integer.toString(large.getCount4())));
    item.put("Total1", AttributeValue.createN(Long.toString(large.getTotal1())));
    item.put("Total2", AttributeValue.createN(Long.toString(large.getTotal2())));
    item.put("Total3", AttributeValue.createN(Long.toString(large.getTotal3())));
    item.put("Total4", AttributeValue.createN(Long.toString(large.getTotal4())));
    item.put("Ratio1", AttributeValue.createN(Double.toString(large.getRatio1())));
    item.put("Ratio2", AttributeValue.createN(Double.toString(large.getRatio2())));
    item.put("Flag1", bool(large.isFlag1()));
    item.put("Flag2", bool(large.isFlag2()));
    item.put("Lines", strings(large.getLines()));
    item.put("Labels", labels(large.getLabels()));
    return item;
  }

  public static Large large(Map<String, AttributeValue> item) {
    Large large = new Large();
    large.setId(item.get("Id").s());
    large.setText1(item.get("Text1").s());
    large.setText2(item.get("Text2").s());
    large.setText3(item.get("Text3").s());
    large.setText4(item.get("Text4").s());
    large.setText5(item.get("Text5").s());
    large.setText6(item.get("Text6").s());
    large.setText7(item.get("Text7").s());
    large.setText8(item.get("Text8").s());
    large.setCount1(Integer.parseInt(item.get("Count1").n()));
    large.setCount2(Integer.parseInt(item.get("Count2").n()));
    large.setCount3(Integer.parseInt(item.get("Count3").n()));
    large.setCount4(Integer.parseInt(item.get("Count4").n()));
    large.setTotal1(Long.parseLong(item.get("Total1").n()));
    large.setTotal2(Long.parseLong(item.get("Total2").n()));
    large.setTotal3(Long.parseLong(item.get("Total3").n()));
    large.setTotal4(Long.parseLong(item.get("Total4").n()));
    large.setRatio1(Double.parseDouble(item.get("Ratio1").n()));
    large.setRatio2(Double.parseDouble(item.get("Ratio2").n()));
    large.setFlag1(item.get("Flag1").bool());
    large.setFlag2(item.get("Flag2").bool());
    large.setLines(strings(item.get("Lines")));
    large.setLabels(labels(item.get("Labels")));
    return large;
  }

  private static AttributeValue strings(List<String> strings) {
    List<AttributeValue> values = new ArrayList<>(strings.size());
    for (String string : strings) {
      values.add(AttributeValue.createS(string));
    }
    return AttributeValue.createL(values);
  }

  private static List<String> strings(AttributeValue list) {
    List<AttributeValue> values = list.l();
    List<String> strings = new ArrayList<>(values.size());
    for (AttributeValue value : values) {
      strings.add(value.s());
    }
    return strings;
  }

  private static AttributeValue labels(Map<String, String> labels) {
    Map<String, AttributeValue> values = new HashMap<>(labels.size() * 4 / 3 + 1);
    for (Map.Entry<String, String> label : labels.entrySet()) {
      values.put(label.getKey(), AttributeValue.createS(label.getValue()));
    }
    return AttributeValue.createM(values);
  }

  private static Map<String, String> labels(AttributeValue map) {
    Map<String, AttributeValue> values = map.m();
    Map<String, String> labels = new HashMap<>(values.size() * 4 / 3 + 1);
    for (Map.Entry<String, AttributeValue> value : values.entrySet()) {
      labels.put(value.getKey(), value.getValue().s());
    }
    return labels;
  }
}
