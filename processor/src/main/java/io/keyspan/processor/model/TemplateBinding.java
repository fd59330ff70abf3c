package io.keyspan.processor.model;

import java.util.List;
import javax.lang.model.element.VariableElement;

/**
 * How a placeholder of a single-table member's key condition gets its value: one key template of
 * the member rendered from parameters ({@code PK = CUSTOMER#c1}), whole or in part.
 *
 * @param index the index whose template it is; null for the table key
 * @param sort the sort template rather than the partition template
 * @param values the parameters giving the leading components' values, in template order
 */
public record TemplateBinding(
    String placeholder, String index, boolean sort, Form form, List<VariableElement> values) {
  public TemplateBinding {
    values = List.copyOf(values);
  }

  /** What of the template the value is: the {@code KeyPattern} method that renders it. */
  public enum Form {
    /** The whole key: every component given. */
    WHOLE("renderValues"),
    /** The text up to the first component not given: every key with those components starts so. */
    PREFIX("prefixValues"),
    /** The least text above every key that starts with that prefix. */
    PAST_PREFIX("pastPrefixValues");

    private final String method;

    Form(String method) {
      this.method = method;
    }

    public String method() {
      return method;
    }
  }
}
