package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.MethodPlan.Binding;
import io.keyspan.processor.model.MethodPlan.Result;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.TableModel;
import io.keyspan.processor.model.TemplateBinding;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks a parsed method against its table, one family of rules at a time: names ({@link
 * NameRules}), key conditions ({@link KeyConditionRules}), index use ({@link IndexRules}), updates
 * ({@link UpdateRules}), parameter binding ({@link ParameterBinding}) and return types ({@link
 * ReturnTypes}). Reports every error it finds; returns a plan only for a clean method.
 */
public final class MethodVerifier {
  private final Entity entity;
  private final Types types;

  public MethodVerifier(Entity entity, Types types) {
    this.entity = entity;
    this.types = types;
  }

  /**
   * The type of the items a read method returns ({@code Order} of {@code List<Order>}); empty for a
   * count, an existence test or a type that holds no item.
   */
  public static Optional<TypeMirror> itemType(ExecutableElement method, Types types) {
    return ReturnTypes.itemType(method.getReturnType(), types);
  }

  public Optional<MethodPlan> verify(ExecutableElement method, ParsedMethod parsed, Report report) {
    return verify(method, parsed, List.of(), report);
  }

  /**
   * Like {@link #verify(ExecutableElement, ParsedMethod, Report)}, for a single-table member's
   * method whose key placeholders are rendered from its key templates by {@code templateBindings}.
   */
  public Optional<MethodPlan> verify(
      ExecutableElement method,
      ParsedMethod parsed,
      List<TemplateBinding> templateBindings,
      Report report) {
    return verify(method, parsed, templateBindings, List.of(), report);
  }

  /**
   * Like {@link #verify(ExecutableElement, ParsedMethod, Report)}, for a single-table member's
   * update or delete whose item key is rendered from its table-key template's components, given by
   * {@code templateKey} in template order.
   */
  public Optional<MethodPlan> verifyWrite(
      ExecutableElement method,
      ParsedMethod parsed,
      List<MethodPlan.KeyArgument> templateKey,
      Report report) {
    return verify(method, parsed, List.of(), templateKey, report);
  }

  private Optional<MethodPlan> verify(
      ExecutableElement method,
      ParsedMethod parsed,
      List<TemplateBinding> templateBindings,
      List<MethodPlan.KeyArgument> templateKey,
      Report report) {
    int before = report.size();
    MethodRules context = new MethodRules(entity, types, method, parsed, report);
    NameRules names = new NameRules(context);
    Optional<TableModel.Index> index = names.index();
    if (report.size() > before || !names.attributesExist()) {
      return Optional.empty();
    }
    Keys keys = index.map(Keys::of).orElseGet(() -> Keys.of(entity));
    if (parsed.operation() == Operation.QUERY) {
      KeyConditionRules keyRules = new KeyConditionRules(context);
      if (keys.multiAttribute()) {
        new MultiAttributeKeyRules(context).keyCondition(keys);
      } else {
        keyRules.keyCondition(keys);
      }
      keyRules.filterLeavesKeys(keys);
    }
    IndexRules indexRules = new IndexRules(context);
    index.ifPresent(indexRules::indexRules);
    UpdateRules updateRules = new UpdateRules(context);
    if (parsed.update() != null) {
      updateRules.update();
    }
    if (!parsed.operation().isRead()) {
      updateRules.noMaintainedAttributes();
    }
    ParameterBinding binding = new ParameterBinding(context, templateBindings, templateKey);
    Parameters parameters = binding.parameters();
    List<Binding> bindings = binding.bindings(parameters);
    ReturnTypes.Returns returns = new ReturnTypes(context).result(keys, index);
    if (parsed.projection() == null) {
      returns.projected().ifPresent(p -> index.ifPresent(i -> indexRules.projectedRules(i, p)));
    }
    parameters
        .cursor
        .filter(c -> returns.result() != Result.PAGE)
        .ifPresent(
            c ->
                report.error(
                    c,
                    Message.CURSOR_NEEDS_PAGE,
                    c.getSimpleName(),
                    method.getSimpleName(),
                    entity.className().simpleName()));
    if (report.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new MethodPlan(
            method,
            parsed,
            index,
            returns.result(),
            returns.projected(),
            bindings,
            parameters.limit,
            parameters.pageSize,
            parameters.cursor,
            parameters.keyArguments,
            parameters.item,
            templateBindings,
            Optional.empty()));
  }
}
