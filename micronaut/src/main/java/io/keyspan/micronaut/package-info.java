/**
 * Keyspan in Micronaut applications: {@link io.keyspan.micronaut.KeyspanFactory} makes the {@code
 * Keyspan} handle from the {@code keyspan.*} configuration. Repositories need nothing more: run
 * Micronaut's annotation processor beside Keyspan's and every generated repository is a bean.
 */
package io.keyspan.micronaut;
