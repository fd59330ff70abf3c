package io.keyspan.spring;

import io.keyspan.Keyspan;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.generated.DeclaredRepositoryFactory;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Registers Keyspan's repositories as beans:
 *
 * <ul>
 *   <li>every implementation of a {@code @Repository} interface, from the factories the processor
 *       lists in {@code META-INF/services} (the registry {@link Keyspan#repository(Class)} reads),
 *       under the interface's type;
 *   <li>every generated {@code XRepository} (a {@link TableRepository}) in the application's
 *       auto-configuration packages (those of {@code @SpringBootApplication}). The processor keeps
 *       no registry of these, so Spring reads the packages' class files, as it does for
 *       {@code @Component} scanning and Spring Data repositories, and loads only the matches.
 * </ul>
 *
 * A bean name the application has registered already is left alone. Bean names are the simple class
 * names with a lower-case first letter ({@code userRepository}, {@code userQueries}).
 */
final class KeyspanRepositoriesRegistrar
    implements ImportBeanDefinitionRegistrar,
        BeanFactoryAware,
        ResourceLoaderAware,
        EnvironmentAware {
  private BeanFactory beanFactory;
  private ResourceLoader resourceLoader;
  private Environment environment;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata importingClass, BeanDefinitionRegistry registry) {
    for (String className : generatedRepositories()) {
      RootBeanDefinition definition = new RootBeanDefinition();
      definition.setBeanClassName(className);
      register(registry, className, definition);
    }
    for (DeclaredRepositoryFactory<?> factory :
        ServiceLoader.load(DeclaredRepositoryFactory.class, resourceLoader.getClassLoader())) {
      register(registry, factory.type().getName(), declared(factory));
    }
  }

  /** The class names of the generated table repositories in the application's packages, sorted. */
  private TreeSet<String> generatedRepositories() {
    TreeSet<String> classNames = new TreeSet<>();
    if (!AutoConfigurationPackages.has(beanFactory)) {
      return classNames;
    }
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false, environment);
    scanner.setResourceLoader(resourceLoader);
    scanner.addIncludeFilter(new AssignableTypeFilter(TableRepository.class));
    List<String> packages = AutoConfigurationPackages.get(beanFactory);
    for (String basePackage : packages) {
      scanner
          .findCandidateComponents(basePackage)
          .forEach(candidate -> classNames.add(candidate.getBeanClassName()));
    }
    return classNames;
  }

  /** The implementation the factory creates over the application's {@link Keyspan} bean. */
  private <R> RootBeanDefinition declared(DeclaredRepositoryFactory<R> factory) {
    return new RootBeanDefinition(
        factory.type(), () -> factory.create(beanFactory.getBean(Keyspan.class)));
  }

  private static void register(
      BeanDefinitionRegistry registry, String className, RootBeanDefinition definition) {
    String beanName = StringUtils.uncapitalizeAsProperty(ClassUtils.getShortName(className));
    if (!registry.containsBeanDefinition(beanName)) {
      registry.registerBeanDefinition(beanName, definition);
    }
  }
}
