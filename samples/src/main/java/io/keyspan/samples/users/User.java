package io.keyspan.samples.users;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/**
 * A user of DynamoDB's getting-started guide: the {@code Users} table, keyed by {@code UserID},
 * with 5 read and 5 write capacity units. The processor generates {@code UserSchema} and {@code
 * UserRepository} next to it.
 */
@Table(
    name = "Users",
    billingMode = Table.BillingMode.PROVISIONED,
    readCapacity = 5,
    writeCapacity = 5)
public record User(
    @PartitionKey @Attribute("UserID") String userId,
    @Attribute("Name") String name,
    @Attribute("Age") int age) {}
