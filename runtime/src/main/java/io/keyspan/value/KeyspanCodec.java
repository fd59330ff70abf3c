package io.keyspan.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link ValueCodec#keyspan()}: Keyspan's own values, built with their validating factories. */
final class KeyspanCodec implements ValueCodec<AttributeValue> {
  static final KeyspanCodec INSTANCE = new KeyspanCodec();

  private KeyspanCodec() {}

  @Override
  public AttributeValue string(String value) {
    return AttributeValue.s(value);
  }

  @Override
  public AttributeValue number(String canonicalText) {
    return AttributeValue.n(canonicalText);
  }

  @Override
  public AttributeValue bool(boolean value) {
    return AttributeValue.bool(value);
  }

  @Override
  public AttributeValue nul() {
    return AttributeValue.nul();
  }

  @Override
  public AttributeValue list(List<AttributeValue> elements) {
    return AttributeValue.l(elements);
  }

  @Override
  public AttributeValue map(Map<String, AttributeValue> entries) {
    return AttributeValue.m(entries);
  }

  @Override
  public AttributeValue stringSet(List<String> members) {
    return AttributeValue.ss(members);
  }

  @Override
  public AttributeValue of(AttributeValue value) {
    return value;
  }

  @Override
  public String stringOf(AttributeValue value) {
    return value instanceof AttributeValue.S s ? s.value() : null;
  }

  @Override
  public String numberOf(AttributeValue value) {
    return value instanceof AttributeValue.N n ? n.text() : null;
  }

  @Override
  public Boolean boolOf(AttributeValue value) {
    return value instanceof AttributeValue.Bool bool ? bool.value() : null;
  }

  @Override
  public List<String> stringSetOf(AttributeValue value) {
    return value instanceof AttributeValue.SS ss ? new ArrayList<>(ss.values()) : null;
  }

  @Override
  public List<AttributeValue> listOf(AttributeValue value) {
    return value instanceof AttributeValue.L l ? l.values() : null;
  }

  @Override
  public Map<String, AttributeValue> mapOf(AttributeValue value) {
    return value instanceof AttributeValue.M m ? m.values() : null;
  }

  @Override
  public boolean isNull(AttributeValue value) {
    return value instanceof AttributeValue.Null;
  }

  @Override
  public AttributeValue toKeyspan(AttributeValue value) {
    return value;
  }
}
