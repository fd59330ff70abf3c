package io.keyspan.repository;

import io.keyspan.engine.Engine;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An engine that records requests and answers each call with the next scripted response. */
final class ScriptedEngine {
  final List<Object> requests = new ArrayList<>();
  final Deque<Object> responses = new ArrayDeque<>();
  final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                if (method.getName().equals("close")) {
                  return null;
                }
                requests.add(arguments[0]);
                return responses.removeFirst();
              });

  ScriptedEngine answer(Object response) {
    responses.addLast(response);
    return this;
  }
}
