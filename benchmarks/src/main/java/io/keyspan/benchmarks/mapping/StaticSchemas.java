package io.keyspan.benchmarks.mapping;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import io.keyspan.benchmarks.shapes.Large;
import io.keyspan.benchmarks.shapes.Small;
import io.keyspan.benchmarks.shapes.Tiny;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The Enhanced Client's reflection-free schemas of the shapes, declared by hand with getters and
 * setters.
 */
public final class StaticSchemas {
  private StaticSchemas() {}

  public static StaticTableSchema<Tiny> tiny() {
    return StaticTableSchema.builder(Tiny.class)
        .newItemSupplier(Tiny::new)
        .addAttribute(
            String.class,
            a -> a.name("Id").getter(Tiny::getId).setter(Tiny::setId).tags(primaryPartitionKey()))
        .addAttribute(
            Integer.class, a -> a.name("Count").getter(Tiny::getCount).setter(Tiny::setCount))
        .build();
  }

  public static StaticTableSchema<Small> small() {
    return StaticTableSchema.builder(Small.class)
        .newItemSupplier(Small::new)
        .addAttribute(
            String.class,
            a -> a.name("Id").getter(Small::getId).setter(Small::setId).tags(primaryPartitionKey()))
        .addAttribute(
            String.class, a -> a.name("Name").getter(Small::getName).setter(Small::setName))
        .addAttribute(
            String.class, a -> a.name("Email").getter(Small::getEmail).setter(Small::setEmail))
        .addAttribute(Integer.class, a -> a.name("Age").getter(Small::getAge).setter(Small::setAge))
        .addAttribute(
            Boolean.class, a -> a.name("Active").getter(Small::isActive).setter(Small::setActive))
        .addAttribute(
            Double.class, a -> a.name("Score").getter(Small::getScore).setter(Small::setScore))
        .addAttribute(
            Long.class,
            a -> a.name("CreatedAt").getter(Small::getCreatedAt).setter(Small::setCreatedAt))
        .addAttribute(
            EnhancedType.setOf(String.class),
            a -> a.name("Tags").getter(Small::getTags).setter(Small::setTags))
        .build();
  }

  public static StaticTableSchema<Large> large() {
    return StaticTableSchema.builder(Large.class)
        .newItemSupplier(Large::new)
        .addAttribute(
            String.class,
            a -> a.name("Id").getter(Large::getId).setter(Large::setId).tags(primaryPartitionKey()))
        .addAttribute(
            String.class, a -> a.name("Text1").getter(Large::getText1).setter(Large::setText1))
        .addAttribute(
            String.class, a -> a.name("Text2").getter(Large::getText2).setter(Large::setText2))
        .addAttribute(
            String.class, a -> a.name("Text3").getter(Large::getText3).setter(Large::setText3))
        .addAttribute(
            String.class, a -> a.name("Text4").getter(Large::getText4).setter(Large::setText4))
        .addAttribute(
            String.class, a -> a.name("Text5").getter(Large::getText5).setter(Large::setText5))
        .addAttribute(
            String.class, a -> a.name("Text6").getter(Large::getText6).setter(Large::setText6))
        .addAttribute(
            String.class, a -> a.name("Text7").getter(Large::getText7).setter(Large::setText7))
        .addAttribute(
            String.class, a -> a.name("Text8").getter(Large::getText8).setter(Large::setText8))
        .addAttribute(
            Integer.class, a -> a.name("Count1").getter(Large::getCount1).setter(Large::setCount1))
        .addAttribute(
            Integer.class, a -> a.name("Count2").getter(Large::getCount2).setter(Large::setCount2))
        .addAttribute(
            Integer.class, a -> a.name("Count3").getter(Large::getCount3).setter(Large::setCount3))
        .addAttribute(
            Integer.class, a -> a.name("Count4").getter(Large::getCount4).setter(Large::setCount4))
        .addAttribute(
            Long.class, a -> a.name("Total1").getter(Large::getTotal1).setter(Large::setTotal1))
        .addAttribute(
            Long.class, a -> a.name("Total2").getter(Large::getTotal2).setter(Large::setTotal2))
        .addAttribute(
            Long.class, a -> a.name("Total3").getter(Large::getTotal3).setter(Large::setTotal3))
        .addAttribute(
            Long.class, a -> a.name("Total4").getter(Large::getTotal4).setter(Large::setTotal4))
        .addAttribute(
            Double.class, a -> a.name("Ratio1").getter(Large::getRatio1).setter(Large::setRatio1))
        .addAttribute(
            Double.class, a -> a.name("Ratio2").getter(Large::getRatio2).setter(Large::setRatio2))
        .addAttribute(
            Boolean.class, a -> a.name("Flag1").getter(Large::isFlag1).setter(Large::setFlag1))
        .addAttribute(
            Boolean.class, a -> a.name("Flag2").getter(Large::isFlag2).setter(Large::setFlag2))
        .addAttribute(
            EnhancedType.listOf(String.class),
            a -> a.name("Lines").getter(Large::getLines).setter(Large::setLines))
        .addAttribute(
            EnhancedType.mapOf(String.class, String.class),
            a -> a.name("Labels").getter(Large::getLabels).setter(Large::setLabels))
        .build();
  }
}
