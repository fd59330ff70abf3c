package io.keyspan.processor.it;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import java.math.BigDecimal;

/** DynamoDB's getting-started table, for the wording of errors. */
@Table(name = "Music")
public record Music(
    @PartitionKey @Attribute("Artist") String artist,
    @SortKey @Attribute("SongTitle") String songTitle,
    @Attribute("Awards") int awards,
    @Attribute("Price") BigDecimal price,
    @Attribute("Lyrics") String lyrics) {}
