package io.keyspan.processor.it.enrollment;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.schema.IndexDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inverted index of a single table on the in-memory engine: keyed by the table's sort key and
 * then its partition key, it reads each member under its table-key templates swapped, with no
 * attribute of its own.
 */
class InvertedIndexTest {
  private static final Student ANN = new Student("s1", "Ann");
  private static final Student BOB = new Student("s2", "Bob");
  private static final Course MATH = new Course("c1", "Mathematics");
  private static final Course ART = new Course("c2", "Art");
  private static final Enrollment ANN_MATH = new Enrollment("s1", "c1", 90);
  private static final Enrollment ANN_ART = new Enrollment("s1", "c2", 70);
  private static final Enrollment BOB_MATH = new Enrollment("s2", "c1", 80);

  private Keyspan db;
  private SchoolItemTable school;
  private EnrollmentRepository enrollments;
  private CourseRepository courses;

  @BeforeEach
  void enroll() {
    db = Keyspan.builder().uri("memory:").build();
    school = new SchoolItemTable(db);
    school.createTable();
    enrollments = new EnrollmentRepository(db);
    courses = new CourseRepository(db);
    StudentRepository students = new StudentRepository(db);
    students.put(ANN);
    students.put(BOB);
    courses.put(MATH);
    courses.put(ART);
    enrollments.put(ANN_MATH);
    enrollments.put(ANN_ART);
    enrollments.put(BOB_MATH);
  }

  @Test
  void theTableDefinition_keysTheIndexBySortThenPartitionKey_definingEachAttributeOnce() {
    IndexDefinition index = SchoolItemSchema.TABLE.table().indexes().get(0);
    assertThat(index.partitionKey().name()).isEqualTo("SK");
    assertThat(index.sortKey().name()).isEqualTo("PK");
    assertThat(SchoolItemSchema.TABLE.table().toCreateTableRequest("School").attributeDefinitions())
        .containsExactly(
            new AttributeDefinition("PK", ScalarAttributeType.S),
            new AttributeDefinition("SK", ScalarAttributeType.S));
  }

  @Test
  void aMembersIndexQuery_readsItUnderItsSortTemplate() {
    assertThat(enrollments.queryByInverted("c1").list())
        .containsExactly(ANN_MATH, BOB_MATH)
        .inOrder();
    assertThat(courses.queryByInverted("c1").list()).containsExactly(MATH);
  }

  @Test
  void aCollectionOnTheIndex_readsACourseWithItsStudents() {
    assertThat(school.roster("c1").list().items())
        .containsExactly(MATH, ANN_MATH, BOB_MATH)
        .inOrder();
    assertThat(school.student("s1").list().items())
        .containsExactly(ANN_MATH, ANN_ART, ANN)
        .inOrder();
  }

  @Test
  void updatesAndDeletes_keepTheIndexInStep() {
    enrollments.update("s2", "c1").set(EnrollmentSchema.GRADE, 85).execute();
    enrollments.delete("s1", "c1");

    assertThat(school.roster("c1").list().items())
        .containsExactly(MATH, new Enrollment("s2", "c1", 85))
        .inOrder();
  }

  @Test
  void declaredQueriesOfTheTable_readTheIndexByItsKeyAttributes() {
    SchoolQueries queries = db.repository(SchoolQueries.class);

    assertThat(queries.under("COURSE#c1", "STUDENT#"))
        .containsExactly(ANN_MATH, BOB_MATH)
        .inOrder();
    assertThat(queries.enrollmentsUnder("COURSE#c1")).containsExactly(ANN_MATH, BOB_MATH).inOrder();
  }

  @Test
  void derivedQueriesOfAMember_chooseTheIndexWhoseTemplatesServeThem() {
    EnrollmentQueries queries = db.repository(EnrollmentQueries.class);

    assertThat(queries.findByCourseId("c1")).containsExactly(ANN_MATH, BOB_MATH).inOrder();
    assertThat(queries.findByCourseIdAndStudentIdStartingWith("c1", "s2"))
        .containsExactly(BOB_MATH);
  }
}
