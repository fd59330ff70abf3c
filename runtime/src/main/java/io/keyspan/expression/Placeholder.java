package io.keyspan.expression;

/**
 * A value placeholder such as {@code :age} that is not bound yet. Trees parsed without values (by
 * the annotation processor, or a declared query before its call) hold placeholders; {@link
 * io.keyspan.expression.parser.Binder} replaces them with {@link Literal}s. Engines only see bound
 * trees.
 */
public record Placeholder(String name) implements ValueOperand {
  public Placeholder {
    if (name == null || name.length() < 2 || name.charAt(0) != ':') {
      throw new IllegalArgumentException("a value placeholder looks like :name, not " + name);
    }
  }

  @Override
  public <R> R accept(Operand.Visitor<R> visitor) {
    return visitor.placeholder(this);
  }

  @Override
  public <R> R accept(UpdateValue.Visitor<R> visitor) {
    return visitor.placeholder(this);
  }

  @Override
  public <R> R accept(ValueOperand.Visitor<R> visitor) {
    return visitor.placeholder(this);
  }
}
