package io.keyspan.processor.it.tickets;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A single table's {@code @IndexAttributes} projection and capacity reach the created table, and
 * the members' generated index queries still return whole members from an INCLUDE index.
 */
class ProjectedIndexOnMemoryEngineTest {
  private Keyspan db;
  private TicketRepository tickets;

  @BeforeEach
  void createTheTable() {
    db = Keyspan.builder().uri("memory:").build();
    new TicketItemTable(db).createTable();
    tickets = new TicketRepository(db);
  }

  private IndexDescription index(String name) {
    TableDescription table = db.engine().describeTable(new DescribeTableRequest("Tickets"));
    return table.globalSecondaryIndexes().stream()
        .filter(index -> index.indexName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theIndexesHaveTheDeclaredProjections() {
    assertThat(index("GSI1").projection().nonKeyAttributes())
        .containsExactly("_type", "ticketId", "title")
        .inOrder();
    assertThat(index("GSI1").projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
    assertThat(index("GSI2").projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
  }

  @Test
  void aSetCapacityIsTheIndexs_andTheOtherIsTheTables() {
    assertThat(index("GSI1").provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(2, 4));
    assertThat(index("GSI2").provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(10, 4));
  }

  @Test
  void theGeneratedIndexQuery_returnsWholeMembers_fromTheProjectedAttributes() {
    Ticket ticket = new Ticket("t1", "Printer on fire");
    Map<String, AttributeValue> item =
        new LinkedHashMap<>(new TicketItemTable(db).schema().write(ticket));
    item.put("Notes", AttributeValue.s("not projected"));
    db.engine().putItem(PutItemRequest.builder("Tickets", item).build());

    assertThat(tickets.queryByGSI1().list()).containsExactly(ticket);
  }
}
