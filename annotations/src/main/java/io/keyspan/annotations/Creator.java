package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the constructor that reads an item into an immutable {@link Table} or {@link Document}
 * class, when the class has more than one that could. Its parameters are matched to properties by
 * name. Records use their canonical constructor and JavaBeans their no-argument constructor and
 * setters; neither needs this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface Creator {}
