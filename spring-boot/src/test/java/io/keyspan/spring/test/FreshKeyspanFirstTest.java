package io.keyspan.spring.test;

/** One of the two classes of {@link FreshEngineCheck}. */
class FreshKeyspanFirstTest extends FreshEngineCheck {}
