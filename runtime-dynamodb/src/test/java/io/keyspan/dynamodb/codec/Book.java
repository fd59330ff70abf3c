package io.keyspan.dynamodb.codec;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.StoredAs;
import io.keyspan.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One attribute of each way a value reaches the SDK's types, for the codec's equivalence test. */
@Table(name = "Books")
public record Book(
    @PartitionKey @Attribute("Isbn") String isbn,
    @SortKey @Attribute("Edition") int edition,
    long copies,
    double rating,
    boolean inPrint,
    @StoredAs(Encoding.BOOLEAN_NUMBER) boolean signed,
    float weight,
    short pages,
    Integer boxedCount,
    BigDecimal price,
    BigInteger serial,
    byte[] cover,
    ByteBuffer thumbnail,
    Genre genre,
    Instant published,
    @StoredAs(Encoding.INSTANT_MILLIS) Instant printed,
    LocalDate due,
    Optional<String> subtitle,
    List<String> authors,
    List<Double> scores,
    Set<String> tags,
    Set<Long> years,
    Set<ByteBuffer> stamps,
    Map<String, Integer> stock,
    Shelf shelf,
    @StoredAs(Encoding.NULL_FIELDS_NULL) Shelf spare,
    List<Shelf> history,
    @io.keyspan.annotations.Convert(IsbnPrefixConverter.class) String prefix) {

  public enum Genre {
    NOVEL,
    ESSAY
  }
}
