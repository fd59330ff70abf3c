package io.keyspan.engine;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingEngineTest {

  /** A decorator that overrides nothing passes every call on, close() included. */
  @Test
  void everyEngineMethod_isPassedOnToTheDelegate() throws Exception {
    List<String> received = new ArrayList<>();
    Engine delegate =
        (Engine)
            Proxy.newProxyInstance(
                Engine.class.getClassLoader(),
                new Class<?>[] {Engine.class},
                (proxy, method, args) -> {
                  received.add(method.getName() + (args == null ? "" : "(" + args[0] + ")"));
                  return null;
                });
    Engine forwarding = new ForwardingEngine(delegate) {};

    List<Method> methods =
        Arrays.stream(Engine.class.getMethods())
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    List<String> expected = new ArrayList<>();
    for (Method method : methods) {
      Object[] args = method.getParameterCount() == 0 ? null : new Object[] {null};
      expected.add(method.getName() + (args == null ? "" : "(null)"));
      assertThat(method.invoke(forwarding, args)).isNull();
    }

    assertThat(received).containsExactlyElementsIn(expected).inOrder();
    assertThat(received).containsAtLeast("close", "streams", "itemCodec", "getItem(null)");
  }
}
