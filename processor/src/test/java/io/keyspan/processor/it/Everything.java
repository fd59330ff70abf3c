package io.keyspan.processor.it;

import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One attribute of every supported type, for round trips. */
@Table(name = "Everything")
public record Everything(
    @PartitionKey String id,
    boolean flag,
    Boolean boxedFlag,
    byte tiny,
    short small,
    int number,
    long big,
    float single,
    double precise,
    char letter,
    Byte boxedTiny,
    Short boxedSmall,
    Integer boxedNumber,
    Long boxedBig,
    Float boxedSingle,
    Double boxedPrecise,
    Character boxedLetter,
    BigDecimal decimal,
    BigInteger integer,
    String text,
    byte[] bytes,
    ByteBuffer buffer,
    Color color,
    UUID uuid,
    URI uri,
    Instant instant,
    LocalDate date,
    LocalTime time,
    LocalDateTime dateTime,
    OffsetDateTime offsetDateTime,
    ZonedDateTime zonedDateTime,
    Duration duration,
    Period period,
    Year year,
    YearMonth yearMonth,
    MonthDay monthDay,
    ZoneId zone,
    Optional<String> nickname,
    List<String> tags,
    List<List<Integer>> matrix,
    Set<String> labels,
    Set<Long> scores,
    Set<ByteBuffer> blobs,
    Set<Color> colors,
    Map<String, Double> weights,
    Map<String, List<Address>> addressBook,
    Address home,
    List<Address> addresses,
    @io.keyspan.annotations.Convert(MoneyConverter.class) Money price) {}
