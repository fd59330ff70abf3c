package io.keyspan.processor.it.league;

import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.Table;

/**
 * A single table with a multi-attribute index: teams and forecasts store its four key attributes,
 * players none of them.
 */
@Table(name = "League")
@KeyAttributes(partitionKey = "PK", sortKey = "SK")
@IndexAttributes(
    index = "ByLeague",
    partitionKeys = {"league", "season"},
    sortKeys = {"points", "team"})
public sealed interface LeagueItem permits Team, Forecast, Player {}
