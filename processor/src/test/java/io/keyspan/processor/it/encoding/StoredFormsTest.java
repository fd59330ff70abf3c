package io.keyspan.processor.it.encoding;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.schema.MappingException;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code @StoredAs}: the forms the generated schema writes, the forms it reads, and queries on
 * them.
 */
class StoredFormsTest {
  private static final ShipmentSchema SCHEMA = ShipmentSchema.instance();
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant HALF_PAST = Instant.parse("2024-05-01T12:00:00.5Z");

  private static Shipment shipment(String id, Instant sentAt) {
    return new Shipment(
        id,
        sentAt,
        Instant.parse("2024-05-01T12:00:00.123456Z"),
        Optional.of(HALF_PAST),
        true,
        false,
        List.of(HALF_PAST),
        Map.of("a", true),
        new Parcel("box", null, NOON, null),
        new Parcel("spare", null, null, null),
        List.of(new Parcel(null, 1, null, new Seal("c", null))),
        null,
        Instant.ofEpochSecond(1_900_000_000L));
  }

  private static AttributeValue s(String text) {
    return AttributeValue.s(text);
  }

  private static AttributeValue m(Object... entries) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      map.put((String) entries[i], (AttributeValue) entries[i + 1]);
    }
    return AttributeValue.m(map);
  }

  @Test
  void toItem_writesTheFormsChosenByTheTableTheAttributeAndTheDocument() {
    Map<String, AttributeValue> item = SCHEMA.toItem(shipment("s-1", NOON));

    AttributeValue nul = AttributeValue.nul();
    assertThat(item)
        .containsExactly(
            "Id", s("s-1"),
            "SentAt", s("2024-05-01T12:00:00Z"), // table default: Instant.toString()
            "PaidAt",
                s("2024-05-01T12:00:00.123Z"), // DynamoDBMapper's Date form, finer digits dropped
            "CheckedAt", s("2024-05-01T12:00:00.500000000Z"), // Keyspan's fixed width, chosen back
            "Gift", AttributeValue.n(1),
            "Fragile", AttributeValue.bool(false),
            "Scans", AttributeValue.l(s("2024-05-01T12:00:00.500Z")),
            "Flags", m("a", AttributeValue.n(1)),
            // the table's NULL_FIELDS_NULL; inside, Parcel keeps its own (fixed-width) instants
            "Parcel",
                m(
                    "Label",
                    s("box"),
                    "Grams",
                    nul,
                    "PackedAt",
                    s("2024-05-01T12:00:00.000000000Z"),
                    "Seal",
                    nul),
            "Spare", m("Label", s("spare")),
            // Parcel's own default writes the nulls of the Seal it holds
            "Parcels",
                AttributeValue.l(
                    m(
                        "Label",
                        nul,
                        "Grams",
                        AttributeValue.n(1),
                        "PackedAt",
                        nul,
                        "Seal",
                        m("Code", s("c"), "By", nul))),
            "ExpiresAt", AttributeValue.n(1_900_000_000L)); // time to live stays epoch seconds
    assertThat(((AttributeValue.M) item.get("Parcel")).values().keySet())
        .containsExactly("Label", "Grams", "PackedAt", "Seal")
        .inOrder();
  }

  @Test
  void fromItem_readsEveryFormOfAFamily_andNullAsAbsent() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(SCHEMA.toItem(shipment("s-1", NOON)));
    item.put("SentAt", s("2024-05-01T12:00:00.000000000Z"));
    item.put("PaidAt", s("2024-05-01T12:00:00.123Z"));
    item.put("Gift", AttributeValue.bool(true));
    item.put("Fragile", AttributeValue.n(1));
    item.put(
        "Spare",
        m("Label", s("spare"), "Grams", AttributeValue.nul(), "Seal", AttributeValue.nul()));

    Shipment read = SCHEMA.fromItem(item);

    assertThat(read.sentAt()).isEqualTo(NOON);
    assertThat(read.paidAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
    assertThat(read.checkedAt()).hasValue(HALF_PAST);
    assertThat(read.gift()).isTrue();
    assertThat(read.fragile()).isTrue();
    assertThat(read.flags()).containsExactly("a", true);
    assertThat(read.parcel()).isEqualTo(new Parcel("box", null, NOON, null));
    assertThat(read.spare()).isEqualTo(new Parcel("spare", null, null, null));
    assertThat(read.parcels()).containsExactly(new Parcel(null, 1, null, new Seal("c", null)));
  }

  @Test
  void aBooleanNumberOtherThanOneOrZero_isAMappingErrorNamingTheAttribute() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(SCHEMA.toItem(shipment("s-1", NOON)));
    item.put("Gift", AttributeValue.n(2));

    MappingException error = assertThrows(MappingException.class, () -> SCHEMA.fromItem(item));

    assertThat(error).hasMessageThat().contains("Gift");
    assertThat(error).hasMessageThat().contains("the number 1 or 0");
  }

  @Test
  void conditionsAndKeysUseTheChosenForm_andToStringOrderIsStringOrder() {
    Keyspan db = Keyspan.inMemory();
    ShipmentRepository shipments = new ShipmentRepository(db);
    shipments.createTable();
    shipments.put(shipment("s-1", NOON));
    shipments.put(shipment("s-1", HALF_PAST));

    assertThat(shipments.get("s-1", HALF_PAST).map(Shipment::sentAt)).hasValue(HALF_PAST);
    assertThat(shipments.query("s-1").sortKey(sentAt -> sentAt.eq(NOON)).list()).hasSize(1);
    assertThat(shipments.scan().filter(ShipmentSchema.GIFT.eq(true)).count()).isEqualTo(2);
    // "...T12:00:00.500Z" < "...T12:00:00Z" as strings: the later instant comes first, as in a
    // table the Enhanced Client wrote. INSTANT_FIXED_WIDTH and INSTANT_MILLIS keep time order.
    assertThat(shipments.query("s-1").list().stream().map(Shipment::sentAt).toList())
        .containsExactly(HALF_PAST, NOON)
        .inOrder();
  }
}
