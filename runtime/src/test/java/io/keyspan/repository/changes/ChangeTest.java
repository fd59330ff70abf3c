package io.keyspan.repository.changes;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.stream.EventName;
import io.keyspan.engine.stream.UserIdentity;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTest {
  @Test
  void keys_keepTheRecordsOrder_inEveryProcess() {
    List<String> names = List.of("pk", "sk", "gsi1pk", "gsi1sk", "a", "z", "m", "b");
    Map<String, AttributeValue> keys = new LinkedHashMap<>();
    names.forEach(name -> keys.put(name, AttributeValue.s(name)));

    Change<String> change =
        new Change<>(
            EventName.INSERT,
            keys,
            Optional.empty(),
            Optional.of("item"),
            "1",
            Instant.EPOCH,
            Optional.empty());

    assertThat(change.keys().keySet()).containsExactlyElementsIn(names).inOrder();
  }

  @Test
  void aRemoveByTheTimeToLiveService_isATimeToLiveDeletion_andOtherRemovesAreNot() {
    Change<String> byTtl =
        new Change<>(
            EventName.REMOVE,
            Map.of(),
            Optional.of("item"),
            Optional.empty(),
            "2",
            Instant.EPOCH,
            Optional.of(UserIdentity.TIME_TO_LIVE));
    Change<String> byRequest =
        new Change<>(
            EventName.REMOVE,
            Map.of(),
            Optional.of("item"),
            Optional.empty(),
            "3",
            Instant.EPOCH,
            Optional.empty());

    assertThat(byTtl.isTimeToLiveDeletion()).isTrue();
    assertThat(byRequest.isTimeToLiveDeletion()).isFalse();
  }
}
