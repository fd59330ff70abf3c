package io.keyspan.server.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestJson} and {@link ResponseJson} build and write trees exactly as Jackson's {@code
 * ObjectMapper} (which they replace for start-up cost) does: same node types, same bytes.
 */
class StreamingJsonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final String[] BODIES = {
    "{\"TableName\":\"Orders\",\"Key\":{\"pk\":{\"S\":\"héllo \\u00e9\\n\"}}}",
    "{\"Limit\":1,\"Big\":4294967296,\"Huge\":123456789012345678901234567890,\"Neg\":-7}",
    "{\"Limit\":1.0,\"Exp\":1e3,\"Small\":-2.5E-7,\"Zero\":0,\"NegZero\":-0.0}",
    "{\"a\":true,\"b\":false,\"c\":null,\"d\":[],\"e\":{},\"f\":[1,\"x\",null,[{}]]}",
    "{\"dup\":1,\"other\":2,\"dup\":{\"S\":\"last\"}}",
    "[1,2,3]",
    "\"text\"",
    "42",
    "null",
    " \n\t{ \"spaced\" : [ 1 , 2 ] } \r\n",
  };

  @Test
  void read_buildsTheTreeTheMapperBuilds() throws Exception {
    for (String body : BODIES) {
      JsonNode expected = MAPPER.readTree(body.getBytes(StandardCharsets.UTF_8));
      JsonNode actual = RequestJson.read(body.getBytes(StandardCharsets.UTF_8));
      assertThat(actual).isEqualTo(expected);
      assertThat(ResponseJson.write(actual)).isEqualTo(MAPPER.writeValueAsBytes(expected));
    }
  }

  @Test
  void read_ofBlankBody_isTheMappersMissingNode() throws Exception {
    assertThat(RequestJson.read(" \n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(MAPPER.readTree(" \n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_rejectsWhatTheMapperRejects() {
    String[] malformed = {
      "{} {}", "{\"a\":1} x", "{\"a\":}", "{\"a\" 1}", "[1,]", "{", "}", "{'a':1}", "NaN"
    };
    for (String body : malformed) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThrows(Exception.class, () -> MAPPER.readTree(bytes), body);
      WireException error = assertThrows(WireException.class, () -> RequestJson.read(bytes), body);
      assertThat(error.type()).isEqualTo(WireException.malformedBody().type());
    }
  }

  @Test
  void write_writesEveryNumberTypeAsTheMapperDoes() throws Exception {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode tree = nodes.objectNode();
    tree.put("int", 3).put("long", 1L << 40).put("double", 0.1 + 0.2).put("float", 1.5f);
    tree.put("seconds", 1_700_000_000_123L / 1000.0).put("short", (short) 7);
    tree.put("decimal", new BigDecimal("1E+3"))
        .put("bigInteger", new BigInteger("98765432109876543210"));
    tree.put("nan", Double.NaN).put("text", "quote \" and \u2028 and \u0001").putNull("nothing");
    tree.putArray("list").add(1).add("two").addObject().put("three", true);

    assertThat(new String(ResponseJson.write(tree), StandardCharsets.UTF_8))
        .isEqualTo(MAPPER.writeValueAsString(tree));
  }
}
