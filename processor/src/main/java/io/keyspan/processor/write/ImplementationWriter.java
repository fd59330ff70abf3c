package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.ATTRIBUTE_VALUE;
import static io.keyspan.processor.base.TypeNames.CONVERTERS;
import static io.keyspan.processor.base.TypeNames.DECLARED_READ;
import static io.keyspan.processor.base.TypeNames.DECLARED_REPOSITORY;
import static io.keyspan.processor.base.TypeNames.DECLARED_REPOSITORY_FACTORY;
import static io.keyspan.processor.base.TypeNames.DECLARED_SINGLE_TABLE_REPOSITORY;
import static io.keyspan.processor.base.TypeNames.DECLARED_WRITE;
import static io.keyspan.processor.base.TypeNames.KEYSPAN;
import static io.keyspan.processor.base.TypeNames.KEY_PATTERN;
import static io.keyspan.processor.base.TypeNames.RETURN_VALUE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.MethodPlan.Binding;
import io.keyspan.processor.model.MethodPlan.Projected;
import io.keyspan.processor.model.Names;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.RepositoryModel;
import io.keyspan.processor.model.TemplateBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code R_Impl} for a repository interface {@code R}: one constant per method holding its
 * checked operation (expression trees with placeholders), and one method that binds the call's
 * parameters and runs it. It is {@code @Singleton} with an {@code @Inject} constructor when
 * jakarta.inject (or else javax.inject) is on the compile classpath, and has a nested {@code
 * Factory} that {@code Keyspan.repository(R.class)} finds through ServiceLoader.
 */
public final class ImplementationWriter {
  private static final ClassName MAP = ClassName.get(Map.class);

  private final Optional<String> injectPackage;

  public ImplementationWriter(Elements elements) {
    this.injectPackage = InjectPackage.visibleIn(elements);
  }

  public TypeSpec.Builder write(RepositoryModel model) {
    ClassName entity = model.entity().className();
    ClassName schema = model.entity().schemaName();
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(KEYSPAN, "keyspan")
            .addStatement("super(keyspan, $T.instance())", schema);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.implementationName())
            .addJavadoc(
                "The generated implementation of {@link $T}, over the table of {@link $T}.\n",
                model.interfaceName(),
                entity)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(
                ParameterizedTypeName.get(
                    model.kind() == RepositoryModel.Kind.SINGLE_TABLE
                        ? DECLARED_SINGLE_TABLE_REPOSITORY
                        : DECLARED_REPOSITORY,
                    entity))
            .addSuperinterface(model.interfaceName());
    injectPackage.ifPresent(
        p -> {
          type.addAnnotation(ClassName.get(p, "Singleton"));
          constructor.addAnnotation(ClassName.get(p, "Inject"));
        });
    type.addMethod(constructor.build());
    // Overloads share a name, so their constants get distinct ones: FIND_BY_ID, FIND_BY_ID_.
    NameAllocator constants = new NameAllocator();
    Map<String, String> templates = new LinkedHashMap<>();
    for (MethodPlan method : model.methods()) {
      for (TemplateBinding binding : method.templateBindings()) {
        templates.computeIfAbsent(
            templateKey(binding),
            k -> {
              String name = constants.newName(templateConstant(binding));
              type.addField(template(binding, name, schema));
              return name;
            });
      }
    }
    Map<ClassName, MethodSpec> mappers = new LinkedHashMap<>();
    for (MethodPlan method : model.methods()) {
      String constant = constants.newName(Names.constantName(method.name()), method);
      boolean member = model.kind() == RepositoryModel.Kind.MEMBER;
      List<Assignment> assigned = member ? assigned(method) : List.of();
      type.addFields(constants(method, constant, constants, assigned));
      method.projected().ifPresent(p -> mappers.computeIfAbsent(p.type(), t -> mapper(p, schema)));
      type.addMethod(implementation(method, constant, schema, templates, member, assigned));
    }
    type.addMethods(mappers.values());
    return type.addType(factory(model));
  }

  // /**
  //  * {@code Age > :age}
  //  */
  // private static final Condition OLDER_THAN_FILTER = Trees.gt(
  //     Trees.path("Age"),
  //     Trees.placeholder(":age"));
  //
  // private static final DeclaredRead OLDER_THAN = DeclaredRead.scan("olderThan", null)
  //     .filter(OLDER_THAN_FILTER);
  /** The method's trees, one constant each, then the descriptor that refers to them. */
  private static List<FieldSpec> constants(
      MethodPlan method, String name, NameAllocator names, List<Assignment> assigned) {
    ParsedMethod parsed = method.parsed();
    List<FieldSpec> fields = new ArrayList<>();
    CodeBlock.Builder code = CodeBlock.builder().add("$>$>");
    String index = parsed.index().orElse(null);
    if (parsed.operation() == Operation.QUERY) {
      FieldSpec key = TreeCode.constant(names.newName(name + "_KEY"), parsed.key());
      fields.add(key);
      code.add("$T.query($S, $S, $N)", DECLARED_READ, method.name(), index, key);
    } else if (parsed.operation() == Operation.SCAN) {
      code.add("$T.scan($S, $S)", DECLARED_READ, method.name(), index);
    } else {
      code.add(
          "$T.$L($S)",
          DECLARED_WRITE,
          parsed.operation().name().toLowerCase(java.util.Locale.ROOT),
          method.name());
    }
    if (parsed.condition() != null) {
      boolean read = parsed.operation().isRead();
      FieldSpec condition =
          TreeCode.constant(
              names.newName(name + (read ? "_FILTER" : "_CONDITION")), parsed.condition());
      fields.add(condition);
      code.add(read ? "\n.filter($N)" : "\n.condition($N)", condition);
    }
    if (parsed.update() != null) {
      FieldSpec update = TreeCode.constant(names.newName(name + "_UPDATE"), parsed.update());
      fields.add(update);
      code.add("\n.update($N)", update);
      if (!parsed.returnValues().equals("ALL_NEW")) {
        code.add("\n.returnValues($T.$L)", RETURN_VALUE, parsed.returnValues());
      }
      if (!assigned.isEmpty()) {
        code.add(
            "\n.assigns($L)",
            assigned.stream()
                .map(a -> CodeBlock.of("$S", a.attribute()))
                .collect(CodeBlock.joining(", ")));
      }
    }
    if (parsed.operation().isRead()) {
      Optional<Projection> projection = method.projection();
      if (projection.isPresent()) {
        FieldSpec field = TreeCode.constant(names.newName(name + "_PROJECTION"), projection.get());
        fields.add(field);
        code.add("\n.projection($N)", field);
      }
      if (parsed.descending()) {
        code.add("\n.descending()");
      }
      if (parsed.consistentRead()) {
        code.add("\n.consistentRead()");
      }
      if (parsed.limit() > 0) {
        code.add("\n.limit($L)", parsed.limit());
      }
      if (parsed.pageSize() > 0) {
        code.add("\n.pageSize($L)", parsed.pageSize());
      }
    }
    code.add("$<$<");
    TypeName type = parsed.operation().isRead() ? DECLARED_READ : DECLARED_WRITE;
    fields.add(
        FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(code.build())
            .build());
    return fields;
  }

  /** An attribute a member's update SETs to a parameter's value: its index keys render from it. */
  private record Assignment(String attribute, String parameter) {}

  // SET status = :status, total = total + :delta  ->  [status <- status]
  private static List<Assignment> assigned(MethodPlan method) {
    if (method.parsed().update() == null) {
      return List.of();
    }
    List<Assignment> assigned = new ArrayList<>();
    for (UpdateExpression.SetAction set : method.parsed().update().set()) {
      if (set.path().isTopLevel() && set.value() instanceof Placeholder placeholder) {
        method.bindings().stream()
            .filter(b -> b.placeholder().equals(placeholder.name()))
            .findFirst()
            .ifPresent(
                b ->
                    assigned.add(
                        new Assignment(
                            set.path().topLevelName(), b.parameter().getSimpleName().toString())));
      }
    }
    return assigned;
  }

  private static MethodSpec implementation(
      MethodPlan method,
      String constant,
      ClassName schema,
      Map<String, String> templates,
      boolean member,
      List<Assignment> assigned) {
    MethodSpec.Builder spec = MethodSpec.overriding(method.element());
    // A single table's read of one member binds and reads through that member's schema.
    ClassName itemSchema = method.member().map(Entity::schemaNameOf).orElse(schema);
    CodeBlock values = values(method, itemSchema, templates);
    if (method.parsed().operation().isRead()) {
      CodeBlock.Builder call = CodeBlock.builder().add("read($N, $L", constant, values);
      method.member().ifPresent(m -> call.add(", $T.instance()", itemSchema));
      method.projected().ifPresent(p -> call.add(", $N::$N", "this", mapperName(p.type())));
      call.add(")");
      method.limit().ifPresent(p -> call.add(".limit($N)", p.getSimpleName().toString()));
      method.pageSize().ifPresent(p -> call.add(".pageSize($N)", p.getSimpleName().toString()));
      method.cursor().ifPresent(p -> call.add(".startAfter($N)", p.getSimpleName().toString()));
      return spec.addStatement("return $L$L", call.build(), readEnd(method.result())).build();
    }
    if (member && !method.keyArguments().isEmpty()) {
      // A single-table member's item, named by its table-key template's components.
      CodeBlock.Builder call =
          CodeBlock.builder()
              .add(
                  "$N, memberKey($L), $L",
                  constant,
                  method.keyArguments().stream()
                      .map(k -> CodeBlock.of("$N", k.parameter().getSimpleName().toString()))
                      .collect(CodeBlock.joining(", ")),
                  values);
      assigned.forEach(a -> call.add(", $N", a.parameter()));
      return writeCall(spec, method.result(), call.build());
    }
    CodeBlock key =
        method.keyArguments().isEmpty()
            ? CodeBlock.of("null")
            : CodeBlock.of(
                "$T.of($L)",
                MAP,
                method.keyArguments().stream()
                    .map(
                        k ->
                            CodeBlock.of(
                                "$S, $T.$L.toValue($N)",
                                k.property().attributeName(),
                                schema,
                                k.property().constantName(),
                                k.parameter().getSimpleName().toString()))
                    .collect(CodeBlock.joining(", ")));
    CodeBlock item =
        method
            .item()
            .map(i -> CodeBlock.of("$N", i.getSimpleName().toString()))
            .orElse(CodeBlock.of("null"));
    CodeBlock arguments = CodeBlock.of("$N, $L, $L, $L", constant, key, item, values);
    return writeCall(spec, method.result(), arguments);
  }

  private static MethodSpec writeCall(
      MethodSpec.Builder spec, MethodPlan.Result result, CodeBlock arguments) {
    switch (result) {
      case VOID:
        return spec.addStatement("write($L)", arguments).build();
      case CONDITION_HELD:
        return spec.addStatement("return writeIfHeld($L)", arguments).build();
      case ITEM:
        return spec.addStatement("return write($L).orElse(null)", arguments).build();
      default:
        return spec.addStatement("return write($L)", arguments).build();
    }
  }

  private static String readEnd(MethodPlan.Result result) {
    switch (result) {
      case LIST:
        return ".list()";
      case STREAM:
        return ".stream()";
      case PAGE:
        return ".page()";
      case OPTIONAL:
        return ".first()";
      case ONE:
        return ".first().orElse(null)";
      case COUNT:
        return ".count()";
      case EXISTS:
        return ".exists()";
      default:
        throw new IllegalStateException("not a read result: " + result);
    }
  }

  // Map.ofEntries(Map.entry(":age", UserSchema.AGE.toValue(age)), ...)
  private static CodeBlock values(
      MethodPlan method, ClassName schema, Map<String, String> templates) {
    CodeBlock entries =
        Stream.concat(
                method.templateBindings().stream().map(t -> key(t, templates)),
                method.bindings().stream()
                    .map(
                        b ->
                            CodeBlock.of(
                                "$T.entry($S, $L)", MAP, b.placeholder(), value(b, schema))))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.ofEntries($L)", MAP, entries);
  }

  // Map.entry(":SK", AttributeValue.s(TABLE_SORT_TEMPLATE.prefixValues(placedAt)))
  private static CodeBlock key(TemplateBinding binding, Map<String, String> templates) {
    return CodeBlock.of(
        "$T.entry($S, $T.s($N.$L($L)))",
        MAP,
        binding.placeholder(),
        ATTRIBUTE_VALUE,
        templates.get(templateKey(binding)),
        binding.form().method(),
        binding.values().stream()
            .map(v -> CodeBlock.of("$N", v.getSimpleName().toString()))
            .collect(CodeBlock.joining(", ")));
  }

  /** Which template of a single-table member a binding renders. */
  private static String templateKey(TemplateBinding binding) {
    return binding.index() + "/" + binding.sort();
  }

  /** {@code TABLE_PARTITION_TEMPLATE}, {@code GSI1_SORT_TEMPLATE}. */
  private static String templateConstant(TemplateBinding binding) {
    return (binding.index() == null ? "TABLE" : Names.constantName(binding.index()))
        + (binding.sort() ? "_SORT" : "_PARTITION")
        + "_TEMPLATE";
  }

  // private static final KeyPattern TABLE_SORT_TEMPLATE =
  //     OrderSchema.instance().layout().templates(null).sort();
  private static FieldSpec template(TemplateBinding binding, String name, ClassName schema) {
    return FieldSpec.builder(KEY_PATTERN, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "$T.instance().layout().templates($S).$L()",
            schema,
            binding.index(),
            binding.sort() ? "sort" : "partition")
        .build();
  }

  private static CodeBlock value(Binding binding, ClassName schema) {
    String parameter = binding.parameter().getSimpleName().toString();
    if (binding.attribute() != null) {
      return CodeBlock.of(
          "$T.$L.toValue($N)", schema, binding.attribute().constantName(), parameter);
    }
    return CodeBlock.of("$T.$L.toAttributeValue($N)", CONVERTERS, binding.converter(), parameter);
  }

  // private static OrderSummary orderSummary(Map<String, AttributeValue> item) {
  //   return new OrderSummary(OrderSchema.ORDER_ID.read(item), OrderSchema.TOTAL.read(item, 0L));
  // }
  private static MethodSpec mapper(Projected projected, ClassName schema) {
    CodeBlock arguments =
        projected.components().stream()
            .map(
                p ->
                    p.optional()
                        ? CodeBlock.of("$T.$L.readOptional(item)", schema, p.constantName())
                        : p.primitive().isPresent()
                            ? CodeBlock.of(
                                "$T.$L.read(item, $L)",
                                schema,
                                p.constantName(),
                                ItemCode.zero(p.primitive().get()))
                            : CodeBlock.of("$T.$L.read(item)", schema, p.constantName()))
            .collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder(mapperName(projected.type()))
        .addModifiers(Modifier.PRIVATE)
        .returns(projected.type())
        .addParameter(
            ParameterizedTypeName.get(MAP, ClassName.get(String.class), ATTRIBUTE_VALUE), "item")
        .addStatement("return new $T($L)", projected.type(), arguments)
        .build();
  }

  private static String mapperName(ClassName record) {
    return "to" + String.join("", record.simpleNames());
  }

  // public static final class Factory implements DeclaredRepositoryFactory<UserQueries> { ... }
  private static TypeSpec factory(RepositoryModel model) {
    return TypeSpec.classBuilder("Factory")
        .addJavadoc(
            "Creates {@link $T} for {@code Keyspan.repository($T.class)}; listed in META-INF/services.\n",
            model.implementationName(),
            model.interfaceName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(
            ParameterizedTypeName.get(DECLARED_REPOSITORY_FACTORY, model.interfaceName()))
        // Explicit, so a user's module compiled with -Xlint:all -Werror gets no "default
        // constructor exposed" warning from generated code.
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The public no-argument constructor that service loading requires.\n")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("type")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(
                    ParameterizedTypeName.get(ClassName.get(Class.class), model.interfaceName()))
                .addStatement("return $T.class", model.interfaceName())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(model.interfaceName())
                .addParameter(KEYSPAN, "keyspan")
                .addStatement("return new $T(keyspan)", model.implementationName())
                .build())
        .build();
  }
}
