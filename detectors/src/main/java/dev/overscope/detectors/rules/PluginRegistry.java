package dev.overscope.detectors.rules;

import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.rule.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Validators and scope classifiers by the names rule files use, discovered through ServiceLoader. */
public final class PluginRegistry {
  private final Map<String, Validator> validators = new TreeMap<>();
  private final Map<String, ScopeClassifier> classifiers = new TreeMap<>();

  private PluginRegistry() {}

  public static PluginRegistry installed() {
    PluginRegistry registry = new PluginRegistry();
    ClassLoader loader = PluginRegistry.class.getClassLoader();
    for (Validator validator : ServiceLoader.load(Validator.class, loader)) {
      registry.validators.put(validator.name(), validator);
    }
    for (ScopeClassifier classifier : ServiceLoader.load(ScopeClassifier.class, loader)) {
      registry.classifiers.put(classifier.name(), classifier);
    }
    return registry;
  }

  public Optional<Validator> validator(String name) {
    return Optional.ofNullable(validators.get(name));
  }

  public Optional<ScopeClassifier> classifier(String name) {
    return Optional.ofNullable(classifiers.get(name));
  }

  public java.util.Set<String> validatorNames() {
    return validators.keySet();
  }

  public java.util.Set<String> classifierNames() {
    return classifiers.keySet();
  }
}
