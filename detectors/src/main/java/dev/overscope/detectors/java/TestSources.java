package dev.overscope.detectors.java;

import java.util.Locale;

/** Paths that hold tests and their fixtures, where a credential-named literal is usually a made-up value. */
final class TestSources {
  private TestSources() {}

  static boolean isTest(String path) {
    String lower = "/" + path.toLowerCase(Locale.ROOT);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return lower.contains("/src/test/") || lower.contains("/src/testfixtures/") || lower.contains("/fixtures/")
        || lower.contains("/src/it/") || name.endsWith("Test.java") || name.endsWith("Tests.java")
        || name.endsWith("IT.java");
  }
}
