package io.keyspan.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.keyspan.processor.errors.SingleTableSources.IMPORTS;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.base.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declared scans and writes of single-table members: what an update may change when keys are
 * rendered from templates, how a write names its item, and when a scan can tell the member's items
 * apart; each rule a compile error at the method or its expression.
 */
class MemberWriteErrorsTest {
  /** Accounts indexed by region, then plan and id; notes fill no index. */
  private static final JavaFileObject ACCOUNTS =
      JavaFileObjects.forSourceString(
          "test.Item",
          IMPORTS
              + "@Table(name = \"Accounts\")\n"
              + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")\n"
              + "@IndexAttributes(index = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\")\n"
              + "public sealed interface Item permits Account, Note {}\n"
              + "@KeyTemplate(partition = \"ACCOUNT#{accountId}\", sort = \"ACCOUNT\")\n"
              + "@KeyTemplate(index = \"GSI1\", partition = \"REGION#{region}\","
              + " sort = \"{plan}#{accountId}\")\n"
              + "record Account(String accountId, String region, String plan, long visits)"
              + " implements Item {}\n"
              + "@KeyTemplate(partition = \"ACCOUNT#{accountId}\", sort = \"NOTE#{noteId}\")\n"
              + "record Note(String accountId, String noteId, String text) implements Item {}\n");

  private static JavaFileObject repository(String member, String... methods) {
    return SingleTableSources.repository("Commands", member, methods);
  }

  private static void assertErrorAt(
      JavaFileObject repository, String line, Message message, Object... arguments) {
    SingleTableSources.assertErrorAt(ACCOUNTS, repository, line, message.format(arguments));
  }

  @Test
  void updatesOfWholeIndexKeys_andRemovals_compile() throws Exception {
    Compilation compilation =
        SingleTableSources.compile(
            ACCOUNTS,
            repository(
                "Account",
                "@Update(update = \"SET region = :region, plan = :plan ADD visits :one\")",
                "Account move(String accountId, String region, String plan, long one);",
                "@Update(update = \"REMOVE region\")",
                "Account leave(String accountId);"));
    assertThat(compilation).succeededWithoutWarnings();
    String implementation = SingleTableSources.implementation(compilation, "Commands");
    assertThat(implementation).contains(".assigns(\"region\", \"plan\")");
    assertThat(implementation).contains("memberKey(accountId), ");
    assertThat(implementation).contains(")), region, plan).orElse(null)");
  }

  @Test
  void anUpdateOfATableKeyComponent_isCompileError() {
    assertErrorAt(
        repository(
            "Account",
            "@Update(update = \"SET accountId = :other\")",
            "void rename(String accountId, String other);"),
        "SET accountId",
        Message.MEMBER_COMPONENT_UPDATED,
        "rename",
        "accountId",
        "Account",
        "\"ACCOUNT#{accountId}\" / \"ACCOUNT\"");
  }

  @Test
  void anIndexComponentComputedFromItsStoredValue_isCompileError() {
    assertErrorAt(
        repository(
            "Account",
            "@Update(update = \"SET region = :r, plan = if_not_exists(plan, :p)\")",
            "void move(String accountId, String r, String p);"),
        "if_not_exists",
        Message.MEMBER_COMPONENT_COMPUTED,
        "move",
        "plan",
        "the index GSI1",
        "Account");
  }

  @Test
  void someComponentsOfAnIndexKey_isCompileError() {
    assertErrorAt(
        repository(
            "Account",
            "@Update(update = \"SET region = :region\")",
            "void move(String accountId, String region);"),
        "SET region",
        Message.MEMBER_INDEX_KEY_PARTIAL,
        "move",
        "region",
        "plan",
        "the index GSI1",
        "Account",
        "\"REGION#{region}\" / \"{plan}#{accountId}\"");
  }

  @Test
  void anAttributeKeyspanRenders_isCompileError() {
    assertErrorAt(
        repository(
            "Account",
            "@Update(update = \"SET GSI1PK = :k\")",
            "void move(String accountId, String k);"),
        "GSI1PK",
        Message.MEMBER_RENDERED_ATTRIBUTE_UPDATED,
        "move",
        "GSI1PK",
        "Account");
    assertErrorAt(
        repository(
            "Account",
            "@Update(update = \"SET PK = :k\")",
            "void move(String accountId, String k);"),
        "SET PK",
        Message.KEY_ATTRIBUTE_UPDATED,
        "move",
        "PK");
  }

  @Test
  void aWriteWithoutTheTableKeyComponents_isCompileError() {
    assertErrorAt(
        repository("Account", "@Delete", "void remove(String id);"),
        "void remove",
        Message.WRITE_KEY_PARAMETER,
        "remove",
        "accountId",
        "java.lang.String");
    assertErrorAt(
        repository("Account", "@Delete", "void remove(int accountId);"),
        "int accountId",
        Message.PARAMETER_TYPE,
        "accountId",
        "int",
        "accountId",
        "java.lang.String",
        "java.lang.String");
    assertErrorAt(
        repository("Note", "void deleteByAccountId(String accountId);"),
        "deleteByAccountId",
        Message.DELETE_BY_KEY,
        "deleteByAccountId",
        "accountId",
        "accountId and noteId",
        "AccountIdAndNoteId");
  }

  @Test
  void aPutOfAnotherType_isCompileError() {
    assertErrorAt(
        repository("Note", "@Put", "void save(Account account);"),
        "void save",
        Message.PUT_ENTITY_PARAMETER,
        "save",
        "Note",
        0);
  }

  @Test
  void aScanOfAnIndexTheMemberDoesNotFill_isCompileErrorAtTheIndex() {
    assertErrorAt(
        repository("Note", "@Scan(index = \"GSI1\")", "List<Note> indexed();"),
        "GSI1",
        Message.MEMBER_NO_INDEX_TEMPLATE,
        "indexed",
        "GSI1",
        "Note",
        "the table key");
  }

  @Test
  void aScanWithoutAnItemTypeAttribute_isCompileError() {
    JavaFileObject keyed =
        JavaFileObjects.forSourceString(
            "test.Item",
            IMPORTS
                + "@Table(name = \"Keyed\")\n"
                + "@KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\", itemTypeAttribute = \"\")\n"
                + "public sealed interface Item permits Note {}\n"
                + "@KeyTemplate(partition = \"A#{accountId}\", sort = \"NOTE#{noteId}\")\n"
                + "record Note(String accountId, String noteId) implements Item {}\n");
    JavaFileObject scans = repository("Note", "@Scan", "List<Note> all();");
    Compilation compilation = SingleTableSources.compile(keyed, scans);
    assertThat(compilation)
        .hadErrorContaining(Message.MEMBER_SCAN_WITHOUT_ITEM_TYPE.format("all", "Note", "Item"))
        .inFile(scans)
        .onLineContaining("List<Note> all");
  }
}
