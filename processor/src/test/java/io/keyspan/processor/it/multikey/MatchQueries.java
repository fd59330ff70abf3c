package io.keyspan.processor.it.multikey;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** Declared queries of the multi-attribute index, each a legal prefix of its key. */
@Repository(Match.class)
public interface MatchQueries {
  @Query(
      index = "ByBracket",
      key = "tournament = :tournament AND region = :region AND round >= :round")
  List<Match> fromRound(String tournament, String region, int round);

  @Query(
      index = "ByBracket",
      key =
          "region = :region AND tournament = :tournament AND round = :round"
              + " AND bracket BETWEEN :from AND :to")
  List<Match> bracketsBetween(String tournament, String region, int round, String from, String to);
}
