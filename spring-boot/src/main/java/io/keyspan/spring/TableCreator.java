package io.keyspan.spring;

import io.keyspan.exception.ResourceInUseException;
import io.keyspan.repository.TableRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the table of each generated repository bean as the bean is made, before anything can use
 * it; a table that exists already is left as it is.
 */
final class TableCreator implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof TableRepository<?> repository) {
      try {
        repository.createTable();
      } catch (ResourceInUseException exists) {
        // Created by an earlier run against the same engine, or by another repository bean.
      }
    }
    return bean;
  }
}
