package io.keyspan.processor.it;

import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.keyspan.Keyspan;
import jakarta.inject.Singleton;

/** A Dagger component that injects a generated repository. */
@Singleton
@Component(modules = AccountComponent.KeyspanModule.class)
public interface AccountComponent {
  AccountRepository accounts();

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
}
