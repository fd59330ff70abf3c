package io.keyspan.memory;

import io.keyspan.value.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the binary encoding of the data directory's records: big-endian integers, strings as
 * length-prefixed UTF-8, and attribute values as a one-byte type code ({@link ValueCodes}) and
 * their content. {@link DataReader} reads it back.
 */
final class DataWriter {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  DataWriter writeByte(int value) {
    return io(() -> out.writeByte(value));
  }

  DataWriter writeBoolean(boolean value) {
    return io(() -> out.writeBoolean(value));
  }

  DataWriter writeInt(int value) {
    return io(() -> out.writeInt(value));
  }

  DataWriter writeLong(long value) {
    return io(() -> out.writeLong(value));
  }

  DataWriter writeBytes(byte[] value) {
    return io(
        () -> {
          out.writeInt(value.length);
          out.write(value);
        });
  }

  DataWriter writeString(String value) {
    return writeBytes(value.getBytes(StandardCharsets.UTF_8));
  }

  /** A string that may be null. */
  DataWriter writeOptionalString(String value) {
    writeBoolean(value != null);
    return value == null ? this : writeString(value);
  }

  DataWriter writeInstant(Instant value) {
    return writeLong(value.getEpochSecond()).writeInt(value.getNano());
  }

  /** An instant that may be null. */
  DataWriter writeOptionalInstant(Instant value) {
    writeBoolean(value != null);
    return value == null ? this : writeInstant(value);
  }

  DataWriter writeStrings(Collection<String> values) {
    writeInt(values.size());
    values.forEach(this::writeString);
    return this;
  }

  DataWriter writeItem(Map<String, AttributeValue> item) {
    writeInt(item.size());
    item.forEach(
        (name, value) -> {
          writeString(name);
          writeValue(value);
        });
    return this;
  }

  DataWriter writeValue(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      writeByte(ValueCodes.S).writeString(s.value());
    } else if (value instanceof AttributeValue.N n) {
      writeByte(ValueCodes.N).writeNumber(n.value());
    } else if (value instanceof AttributeValue.B b) {
      writeByte(ValueCodes.B).writeBytes(b.value().toArray());
    } else if (value instanceof AttributeValue.Bool bool) {
      writeByte(ValueCodes.BOOL).writeBoolean(bool.value());
    } else if (value instanceof AttributeValue.L l) {
      writeByte(ValueCodes.L).writeInt(l.values().size());
      l.values().forEach(this::writeValue);
    } else if (value instanceof AttributeValue.M m) {
      writeByte(ValueCodes.M).writeItem(m.values());
    } else if (value instanceof AttributeValue.SS ss) {
      writeByte(ValueCodes.SS).writeStrings(ss.values());
    } else if (value instanceof AttributeValue.NS ns) {
      writeByte(ValueCodes.NS).writeInt(ns.values().size());
      ns.values().forEach(this::writeNumber);
    } else if (value instanceof AttributeValue.BS bs) {
      writeByte(ValueCodes.BS).writeInt(bs.values().size());
      bs.values().forEach(member -> writeBytes(member.toArray()));
    } else {
      writeByte(ValueCodes.NULL);
    }
    return this;
  }

  private DataWriter writeNumber(BigDecimal value) {
    return writeString(value.toPlainString());
  }

  private interface Output {
    void write() throws IOException;
  }

  private DataWriter io(Output output) {
    try {
      output.write();
      return this;
    } catch (IOException e) {
      // A ByteArrayOutputStream never fails.
      throw new UncheckedIOException(e);
    }
  }
}
