package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Collection;
import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.Table;

/** The shop: three item types in one table, one overloaded index, two collections. */
@Table(name = "Shop")
@KeyAttributes(partitionKey = "PK", sortKey = "SK")
@IndexAttributes(index = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK")
@Collection(name = "customer", partition = "CUSTOMER#{customerId}")
@Collection(name = "order", index = "GSI1", partition = "ORDER#{orderId}")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
