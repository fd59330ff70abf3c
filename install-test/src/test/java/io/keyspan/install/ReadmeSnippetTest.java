package io.keyspan.install;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer application that invoker builds (src/it/consumer) uses README.md's Maven snippet
 * verbatim, so the snippet users copy is the one that was compiled and run.
 */
class ReadmeSnippetTest {
  private static final String VERSION = System.getProperty("keyspan.version");

  private static String read(String property) throws IOException {
    return Files.readString(Paths.get(System.getProperty(property)), StandardCharsets.UTF_8);
  }

  /** The first fenced block of {@code language} after the heading line {@code heading}. */
  static String block(String markdown, String heading, String language) {
    int section = markdown.indexOf("\n" + heading + "\n");
    assertWithMessage("README heading " + heading).that(section).isAtLeast(0);
    String fence = "```" + language + "\n";
    int start = markdown.indexOf(fence, section);
    assertWithMessage(language + " block under " + heading).that(start).isAtLeast(0);
    int end = markdown.indexOf("\n```", start + fence.length());
    return markdown.substring(start + fence.length(), end + 1);
  }

  @Test
  void consumerPom_containsTheReadmesMavenSnippetVerbatim() throws IOException {
    String snippet = block(read("keyspan.readme"), "### Maven", "xml");
    // The snippet sits inside <project>, indented one level.
    String indented =
        snippet
            .lines()
            .map(line -> line.isEmpty() ? line : "  " + line)
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(read("keyspan.consumer.pom")).contains(indented);
  }

  @Test
  void snippets_nameTheVersionThisBuildMakes() throws IOException {
    String readme = read("keyspan.readme");
    assertThat(block(readme, "### Maven", "xml"))
        .contains("<keyspan.version>" + VERSION + "</keyspan.version>");
    assertThat(block(readme, "### Gradle", "kotlin"))
        .contains("platform(\"io.keyspan:keyspan-bom:" + VERSION + "\")");
  }

  @Test
  void block_findsTheFencedTextUnderItsHeading() {
    String markdown =
        "# T\n\n### Maven\n\ntext\n\n```xml\n<a/>\n  <b/>\n```\n\n### Gradle\n```kotlin\nx\n```\n";
    assertThat(block(markdown, "### Maven", "xml")).isEqualTo("<a/>\n  <b/>\n");
    assertThat(block(markdown, "### Gradle", "kotlin")).isEqualTo("x\n");
  }
}
