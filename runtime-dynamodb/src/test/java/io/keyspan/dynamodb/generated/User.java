package io.keyspan.dynamodb.generated;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/** The README's entity, as an application writes it. */
@Table(
    name = "Users",
    billingMode = Table.BillingMode.PROVISIONED,
    readCapacity = 5,
    writeCapacity = 5)
public record User(
    @PartitionKey @Attribute("UserID") String userId,
    @Attribute("Name") String name,
    @Attribute("Age") int age,
    @Attribute("Email") @IndexPartitionKey("ByEmail") String email) {}
