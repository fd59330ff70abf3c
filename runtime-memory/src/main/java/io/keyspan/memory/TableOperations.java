package io.keyspan.memory;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CreateTable, DescribeTable, UpdateTable, DeleteTable, ListTables and time to live. Tables are
 * ACTIVE as soon as they are created or updated, and new GSIs are backfilled at once.
 */
final class TableOperations {
  private final Catalog catalog;

  TableOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  TableDescription create(CreateTableRequest request) {
    TableSettings definition = TableValidator.validate(request, catalog.clock.instant());
    TagRules.checkTags(request.tags());
    if (catalog.tables.containsKey(request.tableName())) {
      throw ErrorMessages.tableInUse(request.tableName());
    }
    StreamSettings.check(request.streamSpecification(), null, request.tableName());
    StoredTable table = new StoredTable(definition, catalog.changes);
    request.tags().forEach(tag -> table.tags().put(tag.key(), tag.value()));
    catalog.tables.put(request.tableName(), table);
    StreamSettings.apply(request.streamSpecification(), table, catalog.streams);
    return describe(table, TableStatus.ACTIVE);
  }

  TableDescription describe(String tableName) {
    return describe(catalog.namedTable(tableName), TableStatus.ACTIVE);
  }

  TableDescription delete(String tableName) {
    StoredTable table = catalog.namedTable(tableName);
    catalog.tables.remove(tableName);
    StreamSettings.tableDeleted(table, catalog.streams);
    return describe(table, TableStatus.DELETING);
  }

  ListTablesResponse list(ListTablesRequest request) {
    int limit = request.limit() == null ? 100 : request.limit();
    if (limit < 1) {
      throw ErrorMessages.constraint(limit, "limit", "have value greater than or equal to 1");
    }
    if (limit > 100) {
      throw ErrorMessages.constraint(limit, "limit", "have value less than or equal to 100");
    }
    Iterator<String> names =
        (request.exclusiveStartTableName() == null
                ? catalog.tables.navigableKeySet()
                : catalog
                    .tables
                    .navigableKeySet()
                    .tailSet(request.exclusiveStartTableName(), false))
            .iterator();
    List<String> page = new ArrayList<>();
    while (names.hasNext() && page.size() < limit) {
      page.add(names.next());
    }
    return new ListTablesResponse(page, names.hasNext() ? page.get(page.size() - 1) : null);
  }

  TableDescription update(UpdateTableRequest request) {
    TableValidator.checkName(request.tableName(), "tableName");
    StoredTable table = catalog.namedTable(request.tableName());
    TableSettings current = table.definition();
    if (request.billingMode() == null
        && request.provisionedThroughput() == null
        && request.globalSecondaryIndexUpdates().isEmpty()
        && request.streamSpecification() == null) {
      throw ErrorMessages.nothingToUpdate();
    }
    StreamSettings.check(request.streamSpecification(), table, request.tableName());
    BillingMode billing =
        request.billingMode() == null ? current.billingMode() : request.billingMode();
    ProvisionedThroughput throughput =
        billing == BillingMode.PAY_PER_REQUEST
            ? request.provisionedThroughput()
            : request.provisionedThroughput() != null
                ? request.provisionedThroughput()
                : current.throughput();
    TableValidator.checkBilling(billing, throughput);
    if (request.provisionedThroughput() != null
        && request.provisionedThroughput().equals(current.throughput())
        && billing == current.billingMode()) {
      ProvisionedThroughput now = current.throughput();
      throw ErrorMessages.throughputUnchanged(now);
    }
    TableSettings updated = updateIndexes(request, current, billing);
    table.redefine(
        updated.with(
            updated.attributeDefinitions(),
            updated.globalIndexes(),
            billing,
            billing == BillingMode.PROVISIONED ? throughput : null));
    StreamSettings.apply(request.streamSpecification(), table, catalog.streams);
    return describe(table, TableStatus.ACTIVE);
  }

  /** Applies GSI creates (backfilled by the table), throughput updates and deletes. */
  private TableSettings updateIndexes(
      UpdateTableRequest request, TableSettings current, BillingMode billing) {
    Set<String> touched = new HashSet<>();
    int createsAndDeletes = 0;
    Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
    current.attributeDefinitions().forEach(d -> definitions.put(d.attributeName(), d));
    request.attributeDefinitions().forEach(d -> definitions.put(d.attributeName(), d));
    List<AttributeDefinition> allDefinitions = List.copyOf(definitions.values());
    List<String> defined = List.copyOf(definitions.keySet());
    List<SecondaryIndex> globals = new ArrayList<>(current.globalIndexes());
    for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
      String name = indexName(update);
      if (!touched.add(name)) {
        throw ErrorMessages.oneUpdatePerIndex(name);
      }
      if (update instanceof GlobalSecondaryIndexUpdate.Create create) {
        createsAndDeletes++;
        if (current.index(name).isPresent()) {
          throw ErrorMessages.indexExists(name);
        }
        globals.add(
            TableValidator.validateGlobal(create.index(), allDefinitions, defined, billing));
      } else if (update instanceof GlobalSecondaryIndexUpdate.Delete) {
        createsAndDeletes++;
        globals.remove(globalIndex(current, name));
      } else {
        GlobalSecondaryIndexUpdate.Update change = (GlobalSecondaryIndexUpdate.Update) update;
        SecondaryIndex index = globalIndex(current, name);
        TableValidator.checkThroughput(
            change.provisionedThroughput(), "globalSecondaryIndexUpdates.member.update");
        globals.set(
            globals.indexOf(index),
            new SecondaryIndex(
                index.name(),
                true,
                index.key(),
                index.projection(),
                change.provisionedThroughput()));
      }
    }
    if (createsAndDeletes > 1) {
      throw ErrorMessages.oneOnlineIndexChange();
    }
    if (globals.size() > TableValidator.MAX_GLOBAL_INDEXES) {
      throw ErrorMessages.tooManyGlobalIndexes();
    }
    // Definitions no key uses any more are dropped, as DynamoDB does when an index goes.
    Set<String> used = new LinkedHashSet<>(current.key().names());
    globals.forEach(index -> used.addAll(index.key().names()));
    current.localIndexes().forEach(index -> used.addAll(index.key().names()));
    List<AttributeDefinition> kept =
        allDefinitions.stream().filter(d -> used.contains(d.attributeName())).toList();
    return current.with(kept, globals, billing, current.throughput());
  }

  private static String indexName(GlobalSecondaryIndexUpdate update) {
    if (update instanceof GlobalSecondaryIndexUpdate.Create create) {
      return create.index().indexName();
    }
    if (update instanceof GlobalSecondaryIndexUpdate.Delete delete) {
      return delete.indexName();
    }
    return ((GlobalSecondaryIndexUpdate.Update) update).indexName();
  }

  private static SecondaryIndex globalIndex(TableSettings table, String name) {
    return table.globalIndexes().stream()
        .filter(index -> index.name().equals(name))
        .findFirst()
        .orElseThrow(() -> ErrorMessages.indexNotFound(name));
  }

  // ------------------------------------------------------------------ time to live

  TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    StoredTable table = catalog.namedTable(request.tableName());
    String attribute = request.attributeName();
    if (attribute.isEmpty()) {
      throw ErrorMessages.constraint(
          attribute,
          "timeToLiveSpecification.attributeName",
          "have length greater than or equal to 1");
    }
    if (request.enabled() && table.ttlEnabled()) {
      throw ErrorMessages.timeToLiveAlreadyEnabled();
    }
    if (!request.enabled() && !table.ttlEnabled()) {
      throw ErrorMessages.timeToLiveAlreadyDisabled();
    }
    table.timeToLive(attribute, request.enabled());
    return describeTimeToLive(request.tableName());
  }

  TimeToLiveDescription describeTimeToLive(String tableName) {
    StoredTable table = catalog.namedTable(tableName);
    return table.ttlEnabled()
        ? new TimeToLiveDescription(TimeToLiveStatus.ENABLED, table.ttlAttribute())
        : TimeToLiveDescription.DISABLED;
  }

  // ------------------------------------------------------------------ description

  static TableDescription describe(StoredTable table, TableStatus status) {
    TableSettings definition = table.definition();
    return new TableDescription(
        definition.name(),
        status,
        definition.attributeDefinitions(),
        definition.keySchema(),
        definition.billingMode(),
        definition.throughput(),
        definition.globalIndexes().stream().map(index -> describe(table, index)).toList(),
        definition.localIndexes().stream().map(index -> describe(table, index)).toList(),
        table.itemCount(),
        table.sizeBytes(),
        definition.created(),
        StreamSettings.of(table),
        table.stream() == null ? null : table.stream().arn(),
        table.stream() == null ? null : table.stream().label());
  }

  private static IndexDescription describe(StoredTable table, SecondaryIndex index) {
    OrderedStore store = table.index(index.name());
    return new IndexDescription(
        index.name(),
        index.global(),
        index.key().schema(),
        index.projection(),
        TableStatus.ACTIVE,
        index.throughput(),
        store.size(),
        store.bytes());
  }
}
