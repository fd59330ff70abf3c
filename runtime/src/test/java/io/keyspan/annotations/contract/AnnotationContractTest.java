package io.keyspan.annotations.contract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.annotations.AllowScan;
import io.keyspan.annotations.AtomicCounter;
import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Convert;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.Creator;
import io.keyspan.annotations.Cursor;
import io.keyspan.annotations.Delete;
import io.keyspan.annotations.Document;
import io.keyspan.annotations.Ignore;
import io.keyspan.annotations.Index;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.Indexes;
import io.keyspan.annotations.Limit;
import io.keyspan.annotations.LocalIndexSortKey;
import io.keyspan.annotations.PageSize;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Put;
import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.TimeToLive;
import io.keyspan.annotations.Update;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annotations module's contract: every annotation is kept in class files (so a repository
 * compiled apart from its entity still sees the entity's annotations) and costs nothing at run
 * time, and each can be written where users need it, records included.
 */
class AnnotationContractTest {
  /** Annotations of entity properties: on a record component, a field or a getter. */
  private static final List<Class<? extends Annotation>> PROPERTY =
      List.of(
          PartitionKey.class,
          SortKey.class,
          Attribute.class,
          Ignore.class,
          IndexPartitionKey.class,
          IndexSortKey.class,
          LocalIndexSortKey.class,
          Version.class,
          AtomicCounter.class,
          CreatedAt.class,
          UpdatedAt.class,
          TimeToLive.class,
          Convert.class);

  private static final List<Class<? extends Annotation>> TYPE =
      List.of(Table.class, Index.class, Indexes.class, Document.class, Repository.class);
  private static final List<Class<? extends Annotation>> METHOD =
      List.of(Query.class, Scan.class, Update.class, Delete.class, Put.class, AllowScan.class);
  private static final List<Class<? extends Annotation>> PARAMETER =
      List.of(Limit.class, PageSize.class, Cursor.class);

  @Test
  void everyAnnotation_hasClassRetention_andIsDocumented() {
    for (List<Class<? extends Annotation>> group :
        List.of(
            PROPERTY,
            TYPE,
            METHOD,
            PARAMETER,
            List.<Class<? extends Annotation>>of(Creator.class))) {
      for (Class<? extends Annotation> annotation : group) {
        assertWithMessage(annotation.getSimpleName())
            .that(annotation.getAnnotation(Retention.class).value())
            .isEqualTo(RetentionPolicy.CLASS);
        assertWithMessage(annotation.getSimpleName())
            .that(annotation.isAnnotationPresent(Documented.class))
            .isTrue();
      }
    }
  }

  @Test
  void propertyAnnotations_fitRecordComponentsFieldsAndGetters() {
    for (Class<? extends Annotation> annotation : PROPERTY) {
      assertWithMessage(annotation.getSimpleName())
          .that(targets(annotation))
          .asList()
          .containsExactly(ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD);
    }
  }

  @Test
  void typeMethodAndParameterAnnotations_fitOnlyTheirElements() {
    TYPE.forEach(
        annotation -> assertThat(targets(annotation)).asList().containsExactly(ElementType.TYPE));
    METHOD.forEach(
        annotation -> assertThat(targets(annotation)).asList().containsExactly(ElementType.METHOD));
    PARAMETER.forEach(
        annotation ->
            assertThat(targets(annotation)).asList().containsExactly(ElementType.PARAMETER));
    assertThat(targets(Creator.class)).asList().containsExactly(ElementType.CONSTRUCTOR);
  }

  // One attribute can key several indexes, and an index is configured once per name.
  @Test
  void indexKeysTakeSeveralNames_andIndexRepeats() throws NoSuchMethodException {
    for (Class<? extends Annotation> key :
        List.of(IndexPartitionKey.class, IndexSortKey.class, LocalIndexSortKey.class)) {
      assertThat(key.getMethod("value").getReturnType()).isEqualTo(String[].class);
    }
    assertThat(Index.class.getAnnotation(java.lang.annotation.Repeatable.class).value())
        .isEqualTo(Indexes.class);
  }

  private static ElementType[] targets(Class<? extends Annotation> annotation) {
    return annotation.getAnnotation(Target.class).value();
  }
}
