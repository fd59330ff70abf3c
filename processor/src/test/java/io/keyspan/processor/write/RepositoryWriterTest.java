package io.keyspan.processor.write;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RepositoryWriterTest {
  @Test
  void indexQueryMethods_areNamedAfterTheIndex() {
    assertThat(RepositoryWriter.methodSuffix("ByEmail")).isEqualTo("ByEmail");
    assertThat(RepositoryWriter.methodSuffix("by-email.v2")).isEqualTo("ByEmailV2");
    assertThat(RepositoryWriter.methodSuffix("status_index")).isEqualTo("StatusIndex");
  }
}
