package io.keyspan.processor.it.league;

import io.keyspan.annotations.KeyTemplate;

/** A team's standing; a team without a league stays out of the index. */
@KeyTemplate(partition = "TEAM#{team}", sort = "STANDING")
public record Team(String team, String league, Integer season, Integer points)
    implements LeagueItem {}
