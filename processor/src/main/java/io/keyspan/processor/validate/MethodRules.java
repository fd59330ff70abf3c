package io.keyspan.processor.validate;

import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.Property;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What every family of method rules checks against: the table's entity, the method and its parsed
 * trees, and the report the rules add to. One subclass per family of rules, so a new rule has one
 * obvious home.
 */
class MethodRules {
  final Entity entity;
  final Types types;
  final Map<String, Property> byAttribute;
  final ExecutableElement method;
  final ParsedMethod parsed;
  final Report report;
  final Place methodPlace;

  MethodRules(
      Entity entity, Types types, ExecutableElement method, ParsedMethod parsed, Report report) {
    this.entity = entity;
    this.types = types;
    Map<String, Property> byAttribute = new LinkedHashMap<>();
    entity.properties().forEach(p -> byAttribute.put(p.attributeName(), p));
    this.byAttribute = byAttribute;
    this.method = method;
    this.parsed = parsed;
    this.report = report;
    this.methodPlace = new Place(method, null, null);
  }

  MethodRules(MethodRules context) {
    this.entity = context.entity;
    this.types = context.types;
    this.byAttribute = context.byAttribute;
    this.method = context.method;
    this.parsed = context.parsed;
    this.report = context.report;
    this.methodPlace = context.methodPlace;
  }

  String name() {
    return method.getSimpleName().toString();
  }

  /** Whether a parameter of this type can carry the property's value. */
  boolean sameType(TypeMirror parameter, Property property) {
    return TypeName.get(parameter)
        .box()
        .withoutAnnotations()
        .equals(property.mapping().javaType().withoutAnnotations());
  }
}
