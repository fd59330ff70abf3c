package io.keyspan.engine;

/**
 * A tag on a resource: a key and its value. Either may be null as a request carries it; the engine
 * rejects what DynamoDB rejects
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html).
 */
public record Tag(String key, String value) {}
