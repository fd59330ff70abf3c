package io.keyspan.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample Boot application: nothing Keyspan-specific but the {@code keyspan.*} properties; the
 * starter supplies the {@code Keyspan} bean and the repositories.
 */
@SpringBootApplication
public class BookApplication {
  public static void main(String[] args) {
    SpringApplication.run(BookApplication.class, args);
  }
}
