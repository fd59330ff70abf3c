package io.keyspan.processor.it;

import io.keyspan.engine.Engine;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.WriteResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An engine that records each request and answers with an empty result; for request-shape tests.
 */
final class RecordingEngine {
  final List<Object> requests = new ArrayList<>();
  final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                if (method.isDefault()) { // itemCodec(), streams(): an engine of Keyspan values
                  return InvocationHandler.invokeDefault(proxy, method, arguments);
                }
                if (method.getName().equals("close")) {
                  return null;
                }
                requests.add(arguments[0]);
                if (method.getReturnType() == WriteResponse.class) {
                  return new WriteResponse(Map.of(), null);
                }
                if (method.getReturnType() == PageResponse.class) {
                  return new PageResponse(List.of(), 0, 0, null, null);
                }
                return null;
              });
}
