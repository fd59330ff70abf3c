package io.keyspan.benchmarks.shapes;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The large shape: 23 attributes of every scalar kind, a list of ten strings and a map of ten
 * labels.
 */
@Table(name = "Large")
@DynamoDbBean
public class Large {
  @PartitionKey
  @Attribute("Id")
  private String id;

  @Attribute("Text1")
  private String text1;

  @Attribute("Text2")
  private String text2;

  @Attribute("Text3")
  private String text3;

  @Attribute("Text4")
  private String text4;

  @Attribute("Text5")
  private String text5;

  @Attribute("Text6")
  private String text6;

  @Attribute("Text7")
  private String text7;

  @Attribute("Text8")
  private String text8;

  @Attribute("Count1")
  private int count1;

  @Attribute("Count2")
  private int count2;

  @Attribute("Count3")
  private int count3;

  @Attribute("Count4")
  private int count4;

  @Attribute("Total1")
  private long total1;

  @Attribute("Total2")
  private long total2;

  @Attribute("Total3")
  private long total3;

  @Attribute("Total4")
  private long total4;

  @Attribute("Ratio1")
  private double ratio1;

  @Attribute("Ratio2")
  private double ratio2;

  @Attribute("Flag1")
  private boolean flag1;

  @Attribute("Flag2")
  private boolean flag2;

  @Attribute("Lines")
  private List<String> lines;

  @Attribute("Labels")
  private Map<String, String> labels;

  public Large() {}

  @DynamoDbPartitionKey
  @DynamoDbAttribute("Id")
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @DynamoDbAttribute("Text1")
  public String getText1() {
    return text1;
  }

  public void setText1(String text1) {
    this.text1 = text1;
  }

  @DynamoDbAttribute("Text2")
  public String getText2() {
    return text2;
  }

  public void setText2(String text2) {
    this.text2 = text2;
  }

  @DynamoDbAttribute("Text3")
  public String getText3() {
    return text3;
  }

  public void setText3(String text3) {
    this.text3 = text3;
  }

  @DynamoDbAttribute("Text4")
  public String getText4() {
    return text4;
  }

  public void setText4(String text4) {
    this.text4 = text4;
  }

  @DynamoDbAttribute("Text5")
  public String getText5() {
    return text5;
  }

  public void setText5(String text5) {
    this.text5 = text5;
  }

  @DynamoDbAttribute("Text6")
  public String getText6() {
    return text6;
  }

  public void setText6(String text6) {
    this.text6 = text6;
  }

  @DynamoDbAttribute("Text7")
  public String getText7() {
    return text7;
  }

  public void setText7(String text7) {
    this.text7 = text7;
  }

  @DynamoDbAttribute("Text8")
  public String getText8() {
    return text8;
  }

  public void setText8(String text8) {
    this.text8 = text8;
  }

  @DynamoDbAttribute("Count1")
  public int getCount1() {
    return count1;
  }

  public void setCount1(int count1) {
    this.count1 = count1;
  }

  @DynamoDbAttribute("Count2")
  public int getCount2() {
    return count2;
  }

  public void setCount2(int count2) {
    this.count2 = count2;
  }

  @DynamoDbAttribute("Count3")
  public int getCount3() {
    return count3;
  }

  public void setCount3(int count3) {
    this.count3 = count3;
  }

  @DynamoDbAttribute("Count4")
  public int getCount4() {
    return count4;
  }

  public void setCount4(int count4) {
    this.count4 = count4;
  }

  @DynamoDbAttribute("Total1")
  public long getTotal1() {
    return total1;
  }

  public void setTotal1(long total1) {
    this.total1 = total1;
  }

  @DynamoDbAttribute("Total2")
  public long getTotal2() {
    return total2;
  }

  public void setTotal2(long total2) {
    this.total2 = total2;
  }

  @DynamoDbAttribute("Total3")
  public long getTotal3() {
    return total3;
  }

  public void setTotal3(long total3) {
    this.total3 = total3;
  }

  @DynamoDbAttribute("Total4")
  public long getTotal4() {
    return total4;
  }

  public void setTotal4(long total4) {
    this.total4 = total4;
  }

  @DynamoDbAttribute("Ratio1")
  public double getRatio1() {
    return ratio1;
  }

  public void setRatio1(double ratio1) {
    this.ratio1 = ratio1;
  }

  @DynamoDbAttribute("Ratio2")
  public double getRatio2() {
    return ratio2;
  }

  public void setRatio2(double ratio2) {
    this.ratio2 = ratio2;
  }

  @DynamoDbAttribute("Flag1")
  public boolean isFlag1() {
    return flag1;
  }

  public void setFlag1(boolean flag1) {
    this.flag1 = flag1;
  }

  @DynamoDbAttribute("Flag2")
  public boolean isFlag2() {
    return flag2;
  }

  public void setFlag2(boolean flag2) {
    this.flag2 = flag2;
  }

  @DynamoDbAttribute("Lines")
  public List<String> getLines() {
    return lines;
  }

  public void setLines(List<String> lines) {
    this.lines = lines;
  }

  @DynamoDbAttribute("Labels")
  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }
}
