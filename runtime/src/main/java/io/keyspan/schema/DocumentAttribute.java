package io.keyspan.schema;

import io.keyspan.expression.Path;

/**
 * An attribute holding a nested document (M). The generated subclass for a {@code @Document} type
 * has one method per field, each returning the field's typed attribute beneath this path: {@code
 * UserSchema.ADDRESS.city().eq("Paris")}.
 *
 * @param <D> the document type
 */
public abstract class DocumentAttribute<D> extends TypedAttribute<D> {
  protected DocumentAttribute(Path path, DocumentSchema<D> schema) {
    super(path, Converters.document(schema));
  }

  /** A document stored by another converter of it, such as {@link Encodings#nullFields}. */
  protected DocumentAttribute(Path path, AttributeConverter<D> converter) {
    super(path, converter);
  }

  /** {@code size(path)}: the number of fields stored. */
  public final Size size() {
    return new Size(path());
  }
}
