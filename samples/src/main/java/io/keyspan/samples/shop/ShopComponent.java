package io.keyspan.samples.shop;

import dagger.Binds;
import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import io.keyspan.Keyspan;
import jakarta.inject.Singleton;

/**
 * The shop's object graph, written by Dagger at compile time: given a {@link Keyspan} handle, it
 * builds the generated repositories (injectable singletons), the implementation of the declared
 * {@link OrderQueries}, and the {@link OrderDesk} that uses them. No reflection, no runtime
 * container.
 */
@Singleton
@Component(modules = ShopComponent.DeclaredRepositories.class)
public interface ShopComponent {
  OrderDesk orderDesk();

  CustomerRepository customers();

  OrderRepository orders();

  static ShopComponent create(Keyspan keyspan) {
    return DaggerShopComponent.factory().create(keyspan);
  }

  @Component.Factory
  interface Factory {
    ShopComponent create(@BindsInstance Keyspan keyspan);
  }

  /** Binds each declared repository interface to the implementation the processor generated. */
  @Module
  interface DeclaredRepositories {
    @Binds
    OrderQueries orderQueries(OrderQueries_Impl implementation);
  }
}
