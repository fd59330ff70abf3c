package io.keyspan.dynamodb;

import io.keyspan.value.ValueCodec;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The SDK's {@code AttributeValue} as a {@link ValueCodec}: a generated schema maps objects
 * straight to the maps the SDK sends and back ({@code TableSchema.toItem(item, codec)}), with no
 * Keyspan item in between. Values are made with the SDK's builder-free {@code createX} factories;
 * values read are not validated again (DynamoDB validated them), only their type is checked. An
 * S's, N's or BOOL's content is the SDK's own field, null in a value of any other type, so those
 * three read it without a type test.
 */
public final class SdkValueCodec implements ValueCodec<AttributeValue> {
  private static final SdkValueCodec INSTANCE = new SdkValueCodec();
  private static final AttributeValue NUL = AttributeValue.createNul(true);
  private static final AttributeValue TRUE = AttributeValue.createBool(true);
  private static final AttributeValue FALSE = AttributeValue.createBool(false);

  private SdkValueCodec() {}

  public static SdkValueCodec instance() {
    return INSTANCE;
  }

  @Override
  public AttributeValue string(String value) {
    return AttributeValue.createS(value);
  }

  @Override
  public AttributeValue number(String canonicalText) {
    return AttributeValue.createN(canonicalText);
  }

  @Override
  public AttributeValue bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public AttributeValue nul() {
    return NUL;
  }

  @Override
  public AttributeValue list(List<AttributeValue> elements) {
    return AttributeValue.createL(elements);
  }

  @Override
  public AttributeValue map(Map<String, AttributeValue> entries) {
    return AttributeValue.createM(entries);
  }

  @Override
  public AttributeValue stringSet(List<String> members) {
    return AttributeValue.createSs(members);
  }

  @Override
  public AttributeValue of(io.keyspan.value.AttributeValue value) {
    return AttributeValues.toSdk(value);
  }

  @Override
  public String stringOf(AttributeValue value) {
    return value.s();
  }

  @Override
  public String numberOf(AttributeValue value) {
    return value.n();
  }

  @Override
  public Boolean boolOf(AttributeValue value) {
    return value.bool();
  }

  @Override
  public List<String> stringSetOf(AttributeValue value) {
    return value.type() == AttributeValue.Type.SS ? value.ss() : null;
  }

  @Override
  public List<AttributeValue> listOf(AttributeValue value) {
    return value.type() == AttributeValue.Type.L ? value.l() : null;
  }

  @Override
  public Map<String, AttributeValue> mapOf(AttributeValue value) {
    return value.type() == AttributeValue.Type.M ? value.m() : null;
  }

  @Override
  public boolean isNull(AttributeValue value) {
    return value.type() == AttributeValue.Type.NUL;
  }

  @Override
  public io.keyspan.value.AttributeValue toKeyspan(AttributeValue value) {
    return AttributeValues.fromSdk(value);
  }
}
