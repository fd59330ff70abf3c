package io.keyspan.processor.write;

import io.keyspan.expression.Projection;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.RepositoryModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access-patterns report of each table: every declared and derived method of the build with its
 * operation, index, key condition, filter or condition, update, projection and whether it scans,
 * written as Markdown so a team reviews its access patterns (and their cost) in a pull request.
 * Rows are sorted by repository, then in declaration order, so the report is stable.
 */
public final class AccessPatterns {
  public static final String DIRECTORY = "META-INF/keyspan/access-patterns/";

  private static final String HEADER =
      "| Repository | Method | Operation | Index | Key condition | Filter / condition | Update | Projection | Scans |";
  private static final String SEPARATOR = "| --- | --- | --- | --- | --- | --- | --- | --- | --- |";
  private static final String SCANS = " | **yes** |";

  private final Map<String, List<Row>> rowsByTable = new TreeMap<>();

  /** One method of one repository. */
  public record Row(
      String repository,
      int order,
      String method,
      String operation,
      String index,
      String key,
      String condition,
      String update,
      String projection,
      boolean scans,
      boolean derived) {}

  public void add(RepositoryModel model) {
    add(model, model.entity().table().orElseThrow().name());
  }

  /**
   * Adds a repository's methods to the report named {@code report} ({@code report.md}): a single
   * table's own report ({@code Shop.md}) lists its generated methods, so the declared repositories
   * of its members go to {@code Shop.declared.md}.
   */
  public void add(RepositoryModel model, String report) {
    List<Row> rows = rowsByTable.computeIfAbsent(report, t -> new ArrayList<>());
    int order = 0;
    for (MethodPlan method : model.methods()) {
      ParsedMethod parsed = method.parsed();
      Optional<Projection> projection = method.projection();
      rows.add(
          new Row(
              model.interfaceName().simpleName(),
              order++,
              method.name(),
              parsed.operation().dynamoName() + (parsed.descending() ? " (descending)" : ""),
              parsed.index().orElse(""),
              ExpressionText.of(parsed.key(), (r, k) -> r.render(k)),
              ExpressionText.of(parsed.condition(), (r, c) -> r.render(c)),
              ExpressionText.of(parsed.update(), (r, u) -> r.render(u)),
              projection.map(p -> ExpressionText.of(p, (r, x) -> r.render(x))).orElse(""),
              parsed.operation() == Operation.SCAN,
              parsed.derived()));
    }
  }

  /**
   * Report path to its text, for every table a repository of this build uses. Rows an earlier
   * compilation into the same output listed ({@code existing}) are kept for the repositories not
   * compiled now, so an incremental recompile of one repository keeps the others' rows.
   */
  public Map<String, String> reports(Function<String, Optional<String>> existing) {
    Set<String> compiled =
        rowsByTable.values().stream()
            .flatMap(List::stream)
            .map(Row::repository)
            .collect(Collectors.toSet());
    Map<String, String> reports = new TreeMap<>();
    rowsByTable.forEach(
        (table, rows) -> {
          String path = DIRECTORY + table + ".md";
          Map<String, List<String>> linesByRepository = new TreeMap<>();
          existing
              .apply(path)
              .ifPresent(
                  text ->
                      earlierLines(text).stream()
                          .filter(line -> !compiled.contains(repositoryOf(line)))
                          .forEach(
                              line ->
                                  linesByRepository
                                      .computeIfAbsent(repositoryOf(line), r -> new ArrayList<>())
                                      .add(line)));
          rows.stream()
              .sorted(Comparator.comparing(Row::repository).thenComparingInt(Row::order))
              .forEach(
                  row ->
                      linesByRepository
                          .computeIfAbsent(row.repository(), r -> new ArrayList<>())
                          .add(line(row)));
          reports.put(
              path,
              report(table, linesByRepository.values().stream().flatMap(List::stream).toList()));
        });
    return reports;
  }

  private static String report(String table, List<String> lines) {
    long scans = lines.stream().filter(line -> line.endsWith(SCANS)).count();
    StringBuilder out = new StringBuilder();
    out.append("# Access patterns of the table ").append(table).append("\n\n");
    out.append("Generated by Keyspan from the declared repositories of this build: ")
        .append(lines.size())
        .append(" method(s), ")
        .append(scans)
        .append(" of them scanning the whole table or index ")
        .append("(a Scan reads every item, at a cost that grows with the table).\n\n");
    out.append(HEADER).append("\n");
    out.append(SEPARATOR).append("\n");
    lines.forEach(line -> out.append(line).append("\n"));
    return out.toString();
  }

  private static String line(Row row) {
    return "| "
        + row.repository()
        + " | "
        + row.method()
        + (row.derived() ? " (derived)" : "")
        + " | "
        + row.operation()
        + " | "
        + row.index()
        + " | "
        + code(row.key())
        + " | "
        + code(row.condition())
        + " | "
        + code(row.update())
        + " | "
        + code(row.projection())
        + (row.scans() ? SCANS : " | no |");
  }

  /** The rows of a report as written, one line each. */
  private static List<String> earlierLines(String report) {
    List<String> lines = report.lines().toList();
    int separator = lines.indexOf(SEPARATOR);
    return separator < 0
        ? List.of()
        : lines.subList(separator + 1, lines.size()).stream()
            .filter(l -> l.startsWith("| "))
            .toList();
  }

  private static String repositoryOf(String line) {
    return line.substring(2, line.indexOf(" | ", 2));
  }

  private static String code(String text) {
    return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
  }
}
