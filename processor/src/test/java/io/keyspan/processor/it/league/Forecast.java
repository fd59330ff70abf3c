package io.keyspan.processor.it.league;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.KeyTemplate;

/** A forecast of a team's points, in the same index; its league is renamed onto "league". */
@KeyTemplate(partition = "TEAM#{team}", sort = "FORECAST#{source}")
public record Forecast(
    String team,
    @Attribute("league") String division,
    Integer season,
    Integer points,
    String source)
    implements LeagueItem {}
