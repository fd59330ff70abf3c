package golden;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Table(name = "Users", billingMode = Table.BillingMode.PROVISIONED)
public record User(
    @PartitionKey @Attribute("UserID") String userId,
    @Attribute("Name") String name,
    @Attribute("Age") int age,
    @Attribute("Email") @IndexPartitionKey("ByEmail") String email,
    @Attribute("Nickname") Optional<String> nickname,
    @Attribute("Roles") Set<String> roles,
    @Attribute("Logins") List<Instant> logins,
    @Version @Attribute("Version") long version,
    @UpdatedAt @Attribute("UpdatedAt") Instant updatedAt) {}
