package dev.overscope.core.rule;

import java.util.List;

/**
 * Supplies compiled rules. The built-in catalogue in {@code detectors} is one, found through
 * {@link java.util.ServiceLoader}; a user's own jar of rules plugs in the same way.
 */
public interface RuleSource {

  List<Rule> rules();

  /** Filters applied to every candidate of every rule (placeholders, documented sample keys). */
  default List<Validator> globalFilters() {
    return List.of();
  }
}
