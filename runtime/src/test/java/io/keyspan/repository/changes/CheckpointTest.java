package io.keyspan.repository.changes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckpointTest {
  @Test
  void theStringForm_readsBackToAnEqualCheckpoint() {
    String text = "1;2026-12-04T19:05:00.000/shardId-00000001-0001=000000000000000000007;L2/s9=12";

    Checkpoint checkpoint = Checkpoint.parse(text);

    assertThat(checkpoint.toString()).isEqualTo(text);
    assertThat(Checkpoint.parse(checkpoint.toString())).isEqualTo(checkpoint);
    assertThat(checkpoint.sequenceNumber("L2", "s9")).hasValue("12");
    assertThat(checkpoint.sequenceNumber("L2", "s8")).isEmpty();
  }

  @Test
  void theEmptyCheckpoint_isTheVersionAlone() {
    assertThat(Checkpoint.EMPTY.toString()).isEqualTo("1");
    assertThat(Checkpoint.parse("1")).isEqualTo(Checkpoint.EMPTY);
    assertThat(Checkpoint.EMPTY.isEmpty()).isTrue();
  }

  @Test
  void entries_areSortedByShard_soEqualCheckpointsPrintAlike() {
    assertThat(Checkpoint.parse("1;L/b=2;L/a=1").toString()).isEqualTo("1;L/a=1;L/b=2");
  }

  @Test
  void anUnknownVersion_isRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("2;L/s=1"));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Not a change-feed checkpoint: '2;L/s=1': it does not start with the format version 1"
                + " (expected 1;streamLabel/shardId=sequenceNumber;...)");
  }

  @Test
  void aMalformedEntry_isRejectedByName() {
    for (String bad : new String[] {"1;Ls=1", "1;L/s", "1;L/s=x", "1;/s=1", "1;L/=1", "1;"}) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(bad));
      assertThat(error).hasMessageThat().contains("is not streamLabel/shardId=sequenceNumber");
    }
  }

  @Test
  void aShardNamedTwice_isRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("1;L/s=1;L/s=2"));

    assertThat(error).hasMessageThat().contains("the shard L/s appears twice");
  }
}
