package io.keyspan.repository;

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
 * Opaque page cursors: the position to resume from (a key of S, N and B values) bound to a
 * fingerprint of the query that produced it, so a cursor cannot resume a different query.
 */
final class Cursors {
  private static final int FINGERPRINT_BYTES = 8;

  private Cursors() {}

  static String encode(String query, Map<String, AttributeValue> position) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(fingerprint(query));
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
   * The position in a cursor.
   *
   * @throws IllegalArgumentException when the cursor is malformed or belongs to another query
   */
  static Map<String, AttributeValue> decode(String query, String cursor) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      byte[] fingerprint = in.readNBytes(FINGERPRINT_BYTES);
      if (!Arrays.equals(fingerprint, fingerprint(query))) {
        throw new IllegalArgumentException(
            "This cursor belongs to a different query: a cursor resumes only the query (table, index, key"
                + " condition, direction or scan segment) that produced it. Expected a cursor of: " + query);
      }
      int size = in.readUnsignedShort();
      Map<String, AttributeValue> position = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        String name = in.readUTF();
        int type = in.readUnsignedByte();
        byte[] value = in.readNBytes(in.readInt());
        position.put(name, type == 'S' ? AttributeValue.s(new String(value, StandardCharsets.UTF_8))
            : type == 'N' ? AttributeValue.n(new String(value, StandardCharsets.UTF_8)) : AttributeValue.b(Bytes.of(value)));
      }
      return position;
    } catch (IOException | IllegalArgumentException e) {
      if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("This cursor")) {
        throw (IllegalArgumentException) e;
      }
      throw new IllegalArgumentException("Malformed cursor: pass a cursor exactly as a page returned it", e);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] fingerprint(String query) {
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)), FINGERPRINT_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
