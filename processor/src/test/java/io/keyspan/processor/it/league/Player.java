package io.keyspan.processor.it.league;

import io.keyspan.annotations.KeyTemplate;

/** A player: it has the attribute "team" but no partition attribute, so it is not in the index. */
@KeyTemplate(partition = "TEAM#{team}", sort = "PLAYER#{name}")
public record Player(String team, String name) implements LeagueItem {}
