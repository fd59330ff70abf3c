package io.keyspan.processor.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The resources of the build's class output, in UTF-8. An incremental build recompiles only the
 * changed sources into the same output, so a resource that lists every repository of the module
 * must keep what an earlier compilation wrote there: {@link #existing} reads it back.
 */
public final class ClassOutput {
  private final Filer filer;

  public ClassOutput(Filer filer) {
    this.filer = filer;
  }

  /** The resource's text as an earlier compilation left it, or empty when there is none. */
  public Optional<String> existing(String path) {
    try (InputStream in =
        filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).openInputStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // no earlier compilation wrote it (a clean build)
    }
  }

  public void write(String path, String content) throws IOException {
    try (OutputStream out =
        filer.createResource(StandardLocation.CLASS_OUTPUT, "", path).openOutputStream()) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
