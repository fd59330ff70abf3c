package io.keyspan.engine;

/**
 * ListTagsOfResource.
 *
 * @param resourceArn the table's ARN, {@code arn:aws:dynamodb:<region>:<account>:table/<name>}
 * @param nextToken the previous page's {@link ListTagsOfResourceResponse#nextToken()}, or null for
 *     the first page
 */
public record ListTagsOfResourceRequest(String resourceArn, String nextToken) {}
