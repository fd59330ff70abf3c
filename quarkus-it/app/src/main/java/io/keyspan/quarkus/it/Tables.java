package io.keyspan.quarkus.it;

import io.keyspan.quarkus.it.model.BookRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Creates the application's tables at start-up: the in-memory engine starts empty. */
@Singleton
public class Tables {
  void create(@Observes StartupEvent event, BookRepository books) {
    books.createTable();
  }
}
