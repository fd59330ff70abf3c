package io.keyspan.processor.it.declared;

import dagger.Binds;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.keyspan.Keyspan;
import jakarta.inject.Singleton;

/** A Dagger component that injects a generated declared repository under its interface. */
@Singleton
@Component(modules = {OrderComponent.KeyspanModule.class, OrderComponent.RepositoryModule.class})
public interface OrderComponent {
  OrderQueries orders();

  @Module
  final class KeyspanModule {
    private final Keyspan keyspan;

    KeyspanModule(Keyspan keyspan) {
      this.keyspan = keyspan;
    }

    @Provides
    Keyspan keyspan() {
      return keyspan;
    }
  }

  @Module
  interface RepositoryModule {
    @Binds
    OrderQueries orders(OrderQueries_Impl implementation);
  }
}
