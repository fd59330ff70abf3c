package io.keyspan.repository;

import io.keyspan.exception.InvalidCursorException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque page cursors: the position to resume from (a key of S, N and B values) bound to the read
 * that produced it (its {@link ReadScope} text and a fingerprint of that text), so a cursor cannot
 * resume a different read, and a cursor given to one can say which read it came from.
 */
final class Cursors {
  private static final int FINGERPRINT_BYTES = 8;
  private static final String MALFORMED =
      "Malformed cursor: it is not one Keyspan returned, or it was changed or cut short on the way;"
          + " pass a page's cursor back exactly as the page returned it";

  private Cursors() {}

  static String encode(String scope, Map<String, AttributeValue> position) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(fingerprint(scope));
      out.writeUTF(scope);
      out.writeShort(position.size());
      for (Map.Entry<String, AttributeValue> entry : position.entrySet()) {
        out.writeUTF(entry.getKey());
        AttributeValue value = entry.getValue();
        if (value instanceof AttributeValue.S s) {
          out.writeByte('S');
          writeBytes(out, s.value().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof AttributeValue.N n) {
          out.writeByte('N');
          writeBytes(out, n.text().getBytes(StandardCharsets.UTF_8));
        } else {
          out.writeByte('B');
          writeBytes(out, ((AttributeValue.B) value).value().toArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The position in a cursor of the read {@code scope}.
   *
   * @throws InvalidCursorException when the cursor is malformed or belongs to another read
   */
  static Map<String, AttributeValue> decode(String scope, String cursor) {
    String cursorScope;
    Map<String, AttributeValue> position = new LinkedHashMap<>();
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      byte[] fingerprint = in.readNBytes(FINGERPRINT_BYTES);
      cursorScope = in.readUTF();
      if (!Arrays.equals(fingerprint, fingerprint(cursorScope))) {
        throw new InvalidCursorException(MALFORMED);
      }
      int size = in.readUnsignedShort();
      for (int i = 0; i < size; i++) {
        String name = in.readUTF();
        int type = in.readUnsignedByte();
        byte[] value = in.readNBytes(in.readInt());
        position.put(
            name,
            type == 'S'
                ? AttributeValue.s(new String(value, StandardCharsets.UTF_8))
                : type == 'N'
                    ? AttributeValue.n(new String(value, StandardCharsets.UTF_8))
                    : AttributeValue.b(Bytes.of(value)));
      }
    } catch (IOException | IllegalArgumentException e) {
      // Base64 and number errors are IllegalArgumentExceptions; the stream's are IOExceptions.
      throw new InvalidCursorException(MALFORMED, e);
    }
    if (!cursorScope.equals(scope)) {
      throw new InvalidCursorException(
          "This cursor belongs to another read: "
              + cursorScope
              + ". A cursor resumes only the read that returned it; this read is: "
              + scope
              + ".");
    }
    return position;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] fingerprint(String scope) {
    try {
      return Arrays.copyOf(
          MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8)),
          FINGERPRINT_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
