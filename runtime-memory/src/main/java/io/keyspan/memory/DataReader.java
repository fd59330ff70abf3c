package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link DataWriter} wrote. The payloads it reads passed their checksum, so a value that
 * does not decode is a format mismatch, reported by {@link IllegalStateException}.
 */
final class DataReader {
  private final ByteBuffer buffer;

  DataReader(byte[] payload) {
    this.buffer = ByteBuffer.wrap(payload);
  }

  boolean hasRemaining() {
    return buffer.hasRemaining();
  }

  int readByte() {
    return buffer.get();
  }

  boolean readBoolean() {
    return buffer.get() != 0;
  }

  int readInt() {
    return buffer.getInt();
  }

  long readLong() {
    return buffer.getLong();
  }

  byte[] readBytes() {
    byte[] value = new byte[buffer.getInt()];
    buffer.get(value);
    return value;
  }

  String readString() {
    return new String(readBytes(), StandardCharsets.UTF_8);
  }

  String readOptionalString() {
    return readBoolean() ? readString() : null;
  }

  Instant readInstant() {
    long seconds = buffer.getLong();
    return Instant.ofEpochSecond(seconds, buffer.getInt());
  }

  Instant readOptionalInstant() {
    return readBoolean() ? readInstant() : null;
  }

  List<String> readStrings() {
    int size = readInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(readString());
    }
    return values;
  }

  Map<String, AttributeValue> readItem() {
    int size = readInt();
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String name = readString();
      item.put(name, readValue());
    }
    return java.util.Collections.unmodifiableMap(item);
  }

  AttributeValue readValue() {
    int code = readByte();
    return switch (code) {
      case ValueCodes.S -> AttributeValue.s(readString());
      case ValueCodes.N -> AttributeValue.n(readNumber());
      case ValueCodes.B -> AttributeValue.b(readBytes());
      case ValueCodes.BOOL -> AttributeValue.bool(readBoolean());
      case ValueCodes.NULL -> AttributeValue.nul();
      case ValueCodes.L -> AttributeValue.l(readValues());
      case ValueCodes.M -> AttributeValue.m(readItem());
      case ValueCodes.SS -> AttributeValue.ss(readStrings());
      case ValueCodes.NS -> AttributeValue.ns(readStrings());
      case ValueCodes.BS -> AttributeValue.bs(readBinaries());
      default -> throw new IllegalStateException("Unknown attribute type code " + code);
    };
  }

  private List<AttributeValue> readValues() {
    int size = readInt();
    List<AttributeValue> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(readValue());
    }
    return values;
  }

  private List<Bytes> readBinaries() {
    int size = readInt();
    List<Bytes> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(Bytes.of(readBytes()));
    }
    return values;
  }

  private BigDecimal readNumber() {
    return new BigDecimal(readString());
  }
}
